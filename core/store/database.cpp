#include "database.h"

#include "cryptovfs.h"

#include "common/logging.h"
#include "foldtokenizer.h"
#include "storeerror.h"

#include <sqlite3.h>

namespace sd::store {

namespace {

// SQLite's memory statistics take a global mutex on every allocation; nothing here reads them. Switched off before
// SQLite initializes (sqlite3_config refuses afterwards, harmlessly, if something initialized it first).
[[maybe_unused]] const int g_memStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

void searchDeferredFunction(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, *static_cast<const int *>(sqlite3_user_data(context)));
}

} // namespace

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_cache.clear(); // finalize every statement before closing
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const bool readOnly = options.mode == OpenOptions::Mode::ReadOnly;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!readOnly && options.create)
        flags |= SQLITE_OPEN_CREATE;

    const QByteArray vfs = options.vfsName.toUtf8();
    if (!options.vfsName.isEmpty() && !sqlite3_vfs_find(vfs.constData()))
        return storeError(StoreError::CantOpen, u"unknown VFS " % options.vfsName);

    sqlite3 *raw = nullptr;
    if (options.key) {
        EncryptedOpenOptions encrypted;
        if (!options.vfsName.isEmpty())
            encrypted.vfs = vfs.constData();
        encrypted.readOnly = readOnly;
        encrypted.create = options.create;
        encrypted.walMode = false; // applyPragmas() switches to WAL below
        auto opened = openEncrypted(path, *options.key, encrypted);
        if (!opened)
            return opened.error();
        raw = opened.value();
    } else {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags,
                                       options.vfsName.isEmpty() ? nullptr : vfs.constData());
        if (rc != SQLITE_OK) {
            std::unique_ptr<Database> failed(new Database(raw, path, readOnly));
            return sqliteError(raw, rc, u"open");
        }
    }
    std::unique_ptr<Database> db(new Database(raw, path, readOnly));
    sqlite3_extended_result_codes(raw, 1);

    if (const int trc = registerFoldTokenizer(raw); trc != SQLITE_OK)
        return sqliteError(raw, trc, u"register tokenizer");
    // Innocuous (it only reads a flag of this connection), so triggers may call it even with trusted_schema off.
    if (const int frc = sqlite3_create_function_v2(raw, "sd_search_deferred", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                                   &db->m_searchDeferred, &searchDeferredFunction, nullptr, nullptr,
                                                   nullptr);
        frc != SQLITE_OK)
        return sqliteError(raw, frc, u"register function");
    if (Status status = db->applyPragmas(options); !status)
        return status.error();
    // Read the schema now, so that a damaged file (or, with the encrypting VFS, a wrong key) fails at open with
    // a clear error rather than at some later query.
    if (Result<qint64> schema = db->queryInt(u"SELECT count(*) FROM sqlite_schema"_qs); !schema)
        return schema.error();
    if (options.quickCheck) {
        Result<QString> check = db->queryText(u"PRAGMA quick_check"_qs);
        if (!check)
            return check.error();
        if (*check != u"ok")
            return storeError(StoreError::Corrupt, u"quick_check: "_qs + *check);
    }
    qCDebug(lcStore) << "opened" << (readOnly ? "read-only" : "read-write") << "vfs"
                     << (options.vfsName.isEmpty() ? u"default"_qs : options.vfsName);
    return db;
}

Status Database::applyPragmas(const OpenOptions &options)
{
    // busy_timeout first: the pragmas below may already need a lock.
    if (const int rc = sqlite3_busy_timeout(m_db, options.busyTimeoutMs); rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"busy_timeout");
    if (Status s = exec(u"PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON; PRAGMA mmap_size=0;"_qs); !s)
        return s;
    if (Status s = exec(u"PRAGMA cache_size=-"_qs + QString::number(qMax(1024, options.cacheSizeKiB))); !s)
        return s;
    if (m_readOnly)
        return {};
    // Reading the file header here also tells a non-database (or a wrong key) apart early.
    Result<QString> mode = queryText(u"PRAGMA journal_mode=WAL"_qs);
    if (!mode)
        return mode.error();
    if (*mode != u"wal" && *mode != u"memory")
        qCWarning(lcStore) << "journal mode is" << *mode << "instead of WAL";
    return exec(u"PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint="_qs
                % QString::number(qMax(0, options.walAutoCheckpointPages)) % u"; PRAGMA journal_size_limit="_qs
                % QString::number(qMax<qint64>(-1, options.journalSizeLimitBytes)) % u";"_qs);
}

Status Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"exec");
    return {};
}

Result<Statement> Database::prepare(QStringView sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                      nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, u"prepare");
    }
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        Result<Statement> stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        it = m_cache.insert(sql, std::make_shared<Statement>(std::move(stmt).value()));
    } else {
        it.value()->reset();
        it.value()->clearBindings();
    }
    return it.value().get();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<int> Database::userVersion()
{
    Result<qint64> v = queryInt(u"PRAGMA user_version"_qs);
    if (!v)
        return v.error();
    return int(*v);
}

Status Database::setUserVersion(int version)
{
    return exec(u"PRAGMA user_version=" % QString::number(version));
}

Result<QString> Database::queryText(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : QString();
}

Result<qint64> Database::queryInt(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : qint64(0);
}

} // namespace sd::store
