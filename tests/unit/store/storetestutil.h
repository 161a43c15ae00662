// Shared helpers of the store tests: a migrated database in a temporary folder and a seeded workspace.
#pragma once

#include "store/database.h"
#include "store/migrator.h"

#include <QString>
#include <QTest>

#include <memory>

namespace sd::store::testutil {

inline const QString kWorkspace = u"11111111-1111-4111-8111-111111111111"_qs;
inline const QString kConnection = u"22222222-2222-4222-8222-222222222222"_qs;
inline const QString kOtherConnection = u"33333333-3333-4333-8333-333333333333"_qs;

// Opens path read-write and migrates it to the latest schema; null (with a test failure) on error.
inline std::unique_ptr<Database> openMigrated(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    if (auto s = Migrator::migrate(**db); !s) {
        QTest::qFail(qPrintable(s.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

// One workspace with two connections (a Trendyol shop and an Instagram account).
inline Status seedWorkspace(Database &db)
{
    return db.exec(u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs % kWorkspace
                   % u"', 'Demo', 1, 1);"
                     u"INSERT INTO connections(id, workspace_id, platform, display_name, created_at, updated_at)"
                     u" VALUES ('"
                   % kConnection % u"', '" % kWorkspace
                   % u"', 'trendyol', 'Mağaza', 1, 1);"
                     u"INSERT INTO connections(id, workspace_id, platform, display_name, created_at, updated_at)"
                     u" VALUES ('"
                   % kOtherConnection % u"', '" % kWorkspace % u"', 'instagram', 'Instagram', 1, 1);");
}

} // namespace sd::store::testutil
