// Differential test: one seeded random workload (inserts, updates, deletes, blobs spanning overflow pages,
// FTS rows, rolled-back transactions, VACUUM, checkpoints, reopen) runs against plain SQLite and against the
// encrypted store; their contents must stay identical. A read-only connection on each side reads between the
// writes, so that the shim's shared cache of decrypted pages (pagecache.h) is filled by one connection and read
// by another while the writer commits, checkpoints, vacuums and reopens: it must never serve a stale page. The
// workload runs with the default cache, a tiny one (constant eviction) and none.
//
// SD_DIFF_OPS (default 1500) sets the number of operations, SD_DIFF_SEED the seed.
#include "cryptotestsupport.h"
#include "store/cryptovfs.h"
#include "store/pagecache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <random>

using namespace sd::store;
using namespace sd::store::test;

namespace {

enum class OpKind { Upsert, Update, Delete, DeleteRange, Begin, Commit, Rollback, Vacuum, Checkpoint, Reopen };

struct Op
{
    OpKind kind = OpKind::Upsert;
    qint64 id = 0;
    qint64 id2 = 0;
    QByteArray text;
    QByteArray blob;
};

const char *kSchema = "CREATE TABLE IF NOT EXISTS item(id INTEGER PRIMARY KEY, txt TEXT, data BLOB);"
                      "CREATE INDEX IF NOT EXISTS item_txt ON item(txt);"
                      "CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5(txt);";

class Workload
{
public:
    explicit Workload(quint32 seed) : m_rng(seed) { }

    Op next(bool inTransaction)
    {
        Op op;
        const int dice = static_cast<int>(m_rng() % 1000);
        op.id = 1 + static_cast<qint64>(m_rng() % 400);
        if (dice < 450) {
            op.kind = OpKind::Upsert;
        } else if (dice < 650) {
            op.kind = OpKind::Update;
        } else if (dice < 780) {
            op.kind = OpKind::Delete;
        } else if (dice < 800) {
            op.kind = OpKind::DeleteRange;
            op.id2 = op.id + static_cast<qint64>(m_rng() % 30);
        } else if (dice < 880) {
            op.kind = inTransaction ? (m_rng() % 5 == 0 ? OpKind::Rollback : OpKind::Commit) : OpKind::Begin;
        } else if (dice < 890) {
            op.kind = inTransaction ? OpKind::Commit : OpKind::Vacuum;
        } else if (dice < 940) {
            op.kind = inTransaction ? OpKind::Upsert : OpKind::Checkpoint;
        } else if (dice < 955) {
            op.kind = inTransaction ? OpKind::Commit : OpKind::Reopen;
        } else {
            op.kind = OpKind::Upsert;
        }
        if (op.kind == OpKind::Upsert || op.kind == OpKind::Update) {
            static const char *words[] = {"sipariş", "kargo", "İstanbul", "Çağrı", "ığdır", "iade", "fatura",
                                          "müşteri", "ürün", "teslimat", "ödeme", "indirim"};
            const int n = 1 + static_cast<int>(m_rng() % 8);
            for (int i = 0; i < n; ++i) {
                op.text += words[m_rng() % std::size(words)];
                op.text += ' ';
            }
            op.text += QByteArray::number(static_cast<qulonglong>(m_rng() % 100000));
            // Mostly small rows, sometimes blobs spanning several overflow pages.
            const int size = m_rng() % 10 == 0 ? 4000 + static_cast<int>(m_rng() % 60000) : static_cast<int>(m_rng() % 300);
            op.blob.resize(size);
            for (char &c : op.blob)
                c = static_cast<char>(m_rng());
        }
        return op;
    }

private:
    std::mt19937 m_rng;
};

struct Stmts
{
    sqlite3_stmt *upsert = nullptr;
    sqlite3_stmt *update = nullptr;
    sqlite3_stmt *del = nullptr;
    sqlite3_stmt *delRange = nullptr;
    sqlite3_stmt *ftsDel = nullptr;
    sqlite3_stmt *ftsIns = nullptr;

    void finalize()
    {
        for (sqlite3_stmt *s : {upsert, update, del, delRange, ftsDel, ftsIns})
            sqlite3_finalize(s);
        *this = {};
    }
};

// A digest of everything visible: rows, FTS rows, and an FTS query.
QByteArray digestOf(sqlite3 *db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT id, txt, data FROM item ORDER BY id", "SELECT rowid, txt FROM item_fts ORDER BY rowid",
                            "SELECT rowid FROM item_fts WHERE item_fts MATCH 'kargo' ORDER BY rowid"}) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            return QByteArray("prepare failed: ") + sqlite3_errmsg(db);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                const auto *p = static_cast<const char *>(sqlite3_column_blob(s, c));
                const int n = sqlite3_column_bytes(s, c);
                hash.addData(QByteArrayView(p, n));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return QByteArray("step failed: ") + sqlite3_errmsg(db);
    }
    return hash.result().toHex();
}

// A read-only connection beside a Target, opened the same way.
struct Reader
{
    sqlite3 *db = nullptr;

    bool open(const QString &path, bool encrypted)
    {
        if (encrypted) {
            const auto key = makeKey(9);
            EncryptedOpenOptions options;
            options.readOnly = true;
            options.create = false;
            auto opened = openEncrypted(path, key, options);
            if (!opened.ok())
                return false;
            db = opened.value();
        } else if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            return false;
        }
        return exec(db, "PRAGMA cache_size=20;") == SQLITE_OK;
    }

    // A cheap look at the committed state.
    QByteArray glance()
    {
        int rc = SQLITE_OK;
        QByteArray out = scalar(db, "SELECT count(*) || ':' || coalesce(sum(length(data)), 0) || ':' || "
                                    "coalesce(max(txt), '') FROM item;", &rc);
        if (rc != SQLITE_OK)
            return "error " + QByteArray::number(rc);
        out += '/' + scalar(db, "SELECT count(*) FROM item_fts WHERE item_fts MATCH 'teslimat';", &rc);
        return rc == SQLITE_OK ? out : "error " + QByteArray::number(rc);
    }

    void close()
    {
        sqlite3_close_v2(db);
        db = nullptr;
    }
};

struct Target
{
    sqlite3 *db = nullptr;
    Stmts stmts;
    bool encrypted = false;
    QString path;
    bool inTransaction = false;

    bool open()
    {
        if (encrypted) {
            const auto key = makeKey(9);
            auto opened = openEncrypted(path, key);
            if (!opened.ok())
                return false;
            db = opened.value();
        } else {
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                nullptr)
                != SQLITE_OK) {
                return false;
            }
            if (exec(db, "PRAGMA journal_mode=WAL; PRAGMA temp_store=MEMORY;") != SQLITE_OK)
                return false;
        }
        if (exec(db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=50; PRAGMA wal_autocheckpoint=100;") != SQLITE_OK
            || exec(db, kSchema) != SQLITE_OK) {
            return false;
        }
        auto prep = [this](const char *sql, sqlite3_stmt **out) {
            return sqlite3_prepare_v2(db, sql, -1, out, nullptr) == SQLITE_OK;
        };
        return prep("INSERT OR REPLACE INTO item(id, txt, data) VALUES(?1, ?2, ?3)", &stmts.upsert)
            && prep("UPDATE item SET txt = ?2, data = ?3 WHERE id = ?1", &stmts.update)
            && prep("DELETE FROM item WHERE id = ?1", &stmts.del)
            && prep("DELETE FROM item WHERE id BETWEEN ?1 AND ?2", &stmts.delRange)
            && prep("DELETE FROM item_fts WHERE rowid BETWEEN ?1 AND ?2", &stmts.ftsDel)
            && prep("INSERT INTO item_fts(rowid, txt) VALUES(?1, ?2)", &stmts.ftsIns);
    }

    void close()
    {
        stmts.finalize();
        sqlite3_close_v2(db);
        db = nullptr;
        inTransaction = false;
    }

    static int run(sqlite3_stmt *s)
    {
        int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

    int apply(const Op &op)
    {
        auto bindRow = [&op](sqlite3_stmt *s) {
            sqlite3_bind_int64(s, 1, op.id);
            sqlite3_bind_text(s, 2, op.text.constData(), static_cast<int>(op.text.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(s, 3, op.blob.constData(), static_cast<int>(op.blob.size()), SQLITE_TRANSIENT);
        };
        auto ftsReplace = [&]() {
            sqlite3_bind_int64(stmts.ftsDel, 1, op.id);
            sqlite3_bind_int64(stmts.ftsDel, 2, op.id);
            int rc = run(stmts.ftsDel);
            if (rc == SQLITE_OK && sqlite3_changes(db) >= 0) {
                sqlite3_bind_int64(stmts.ftsIns, 1, op.id);
                sqlite3_bind_text(stmts.ftsIns, 2, op.text.constData(), static_cast<int>(op.text.size()), SQLITE_TRANSIENT);
                rc = run(stmts.ftsIns);
            }
            return rc;
        };
        switch (op.kind) {
        case OpKind::Upsert: {
            bindRow(stmts.upsert);
            const int rc = run(stmts.upsert);
            return rc == SQLITE_OK ? ftsReplace() : rc;
        }
        case OpKind::Update: {
            bindRow(stmts.update);
            const int rc = run(stmts.update);
            if (rc != SQLITE_OK || sqlite3_changes(db) == 0)
                return rc;
            return ftsReplace();
        }
        case OpKind::Delete:
        case OpKind::DeleteRange: {
            sqlite3_stmt *s = op.kind == OpKind::Delete ? stmts.del : stmts.delRange;
            sqlite3_bind_int64(s, 1, op.id);
            if (op.kind == OpKind::DeleteRange)
                sqlite3_bind_int64(s, 2, op.id2);
            int rc = run(s);
            if (rc == SQLITE_OK) {
                sqlite3_bind_int64(stmts.ftsDel, 1, op.id);
                sqlite3_bind_int64(stmts.ftsDel, 2, op.kind == OpKind::Delete ? op.id : op.id2);
                rc = run(stmts.ftsDel);
            }
            return rc;
        }
        case OpKind::Begin:
            inTransaction = true;
            return exec(db, "BEGIN;");
        case OpKind::Commit:
            inTransaction = false;
            return exec(db, "COMMIT;");
        case OpKind::Rollback:
            inTransaction = false;
            return exec(db, "ROLLBACK;");
        case OpKind::Vacuum:
            return exec(db, "VACUUM;");
        case OpKind::Checkpoint:
            return exec(db, op.id % 2 ? "PRAGMA wal_checkpoint(TRUNCATE);" : "PRAGMA wal_checkpoint(PASSIVE);");
        case OpKind::Reopen:
            close();
            return open() ? SQLITE_OK : SQLITE_CANTOPEN;
        }
        return SQLITE_MISUSE;
    }

    QByteArray digest() { return digestOf(db); }
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestCryptoVfsDifferential : public QObject
{
    Q_OBJECT

    const std::size_t m_defaultLimit = crypto::pageCacheLimit();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(registerCryptoVfs().ok());
    }

    void cleanup()
    {
        crypto::setPageCacheLimit(m_defaultLimit);
    }

    void sameWorkloadSameContents_data()
    {
        QTest::addColumn<qint64>("cacheBytes");
        QTest::addColumn<int>("share"); // percent of SD_DIFF_OPS
        QTest::newRow("16 MiB page cache") << qint64(16 * 1024 * 1024) << 100;
        QTest::newRow("tiny page cache") << qint64(6 * 2 * 4096) << 40;
        QTest::newRow("no page cache (the default)") << qint64(0) << 40;
    }

    void sameWorkloadSameContents()
    {
        QFETCH(qint64, cacheBytes);
        QFETCH(int, share);
        crypto::setPageCacheLimit(static_cast<std::size_t>(cacheBytes));
        const crypto::PageCacheCounters before = crypto::pageCacheCounters();
        const int ops = std::max(100, envInt("SD_DIFF_OPS", 1500) * share / 100);
        const quint32 seed = static_cast<quint32>(
            envInt("SD_DIFF_SEED", static_cast<int>(QRandomGenerator::global()->generate() & 0x7fffffff)));
        qInfo("SD_DIFF_SEED=%u ops=%d", seed, ops);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Target plain;
        plain.path = dir.filePath(QStringLiteral("plain.db"));
        Target sealed;
        sealed.encrypted = true;
        sealed.path = dir.filePath(QStringLiteral("sealed.db"));
        QVERIFY(plain.open());
        QVERIFY(sealed.open());
        Reader plainReader;
        Reader sealedReader;
        QVERIFY(plainReader.open(plain.path, false));
        QVERIFY(sealedReader.open(sealed.path, true));

        Workload workload(seed);
        for (int i = 0; i < ops; ++i) {
            const Op op = workload.next(plain.inTransaction);
            if (qEnvironmentVariableIsSet("SD_DIFF_TRACE"))
                qInfo("op %d kind %d id %lld txn %d", i, static_cast<int>(op.kind), op.id, plain.inTransaction);
            const int rcPlain = plain.apply(op);
            const int rcSealed = sealed.apply(op);
            QVERIFY2(rcPlain == rcSealed,
                     qPrintable(QStringLiteral("op %1 (kind %2): plain rc %3, encrypted rc %4")
                                    .arg(i)
                                    .arg(static_cast<int>(op.kind))
                                    .arg(rcPlain)
                                    .arg(rcSealed)));
            QCOMPARE(rcSealed, SQLITE_OK);
            if (i % 5 == 4)
                QCOMPARE(sealedReader.glance(), plainReader.glance());
            if (i % 100 == 99) {
                const QByteArray committed = plainReader.glance();
                QCOMPARE(digestOf(sealedReader.db), digestOf(plainReader.db));
                if (!plain.inTransaction) {
                    QCOMPARE(sealed.digest(), plain.digest());
                    QCOMPARE(digestOf(sealedReader.db), sealed.digest());
                }
                QCOMPARE(plainReader.glance(), committed);
            }
        }
        if (plain.inTransaction) {
            QCOMPARE(exec(plain.db, "COMMIT;"), SQLITE_OK);
            QCOMPARE(exec(sealed.db, "COMMIT;"), SQLITE_OK);
        }
        QCOMPARE(sealed.digest(), plain.digest());
        QCOMPARE(digestOf(sealedReader.db), sealed.digest());
        QCOMPARE(scalar(sealed.db, "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(exec(sealed.db, "INSERT INTO item_fts(item_fts) VALUES('integrity-check');"), SQLITE_OK);
        QCOMPARE(scalar(sealed.db, "SELECT count(*) FROM item;"), scalar(plain.db, "SELECT count(*) FROM item;"));
        qInfo("rows at the end: %s, largest blob: %s bytes", scalar(sealed.db, "SELECT count(*) FROM item;").constData(),
              scalar(sealed.db, "SELECT max(length(data)) FROM item;").constData());
        const crypto::PageCacheCounters during = crypto::pageCacheCounters();
        qInfo("pages decrypted %llu, from the page cache %llu, stale entries %llu, evictions %llu",
              during.opened - before.opened, during.hits - before.hits, during.staleHits - before.staleHits,
              during.evictions - before.evictions);
        if (cacheBytes > 0)
            QVERIFY(during.hits > before.hits); // the cache was used, so the comparisons above tested it
        else
            QCOMPARE(during.hits, before.hits);
        if (cacheBytes > 0 && cacheBytes < 1024 * 1024)
            QVERIFY(during.evictions > before.evictions);
        plainReader.close();
        sealedReader.close();
        plain.close();
        sealed.close();
        QCOMPARE(crypto::pageCacheCounters().cachedBytes, before.cachedBytes); // wiped when the last one closed

        // And once more after both were closed (the encrypted one checkpointed through the shim).
        QVERIFY(plain.open());
        QVERIFY(sealed.open());
        QCOMPARE(sealed.digest(), plain.digest());
        plain.close();
        sealed.close();
    }
};

QTEST_GUILESS_MAIN(TestCryptoVfsDifferential)

#include "tst_cryptovfs_differential.moc"
