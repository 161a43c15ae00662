// One SQLite connection: opened with the project's pragmas, with a cache of prepared statements.
#pragma once

#include "common/result.h"
#include "statement.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <span>

struct sqlite3;

namespace sd::store {

class ChangeNotifier;

struct OpenOptions
{
    enum class Mode { ReadWrite, ReadOnly };

    Mode mode = Mode::ReadWrite;
    bool create = true;     // create the file when missing (read-write only)
    QString vfsName;        // empty: SQLite's default VFS (or "sdcrypt" when a key is given)
    // The cache key: the file is opened through the encrypting VFS (cryptovfs.h). The bytes are not copied
    // here; they must stay alive until open() returns.
    std::optional<std::span<const unsigned char, 32>> key;
    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 32 * 1024; // page cache per connection: random UUID index inserts need room
    // WAL pages before the writer checkpoints (SQLite's default is 1000, 4 MiB). Ingest rewrites the same
    // index and FTS segment pages in consecutive transactions; a longer WAL lets each page reach the database
    // file once per checkpoint instead of once per 1000 pages, which with the encrypting VFS also saves a
    // decrypt + re-encrypt per page. 0 disables automatic checkpoints. Read-write connections only.
    int walAutoCheckpointPages = 8000;
    // The WAL file is truncated to this size after a checkpoint (so a long WAL does not stay on disk).
    qint64 journalSizeLimitBytes = 16 * 1024 * 1024;
    bool quickCheck = false; // run PRAGMA quick_check after opening
};

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens path (":memory:" for a private in-memory database) and applies the pragmas: WAL,
    // synchronous=NORMAL, busy_timeout, temp_store=MEMORY, foreign_keys=ON, mmap_size=0. Registers the
    // Turkish-folding FTS5 tokenizer "sd_fold" that the search index needs.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    [[nodiscard]] sqlite3 *handle() const noexcept { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const noexcept { return m_readOnly; }

    // Runs one or more statements without parameters (schema scripts, pragmas).
    Status exec(const QString &sql);

    // A new, uncached statement.
    [[nodiscard]] Result<Statement> prepare(QStringView sql);

    // A statement from the cache, reset and with its bindings cleared. The pointer stays valid while the
    // Database lives; do not hold it across another cached() call for the same SQL text.
    [[nodiscard]] Result<Statement *> cached(const QString &sql);
    [[nodiscard]] int cachedCount() const { return int(m_cache.size()); }

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;

    [[nodiscard]] Result<int> userVersion();
    Status setUserVersion(int version);

    // A single value of the first column of the first row (pragmas, counts); null when no row.
    [[nodiscard]] Result<QString> queryText(const QString &sql);
    [[nodiscard]] Result<qint64> queryInt(const QString &sql);

    // While set, the search index's insert triggers of messages and orders leave new rows out (SQL function
    // sd_search_deferred(), resources/sql/0004_search_batched_ingest.sql): the Ingestor indexes them per batch.
    void setSearchDeferred(bool deferred) noexcept { m_searchDeferred = deferred ? 1 : 0; }
    [[nodiscard]] bool searchDeferred() const noexcept { return m_searchDeferred != 0; }

    // Where committed transactions report their changes (may be null). Not owned.
    void setChangeNotifier(ChangeNotifier *notifier) noexcept { m_notifier = notifier; }
    [[nodiscard]] ChangeNotifier *changeNotifier() const noexcept { return m_notifier; }

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    Status applyPragmas(const OpenOptions &options);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    ChangeNotifier *m_notifier = nullptr;
    int m_searchDeferred = 0; // read by the SQL function through a pointer registered at open
    QHash<QString, std::shared_ptr<Statement>> m_cache;
};

} // namespace sd::store
