#include "localstore.h"

#include "common/logging.h"
#include "cryptovfs.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sd::store {
namespace {

const QStringList kCacheSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-journal")};

const QStringList kCountedTables = {
    QStringLiteral("connections"), QStringLiteral("customers"), QStringLiteral("conversations"),
    QStringLiteral("messages"),    QStringLiteral("orders"),    QStringLiteral("order_lines"),
    QStringLiteral("products"),    QStringLiteral("shipments"),
};

} // namespace

LocalStore::LocalStore(ProfileInfo profile, SecureKey key, std::unique_ptr<StoreWriter> writer)
    : m_profile(std::move(profile)), m_key(std::move(key)), m_writer(std::move(writer))
{
}

LocalStore::~LocalStore()
{
    m_writer.reset(); // finishes queued jobs before the key is wiped
}

QString LocalStore::databasePath(const ProfileInfo &profile)
{
    return QDir(profile.path).filePath(QStringLiteral("cache.db"));
}

bool LocalStore::exists(const ProfileInfo &profile)
{
    return QFile::exists(databasePath(profile));
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const ProfileInfo &profile, SecureKey key,
                                                     ChangeNotifier *notifier)
{
    if (!key.isValid())
        return Error{QString::fromLatin1(kCryptoErrorDomain), int(CryptoError::KeyMissing),
                     QCoreApplication::translate("sd::store::LocalStore", "No key was given for the cache.")};
    OpenOptions options;
    options.key = key.bytes(); // the bytes live on the secure heap and do not move with the SecureKey
    auto writer = StoreWriter::open(databasePath(profile), options, notifier);
    if (!writer) {
        qCWarning(lcStore) << "cache of workspace" << profile.id << "did not open:" << writer.error().message;
        return writer.error();
    }
    QFile::setPermissions(databasePath(profile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::unique_ptr<LocalStore>(new LocalStore(profile, std::move(key), std::move(writer).value()));
}

bool LocalStore::isDamage(const Error &error)
{
    if (error.domain == QLatin1String(kCryptoErrorDomain))
        return error.is(CryptoError::Damaged) || error.is(CryptoError::NotEncrypted);
    if (error.domain == QLatin1String("store"))
        return error.is(StoreError::Corrupt) || error.is(StoreError::NotADatabase);
    return false;
}

Result<QString> LocalStore::quarantine(const ProfileInfo &profile)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString folder = QDir(profile.path).filePath(QStringLiteral("damaged/") + stamp);
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("store"), int(StoreError::Io),
                     QCoreApplication::translate("sd::store::LocalStore", "Could not create the folder %1.")
                         .arg(folder)};
    const QString base = databasePath(profile);
    for (const QString &suffix : kCacheSuffixes) {
        const QString from = base + suffix;
        if (!QFile::exists(from))
            continue;
        if (!QFile::rename(from, QDir(folder).filePath(QFileInfo(from).fileName())))
            return Error{QStringLiteral("store"), int(StoreError::Io),
                         QCoreApplication::translate("sd::store::LocalStore", "Could not move %1 aside.").arg(from)};
    }
    qCWarning(lcStore) << "moved the damaged cache of workspace" << profile.id << "to" << folder;
    return folder;
}

Result<QJsonObject> LocalStore::info() const
{
    auto reader = openReader();
    if (!reader)
        return reader.error();
    Database &db = *reader.value();
    QJsonObject counts;
    for (const QString &table : kCountedTables) {
        auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE deleted = 0"));
        if (!n)
            return n.error();
        counts.insert(table, n.value());
    }
    auto pending = db.queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'running')"));
    if (!pending)
        return pending.error();
    counts.insert(QStringLiteral("outboxPending"), pending.value());
    auto version = db.userVersion();
    if (!version)
        return version.error();
    QJsonObject files;
    qint64 total = 0;
    for (const QString &suffix : kCacheSuffixes) {
        const QFileInfo fi(databasePath(m_profile) + suffix);
        if (fi.exists()) {
            files.insert(fi.fileName(), fi.size());
            total += fi.size();
        }
    }
    return QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(databasePath(m_profile))},
                       {QStringLiteral("schemaVersion"), version.value()},
                       {QStringLiteral("encryption"), QStringLiteral("AES-256-GCM (sdcrypt VFS)")},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("totalBytes"), total},
                       {QStringLiteral("rows"), counts}};
}

Result<QString> LocalStore::integrityCheck() const
{
    auto reader = openReader();
    if (!reader)
        return reader.error();
    auto stmt = reader.value()->prepare(u"PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    QStringList problems;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        problems << stmt->text(0);
    }
    return problems.join(u'\n');
}

Result<SearchPage> LocalStore::search(const SearchQuery &query) const
{
    auto reader = openReader();
    if (!reader)
        return reader.error();
    return SearchIndex::search(*reader.value(), query);
}

} // namespace sd::store
