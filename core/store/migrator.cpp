#include "migrator.h"

#include "common/logging.h"
#include "database.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sd::store {

namespace {

QList<Migration> loadMigrations()
{
    QList<Migration> out;
    static const QRegularExpression pattern(u"^(\\d{4})_[A-Za-z0-9_]+\\.sql$"_qs);
    const QDir dir(u":/sql"_qs);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qCCritical(lcStore) << "cannot read migration" << file;
            continue;
        }
        out.append(Migration{match.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].version != i + 1) {
            qCCritical(lcStore) << "migrations are not numbered 1..n without gaps at" << out[i].name;
            out.resize(i);
            break;
        }
    }
    return out;
}

} // namespace

const QList<Migration> &Migrator::migrations()
{
    static const QList<Migration> all = loadMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return int(migrations().size());
}

Status Migrator::migrate(Database &db)
{
    return migrateTo(db, latestVersion());
}

Status Migrator::migrateTo(Database &db, int target)
{
    if (target < 0 || target > latestVersion())
        return storeError(StoreError::InvalidArgument, u"no schema version "_qs + QString::number(target));
    Result<int> current = db.userVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return storeError(StoreError::TooNew,
                          QCoreApplication::translate("sd::store",
                                                      "This cache was written by a newer version of SellerDesk "
                                                      "(schema %1; this version knows up to %2). Update SellerDesk "
                                                      "to open it.")
                              .arg(*current)
                              .arg(latestVersion()));
    }
    if (*current > target)
        return storeError(StoreError::InvalidArgument, u"cannot migrate down"_qs);

    // Fall through from the current version to the target, one transaction per step.
    for (int version = *current + 1; version <= target; ++version) {
        const Migration &step = migrations().at(version - 1);
        Result<Transaction> tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        Status status = db.exec(step.sql);
        if (status)
            status = db.setUserVersion(version);
        if (status)
            status = tx->commit();
        if (!status) {
            qCWarning(lcStore) << "migration" << step.name << "failed:" << status.error().message;
            return storeError(StoreError::Migration, QCoreApplication::translate("sd::store",
                                                                                 "The cache could not be upgraded: %1")
                                                         .arg(status.error().message));
        }
        qCInfo(lcStore) << "migrated to schema" << version << step.name;
    }
    return {};
}

} // namespace sd::store
