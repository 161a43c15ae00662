// The store side of a connector sync test: an in-process sandbox, a migrated store with a seeded workspace
// behind a StoreWriter, a reader connection, and one call that runs an OrderSync to its end.
#pragma once

#include "connectors/ordersync.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "storetestutil.h"

#include <QTemporaryDir>

namespace sd::connectors::test {

using namespace sd::sandbox::test;
using namespace sd::store::testutil;

struct SyncHarness
{
    SandboxFixture sandbox;
    QTemporaryDir dir;
    net::NetworkContext network;
    std::unique_ptr<store::StoreWriter> writer;
    std::unique_ptr<store::Database> reader;

    bool open()
    {
        if (!sandbox.started() || !dir.isValid())
            return false;
        const QString path = dir.filePath(u"store.db"_qs);
        {
            auto db = openMigrated(path);
            if (!db || !seedWorkspace(*db).ok())
                return false;
        }
        auto w = store::StoreWriter::open(path, {}, nullptr);
        if (!w)
            return false;
        writer = std::move(w).value();
        auto r = store::Database::open(path);
        if (!r)
            return false;
        reader = std::move(r).value();
        return true;
    }

    OrderSyncReport sync(OrderConnector &connector, qint64 cursor = 0)
    {
        OrderSync sync(&connector, writer.get(), kWorkspace, kConnection);
        QSignalSpy done(&sync, &OrderSync::finished);
        sync.start(cursor, Reference);
        if (!done.wait(60000))
            return {};
        return done.first().first().value<OrderSyncReport>();
    }

    qint64 count(const QString &sql)
    {
        auto stmt = reader->prepare(sql);
        if (!stmt || !stmt->step().valueOr(false))
            return -1;
        return stmt->int64(0);
    }
};

inline QString nullableText(store::Statement &s, int column)
{
    return s.isNull(column) ? QString() : s.text(column);
}

} // namespace sd::connectors::test
