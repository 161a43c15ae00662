// The encrypting VFS end to end: round trips, typed errors for wrong keys and damage, format invariants,
// refused mmap / temp files, and no plaintext in any file at any moment.
#include "cryptotestsupport.h"
#include "store/cryptovfs.h"
#include "store/pagecache.h"
#include "store/pagecodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <optional>
#include <thread>

using namespace sd::store;
using namespace sd::store::test;

namespace {

constexpr auto kPlaintextChildArg = "--plaintext-child";
constexpr auto kJournalChildArg = "--journal-child";
constexpr int kPageSize = 4096;

// Unique strings that must never appear in any file.
QList<QByteArray> markers()
{
    return {QByteArrayLiteral("ZQXMARKER-customer-Çağrı-Yılmaz"), QByteArrayLiteral("ZQXMARKER-message-kargom-nerede"),
            QByteArrayLiteral("ZQXMARKER-fts-İSTANBUL-teslimat"), QByteArrayLiteral("ZQXMARKER-open-transaction"),
            QByteArrayLiteral("ZQXMARKER-phone-905321234567")};
}

const char *kSchema = "CREATE TABLE IF NOT EXISTS customer(id INTEGER PRIMARY KEY, name TEXT, phone TEXT);"
                      "CREATE TABLE IF NOT EXISTS message(id INTEGER PRIMARY KEY, body TEXT, blob BLOB);"
                      "CREATE VIRTUAL TABLE IF NOT EXISTS message_fts USING fts5(body);";

// Writes committed markers, then opens a write transaction that spills to the WAL and stays open.
int writeMarkers(sqlite3 *db, bool leaveTransactionOpen)
{
    const auto m = markers();
    int rc = exec(db, kSchema);
    for (int i = 0; i < 50 && rc == SQLITE_OK; ++i) {
        const QByteArray sql = "INSERT INTO customer(name, phone) VALUES('" + m[0] + "-" + QByteArray::number(i)
            + "', '" + m[4] + "');"
            + "INSERT INTO message(body, blob) VALUES('" + m[1] + "', zeroblob(100));"
            + "INSERT INTO message_fts(body) VALUES('" + m[2] + " " + QByteArray::number(i) + "');";
        rc = exec(db, sql);
    }
    if (rc != SQLITE_OK || !leaveTransactionOpen)
        return rc;
    rc = exec(db, "PRAGMA cache_size=20; BEGIN IMMEDIATE;");
    for (int i = 0; i < 400 && rc == SQLITE_OK; ++i) {
        rc = exec(db, "INSERT INTO message(body, blob) VALUES('" + m[3] + "', randomblob(300));"
                      "INSERT INTO message_fts(body) VALUES('" + m[3] + "');");
    }
    return rc;
}

// Rollback-journal mode: commits 300 rows, then leaves a transaction open that has spilled new versions of
// them into the database file, so that only the (encrypted) journal can restore the committed state.
int runJournalChild(const QString &path)
{
    const auto key = makeKey(7);
    EncryptedOpenOptions options;
    options.walMode = false;
    auto db = openEncrypted(path, key, options);
    if (!db.ok())
        return 2;
    if (exec(db.value(), "CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB);"
                         "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<300)"
                         " INSERT INTO t(v) SELECT randomblob(500) FROM c;"
                         "PRAGMA cache_size=5; BEGIN; UPDATE t SET v = randomblob(700);")
        != SQLITE_OK) {
        return 3;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

int runPlaintextChild(const QString &path)
{
    const auto key = makeKey(7);
    auto db = openEncrypted(path, key);
    if (!db.ok())
        return 2;
    if (writeMarkers(db.value(), true) != SQLITE_OK)
        return 3;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) // wait for the parent's SIGKILL
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

} // namespace

class TestCryptoVfs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        const QString sub = m_dir.path() + QStringLiteral("/db") + QString::number(++m_counter);
        QDir().mkpath(sub);
        return sub + QStringLiteral("/store.db");
    }

    // A database with a few pages of content and no WAL left behind.
    QString makeDatabase(int rows = 200)
    {
        const QString path = freshPath();
        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        [&] { QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message)); }();
        if (!db.ok())
            return {};
        exec(db->handle(), "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, b BLOB); BEGIN;");
        for (int i = 0; i < rows; ++i)
            exec(db->handle(), "INSERT INTO t(v, b) VALUES('row " + QByteArray::number(i) + "', randomblob(150));");
        exec(db->handle(), "COMMIT;");
        return path;
    }

    // Opens with key 1 and reads every page; returns the error of the first failure.
    std::optional<sd::Error> openAndReadAll(const QString &path, unsigned char keySeed = 1)
    {
        const auto key = makeKey(keySeed);
        auto db = EncryptedDatabase::open(path, key);
        if (!db.ok())
            return db.error();
        int rc = SQLITE_OK;
        const QByteArray check = scalar(db->handle(), "PRAGMA integrity_check;", &rc);
        if (rc != SQLITE_OK)
            return cryptoErrorFromSqlite(db->handle(), rc);
        if (check != "ok")
            return cryptoErrorFromSqlite(db->handle(), SQLITE_CORRUPT);
        scalar(db->handle(), "SELECT sum(length(v)) + sum(length(b)) FROM t;", &rc);
        if (rc != SQLITE_OK)
            return cryptoErrorFromSqlite(db->handle(), rc);
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(registerCryptoVfs().ok());
    }

    void keyBytesLiveInTheSecureHeap()
    {
        QVERIFY(CRYPTO_secure_malloc_initialized());
        const std::size_t before = CRYPTO_secure_used();
        const auto key = makeKey(4);
        const std::uint64_t id = CryptoKeyRegistry::add(key);
        QVERIFY(id != 0);
        QVERIFY(CRYPTO_secure_used() >= before + kDatabaseKeyBytes);
        CryptoKeyRegistry::remove(id);
        QCOMPARE(CRYPTO_secure_used(), before);
        const QByteArray uri = encryptedUri(u"/tmp/x?y#z.db"_qs, id);
        QVERIFY(!uri.contains(QByteArray(reinterpret_cast<const char *>(key.data()), 8)));
        QVERIFY(uri.startsWith("file:///tmp/x%3Fy%23z.db?vfs=sdcrypt&sdkey="));
    }

    void roundTripAndReopen()
    {
        const QString path = freshPath();
        const auto key = makeKey(1);
        {
            auto db = EncryptedDatabase::open(path, key);
            QVERIFY(db.ok());
            QCOMPARE(scalar(db->handle(), "PRAGMA journal_mode;"), QByteArray("wal"));
            QCOMPARE(exec(db->handle(), "CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT);"
                                        "INSERT INTO t(v) VALUES('bir'),('iki'),('üç');"),
                     SQLITE_OK);
            QCOMPARE(scalar(db->handle(), "SELECT group_concat(v, ',') FROM t;"), QByteArray("bir,iki,üç"));
        }
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "SELECT group_concat(v, ',') FROM t;"), QByteArray("bir,iki,üç"));
        QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        const auto status = cryptoStatus(db->handle());
        QVERIFY(status.ok());
        QVERIFY(status->encrypted);
        QCOMPARE(status->pageSize, 4096u);
        QCOMPARE(status->lastFailure, 0);
    }

    void pathWithSpacesPercentAndTurkish()
    {
        const QString dir = m_dir.path() + u"/Çağrı Mağaza %20 #1?"_qs;
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/store.db"_qs;
        const auto key = makeKey(1);
        {
            auto db = EncryptedDatabase::open(path, key);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE(exec(db->handle(), "CREATE TABLE t(v); INSERT INTO t VALUES(42);"), SQLITE_OK);
        }
        QVERIFY(QFile::exists(path));
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "SELECT v FROM t;"), QByteArray("42"));
    }

    void rollbackJournalMode()
    {
        // The journal, not only the WAL, carries sealed page images: spill a big transaction and roll it back.
        const QString path = freshPath();
        const auto key = makeKey(1);
        EncryptedOpenOptions options;
        options.walMode = false;
        auto db = EncryptedDatabase::open(path, key, options);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "PRAGMA journal_mode;"), QByteArray("delete"));
        QCOMPARE(exec(db->handle(), "CREATE TABLE t(v BLOB); INSERT INTO t VALUES(randomblob(500));"), SQLITE_OK);
        QCOMPARE(exec(db->handle(), "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<300)"
                                    " INSERT INTO t SELECT randomblob(600) FROM c;"),
                 SQLITE_OK);
        QCOMPARE(exec(db->handle(), "PRAGMA cache_size=5; BEGIN; UPDATE t SET v = randomblob(700);"), SQLITE_OK);
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        QCOMPARE(exec(db->handle(), "ROLLBACK;"), SQLITE_OK);
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM t WHERE length(v) = 700;"), QByteArray("0"));
        QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
    }

    void wrongKeyIsReportedAtOpen()
    {
        const QString path = makeDatabase();
        const auto error = openAndReadAll(path, 2);
        QVERIFY(error.has_value());
        QCOMPARE(error->domain, QString::fromLatin1(kCryptoErrorDomain));
        QVERIFY2(error->is(CryptoError::WrongKey), qPrintable(error->message));
        QVERIFY(!openAndReadAll(path, 1).has_value());
    }

    void missingKeyIsRefused()
    {
        const QString path = makeDatabase();
        const std::array<unsigned char, kDatabaseKeyBytes> zero{};
        auto db = openEncrypted(path, zero);
        QVERIFY(!db.ok());
        QVERIFY(db.error().is(CryptoError::KeyMissing));

        // A URI with an unknown key id never reaches the file.
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(encryptedUri(path, 999999).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
        QCOMPARE(rc, SQLITE_CANTOPEN);
        sqlite3_close_v2(raw);
    }

    void plainSqliteCannotReadIt()
    {
        const QString path = makeDatabase();
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        int rc = SQLITE_OK;
        scalar(raw, "SELECT count(*) FROM sqlite_schema;", &rc);
        QCOMPARE(rc, SQLITE_NOTADB);
        sqlite3_close_v2(raw);
    }

    void plainDatabaseIsNotEncrypted()
    {
        const QString path = freshPath();
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
                 SQLITE_OK);
        QCOMPARE(exec(raw, "CREATE TABLE t(x);"), SQLITE_OK);
        sqlite3_close_v2(raw);
        const auto key = makeKey(1);
        auto db = openEncrypted(path, key);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().is(CryptoError::NotEncrypted), qPrintable(db.error().message));
    }

    void headerFormat()
    {
        const QString path = makeDatabase(10);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.size() % kPageSize, 0);
        QCOMPARE(bytes.left(16), QByteArray(reinterpret_cast<const char *>(crypto::kEncryptedMagic), 16));
        QCOMPARE(static_cast<unsigned char>(bytes[16]) * 256 + static_cast<unsigned char>(bytes[17]), kPageSize);
        QCOMPARE(static_cast<int>(static_cast<unsigned char>(bytes[20])), 32); // reserve bytes
        QCOMPARE(static_cast<int>(bytes[18]), 2); // WAL format versions
        QCOMPARE(static_cast<int>(bytes[19]), 2);
        // Every page ends with a non-zero nonce/tag and the same key check value.
        const QByteArray keyCheck = bytes.mid(kPageSize - 4, 4);
        for (qsizetype page = 0; page < bytes.size() / kPageSize; ++page) {
            const QByteArray reserve = bytes.mid(page * kPageSize + kPageSize - 32, 32);
            QVERIFY(reserve.left(28) != QByteArray(28, '\0'));
            QCOMPARE(reserve.right(4), keyCheck);
        }

        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        int reserve = -1;
        QCOMPARE(sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), SQLITE_OK);
        QCOMPARE(reserve, 32);
    }

    void sameContentDifferentCiphertext()
    {
        // A fresh nonce per write: rewriting the same page gives new bytes.
        const QString path = makeDatabase(5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        {
            const auto key = makeKey(1);
            auto db = EncryptedDatabase::open(path, key);
            QVERIFY(db.ok());
            QCOMPARE(exec(db->handle(), "BEGIN; UPDATE t SET v = 'changed' WHERE id = 1;"
                                        "UPDATE t SET v = 'row 0' WHERE id = 1; COMMIT;"
                                        "PRAGMA wal_checkpoint(TRUNCATE);"), SQLITE_OK);
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QCOMPARE(after.size(), before.size());
        // The rewritten leaf holds the same plaintext, yet its bytes on disk differ.
        QVERIFY(after != before);
    }

    void flippedByteInDatabase_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("mask");
        QTest::newRow("magic") << qint64(0) << 0x01;
        QTest::newRow("page size") << qint64(16) << 0x02;
        QTest::newRow("format version") << qint64(18) << 0x04;
        QTest::newRow("reserve count") << qint64(20) << 0x01;
        QTest::newRow("payload fraction") << qint64(22) << 0x01;
        QTest::newRow("page 1 change counter") << qint64(24) << 0x80;
        QTest::newRow("page 1 schema") << qint64(200) << 0xff;
        QTest::newRow("page 1 nonce") << qint64(kPageSize - 32) << 0x01;
        QTest::newRow("page 1 tag") << qint64(kPageSize - 20) << 0x10;
        QTest::newRow("page 1 key check") << qint64(kPageSize - 2) << 0x01;
        QTest::newRow("page 2 first byte") << qint64(kPageSize) << 0x01;
        QTest::newRow("page 3 middle") << qint64(2 * kPageSize + 2000) << 0x40;
        QTest::newRow("page 4 last usable") << qint64(4 * kPageSize - 33) << 0x01;
        QTest::newRow("page 5 tag") << qint64(5 * kPageSize - 5) << 0xff;
    }

    void flippedByteInDatabase()
    {
        QFETCH(qint64, offset);
        QFETCH(int, mask);
        const QString path = makeDatabase();
        QVERIFY(QFileInfo(path).size() > offset);
        QVERIFY(flipByte(path, offset, static_cast<unsigned char>(mask)));
        const auto error = openAndReadAll(path);
        QVERIFY2(error.has_value(), "a modified byte went unnoticed");
        QVERIFY2(error->is(CryptoError::Damaged), qPrintable(error->message));
    }

    void flippedByteInEveryPage()
    {
        const QString original = makeDatabase();
        const qint64 pages = QFileInfo(original).size() / kPageSize;
        QVERIFY(pages > 5);
        QRandomGenerator rng(20261123);
        for (qint64 page = 0; page < pages; ++page) {
            const QString path = freshPath();
            QVERIFY(QFile::copy(original, path));
            const qint64 offset = page * kPageSize + (page == 0 ? 24 : 0) + rng.bounded(kPageSize - (page == 0 ? 24 : 0));
            QVERIFY(flipByte(path, offset, static_cast<unsigned char>(1u << rng.bounded(8))));
            const auto error = openAndReadAll(path);
            QVERIFY2(error.has_value(), qPrintable(QStringLiteral("flip at %1 unnoticed").arg(offset)));
            QVERIFY2(error->is(CryptoError::Damaged), qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(error->message)));
        }
    }

    void flippedByteInWalFrame_data()
    {
        // Offsets within the last frame. Salts and checksums in the frame header are SQLite's own business:
        // they are checked at recovery only (a damaged one ends the log there, as in plain SQLite).
        QTest::addColumn<int>("inFrame");
        QTest::newRow("header page number") << 3;
        QTest::newRow("body first byte") << 24;
        QTest::newRow("body middle") << 24 + 1000;
        QTest::newRow("body last usable byte") << 24 + kPageSize - 33;
        QTest::newRow("nonce") << 24 + kPageSize - 30;
        QTest::newRow("tag") << 24 + kPageSize - 10;
        QTest::newRow("key check") << 24 + kPageSize - 1;
    }

    void flippedByteInWalFrame()
    {
        QFETCH(int, inFrame);
        // A writer keeps the WAL (no checkpoint); a second connection reads frames and must refuse a bad one.
        const QString path = freshPath();
        const auto key = makeKey(1);
        auto writer = EncryptedDatabase::open(path, key);
        QVERIFY(writer.ok());
        QCOMPARE(exec(writer->handle(), "PRAGMA wal_autocheckpoint=0; CREATE TABLE t(v TEXT);"), SQLITE_OK);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(exec(writer->handle(), "INSERT INTO t VALUES('wal row " + QByteArray::number(i) + "');"), SQLITE_OK);
        const QString wal = path + QStringLiteral("-wal");
        const qint64 frameSize = 24 + kPageSize;
        const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
        QVERIFY(frames > 10);
        // The last frame holds the newest version of the table's page.
        const qint64 offset = 32 + (frames - 1) * frameSize + inFrame;
        QVERIFY(flipByte(wal, offset, 0x08));

        auto reader = EncryptedDatabase::open(path, key);
        QVERIFY(reader.ok() || reader.error().is(CryptoError::Damaged));
        if (reader.ok()) {
            int rc = SQLITE_OK;
            scalar(reader->handle(), "SELECT count(*), group_concat(v) FROM t;", &rc);
            QCOMPARE(rc, SQLITE_IOERR_DATA);
            const auto error = cryptoErrorFromSqlite(reader->handle(), rc);
            QVERIFY2(error.is(CryptoError::Damaged), qPrintable(error.message));
        }
    }

    void tornLastWalFrameIsDroppedAtRecovery()
    {
        // A crash between a frame's header write and its body write leaves a new header over an old body.
        // Recovery must treat it as SQLite would (end of the log), not refuse to open the database.
        const QString path = freshPath();
        const auto key = makeKey(1);
        {
            auto db = EncryptedDatabase::open(path, key);
            QVERIFY(db.ok());
            int off = 0;
            QCOMPARE(sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off), SQLITE_OK);
            QCOMPARE(exec(db->handle(), "PRAGMA wal_autocheckpoint=0; CREATE TABLE t(v TEXT);"), SQLITE_OK);
            for (int i = 0; i < 20; ++i)
                QCOMPARE(exec(db->handle(), "INSERT INTO t VALUES('row " + QByteArray::number(i) + "');"), SQLITE_OK);
        }
        const QString wal = path + QStringLiteral("-wal");
        QFile::remove(path + QStringLiteral("-shm")); // as after a reboot: recovery reads the whole log
        QFile f(wal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 frameSize = 24 + kPageSize;
        const qint64 frames = (f.size() - 32) / frameSize;
        QVERIFY(frames >= 20);
        // The last commit is one frame (the table's leaf). Put the first frame's body under its header.
        QVERIFY(f.seek(32 + 24));
        const QByteArray oldBody = f.read(kPageSize);
        QVERIFY(f.seek(32 + (frames - 1) * frameSize + 24));
        QCOMPARE(f.write(oldBody), qint64(kPageSize));
        f.close();

        auto db = EncryptedDatabase::open(path, key);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM t;"), QByteArray("19"));
        QCOMPARE(cryptoStatus(db->handle())->lastFailure, 0);
    }

    void walUnderAnotherKeyIsRefusedAtRecovery()
    {
        // Recovery hands unauthenticated frames back to SQLite only when they look torn (same key). A log
        // sealed under another key must stop the open, not be dropped and later checkpointed away.
        auto makeWithWal = [this](unsigned char keySeed) {
            const QString path = freshPath();
            const auto key = makeKey(keySeed);
            auto db = EncryptedDatabase::open(path, key);
            int off = 0;
            sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off);
            exec(db->handle(), "PRAGMA wal_autocheckpoint=0; CREATE TABLE t(v TEXT); INSERT INTO t VALUES('x');");
            return path;
        };
        const QString mine = makeWithWal(1);
        const QString theirs = makeWithWal(2);
        QFile::remove(mine + QStringLiteral("-shm"));
        QFile::remove(mine + QStringLiteral("-wal"));
        QVERIFY(QFile::copy(theirs + QStringLiteral("-wal"), mine + QStringLiteral("-wal")));
        const qint64 walSize = QFileInfo(mine + QStringLiteral("-wal")).size();

        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(mine, key);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().is(CryptoError::WrongKey), qPrintable(db.error().message));
        QCOMPARE(QFileInfo(mine + QStringLiteral("-wal")).size(), walSize);
    }

    void twoConnectionsShareTheWal()
    {
        // Each connection remembers frame page numbers; when the other one restarts the WAL and reuses the
        // slots, the stale entries must fall back to the headers on disk.
        const QString path = freshPath();
        const auto key = makeKey(1);
        auto a = EncryptedDatabase::open(path, key);
        auto b = EncryptedDatabase::open(path, key);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(exec(a->handle(), "PRAGMA wal_autocheckpoint=0; CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB);"), SQLITE_OK);
        QCOMPARE(exec(b->handle(), "PRAGMA wal_autocheckpoint=0; PRAGMA cache_size=5;"), SQLITE_OK);
        QCOMPARE(exec(a->handle(), "PRAGMA cache_size=5;"), SQLITE_OK);
        for (int round = 0; round < 30; ++round) {
            sqlite3 *writer = round % 2 ? a->handle() : b->handle();
            sqlite3 *reader = round % 2 ? b->handle() : a->handle();
            const QByteArray sql = "INSERT INTO t(v) SELECT randomblob(900) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3);"
                                   "UPDATE t SET v = randomblob(800) WHERE k % 7 = "
                + QByteArray::number(round % 7) + ";";
            QCOMPARE(exec(writer, sql), SQLITE_OK);
            if (round % 3 == 2)
                QCOMPARE(exec(writer, "PRAGMA wal_checkpoint(RESTART);"), SQLITE_OK);
            int rc = SQLITE_OK;
            QCOMPARE(scalar(reader, "SELECT count(*) FROM t WHERE length(v) >= 800;", &rc),
                     QByteArray::number(3 * (round + 1)));
            QCOMPARE(rc, SQLITE_OK);
        }
        QCOMPARE(scalar(a->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(scalar(b->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(cryptoStatus(a->handle())->lastFailure, 0);
        QCOMPARE(cryptoStatus(b->handle())->lastFailure, 0);
    }

    // The shared cache of decrypted pages (pagecache.h): a reader gets pages another connection decrypted or
    // sealed, and never a stale one, whether the page was rewritten in the WAL, by a checkpoint, or behind the
    // cache's back (another process: here a connection while the cache is switched off).
    void pageCacheServesOnlyCurrentPages()
    {
        const std::size_t defaultLimit = crypto::pageCacheLimit();
        constexpr std::size_t kLimit = 16 * 1024 * 1024;
        crypto::setPageCacheLimit(kLimit); // off by default
        const crypto::PageCacheCounters start = crypto::pageCacheCounters();
        const QString path = freshPath();
        const auto key = makeKey(1);
        {
            auto writer = EncryptedDatabase::open(path, key);
            auto reader = EncryptedDatabase::open(path, key);
            QVERIFY(writer.ok() && reader.ok());
            sqlite3 *w = writer->handle();
            sqlite3 *r = reader->handle();
            QCOMPARE(exec(w, "PRAGMA wal_autocheckpoint=0; CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT);"
                             "CREATE TABLE u(k INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES(1, 'eski');"
                             "PRAGMA wal_checkpoint(TRUNCATE);"),
                     SQLITE_OK);
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("eski"));
            QVERIFY(crypto::pageCacheCounters().cachedBytes > start.cachedBytes);

            // A commit elsewhere drops the reader's own page cache; t's page comes from the shared one.
            auto before = crypto::pageCacheCounters();
            QCOMPARE(exec(w, "INSERT INTO u VALUES(1, 'başka tablo');"), SQLITE_OK);
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("eski"));
            QVERIFY(crypto::pageCacheCounters().hits > before.hits);

            // Rewritten in the WAL, then by a checkpoint into the main file.
            QCOMPARE(exec(w, "UPDATE t SET v = 'yeni' WHERE k = 1;"), SQLITE_OK);
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("yeni"));
            QCOMPARE(exec(w, "PRAGMA wal_checkpoint(TRUNCATE);"), SQLITE_OK);
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("yeni"));
            QCOMPARE(exec(w, "UPDATE t SET v = 'yeniden' WHERE k = 1; PRAGMA wal_checkpoint(TRUNCATE);"), SQLITE_OK);
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("yeniden"));

            // Behind the cache's back: the cached ciphertext no longer matches the file, so the page is decrypted.
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("yeniden")); // cached now
            crypto::setPageCacheLimit(0);
            {
                auto other = EncryptedDatabase::open(path, key);
                QVERIFY(other.ok());
                QCOMPARE(exec(other->handle(), "UPDATE t SET v = 'dışarıdan' WHERE k = 1;"
                                               "PRAGMA wal_checkpoint(TRUNCATE);"),
                         SQLITE_OK);
            }
            crypto::setPageCacheLimit(kLimit);
            before = crypto::pageCacheCounters();
            QCOMPARE(scalar(r, "SELECT v FROM t WHERE k = 1;"), QByteArray("dışarıdan"));
            QVERIFY(crypto::pageCacheCounters().staleHits > before.staleHits);
            QCOMPARE(scalar(w, "SELECT v FROM t WHERE k = 1;"), QByteArray("dışarıdan"));

            // A connection with another key gets nothing from the cache of this one.
            auto wrong = EncryptedDatabase::open(path, makeKey(2));
            QVERIFY(!wrong.ok());
            QVERIFY(wrong.error().is(CryptoError::WrongKey));

            // Damage found on disk is reported even though the page was cached.
            QCOMPARE(scalar(r, "SELECT count(*) FROM t;"), QByteArray("1"));
            QCOMPARE(exec(w, "PRAGMA wal_checkpoint(TRUNCATE);"), SQLITE_OK);
            QVERIFY(flipByte(path, kPageSize + 100)); // page 2: table t
            QCOMPARE(exec(w, "INSERT INTO u VALUES(2, 'yeni işlem');"), SQLITE_OK); // the reader's own cache goes
            int rc = SQLITE_OK;
            scalar(r, "SELECT v FROM t WHERE k = 1;", &rc);
            QCOMPARE(rc, SQLITE_IOERR_DATA);
        }
        crypto::setPageCacheLimit(defaultLimit);
        // Wiped and released when the last connection on the file closed.
        QCOMPARE(crypto::pageCacheCounters().cachedBytes, start.cachedBytes);
    }

    void pageCacheIsBounded()
    {
        const std::size_t defaultLimit = crypto::pageCacheLimit();
        const crypto::PageCacheCounters start = crypto::pageCacheCounters();
        const QString path = makeDatabase(2000);
        crypto::setPageCacheLimit(16 * 2 * kPageSize); // 16 pages
        {
            auto db = EncryptedDatabase::open(path, makeKey(1));
            QVERIFY(db.ok());
            QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM t;"), QByteArray("2000"));
            QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
            const auto now = crypto::pageCacheCounters();
            QVERIFY(now.cachedBytes - start.cachedBytes <= 16 * 2 * kPageSize);
            QVERIFY(now.evictions > start.evictions);
        }
        crypto::setPageCacheLimit(defaultLimit);
        QCOMPARE(crypto::pageCacheCounters().cachedBytes, start.cachedBytes);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<qint64>("keep");
        QTest::newRow("10 bytes") << qint64(10);
        QTest::newRow("half of page 1") << qint64(kPageSize / 2);
        QTest::newRow("one and a half pages") << qint64(kPageSize + kPageSize / 2);
        QTest::newRow("one page short") << qint64(-kPageSize);
        QTest::newRow("a few bytes short") << qint64(-7);
    }

    void truncatedFile()
    {
        QFETCH(qint64, keep);
        const QString path = makeDatabase();
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY(f.resize(keep > 0 ? keep : size + keep));
        const auto error = openAndReadAll(path);
        QVERIFY2(error.has_value(), "a truncated file went unnoticed");
        QVERIFY2(error->is(CryptoError::Damaged), qPrintable(error->message));
    }

    void mmapIsRefused()
    {
        const QString path = makeDatabase(20);
        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "PRAGMA mmap_size=268435456;"), QByteArray("0"));
        QCOMPARE(scalar(db->handle(), "PRAGMA mmap_size;"), QByteArray("0"));
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM t;"), QByteArray("20"));
    }

    void pageSizeCannotChange()
    {
        const QString path = makeDatabase(5);
        const auto key = makeKey(1);
        EncryptedOpenOptions options;
        options.walMode = false;
        auto db = EncryptedDatabase::open(path, key, options);
        QVERIFY(db.ok());
        QVERIFY(exec(db->handle(), "PRAGMA journal_mode=DELETE; PRAGMA page_size=8192; VACUUM;") != SQLITE_OK);
        QCOMPARE(scalar(db->handle(), "PRAGMA page_size;"), QByteArray("4096"));
    }

    void oddWritesAreRefused()
    {
        // Straight at the shim's file object: what SQLite never does must fail, not be written in clear.
        const QString path = makeDatabase(5);
        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        sqlite3_file *file = nullptr;
        QCOMPARE(sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file), SQLITE_OK);
        QVERIFY(file && file->pMethods);
        const QByteArray page = QByteArray(kPageSize - 32, 'p') + QByteArray(32, '\0');
        QByteArray withReserve = page;
        withReserve[kPageSize - 3] = 1;
        QCOMPARE(file->pMethods->xWrite(file, withReserve.constData(), kPageSize, 9 * kPageSize), SQLITE_IOERR_WRITE);
        QCOMPARE(file->pMethods->xWrite(file, page.constData(), 100, 9 * kPageSize), SQLITE_IOERR_WRITE);
        QCOMPARE(file->pMethods->xWrite(file, page.constData(), kPageSize, 9 * kPageSize + 512), SQLITE_IOERR_WRITE);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(QByteArray(64, 'p')));
    }

    void tempFilesStayInMemory()
    {
        const QString path = makeDatabase(10);
        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "PRAGMA temp_store;"), QByteArray("2"));
        const char *bigSort = "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<40000)"
                              " SELECT count(*) FROM (SELECT hex(randomblob(64)) AS h FROM c ORDER BY h);";
        QCOMPARE(exec(db->handle(), "PRAGMA cache_size=10;"), SQLITE_OK);
        int rc = SQLITE_OK;
        QCOMPARE(scalar(db->handle(), bigSort, &rc), QByteArray("40000"));
        QCOMPARE(rc, SQLITE_OK);
        // Asking for on-disk temp files: the shim refuses them instead of writing plaintext.
        QCOMPARE(exec(db->handle(), "PRAGMA temp_store=FILE;"), SQLITE_OK);
        scalar(db->handle(), bigSort, &rc);
        QVERIFY(rc != SQLITE_OK);
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files).size(), 3); // db, -wal, -shm
    }

    void attachWithoutKeyIsRefused()
    {
        const QString path = makeDatabase(3);
        const auto key = makeKey(1);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        const QString other = freshPath();
        QVERIFY(exec(db->handle(), "ATTACH '" + QFile::encodeName(other) + "' AS other;") != SQLITE_OK);
        QVERIFY(!QFile::exists(other));
    }

    void noPlaintextDuringTransactionAndAfterCheckpoint()
    {
        const QString path = freshPath();
        const QString dir = QFileInfo(path).path();
        const auto key = makeKey(7);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(writeMarkers(db->handle(), true), SQLITE_OK);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 100000); // the open transaction spilled
        QCOMPARE(filesContaining(dir, markers()), QStringList());
        QCOMPARE(exec(db->handle(), "COMMIT;"), SQLITE_OK);
        QCOMPARE(filesContaining(dir, markers()), QStringList());
        QCOMPARE(exec(db->handle(), "PRAGMA wal_checkpoint(FULL);"), SQLITE_OK);
        QCOMPARE(filesContaining(dir, markers()), QStringList());
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM message_fts WHERE message_fts MATCH 'teslimat';"),
                 QByteArray("50"));
        db->close();
        QCOMPARE(filesContaining(dir, markers()), QStringList());
    }

    void noPlaintextInRollbackJournal()
    {
        const QString path = freshPath();
        const QString dir = QFileInfo(path).path();
        const auto key = makeKey(7);
        EncryptedOpenOptions options;
        options.walMode = false;
        auto db = EncryptedDatabase::open(path, key, options);
        QVERIFY(db.ok());
        QCOMPARE(writeMarkers(db->handle(), false), SQLITE_OK);
        QCOMPARE(exec(db->handle(), "BEGIN; UPDATE customer SET phone = 'x'; UPDATE message SET body = 'y';"),
                 SQLITE_OK);
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > kPageSize);
        QCOMPARE(filesContaining(dir, markers()), QStringList());
        QCOMPARE(exec(db->handle(), "ROLLBACK;"), SQLITE_OK);
    }

    void hotJournalIsRolledBackAfterCrash()
    {
        const QString path = freshPath();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kJournalChildArg), path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((child.waitForReadyRead(100), child.canReadLine()), 30000);
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 10 * kPageSize);

        const auto key = makeKey(7);
        EncryptedOpenOptions options;
        options.walMode = false;
        auto db = EncryptedDatabase::open(path, key, options);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM t WHERE length(v) = 500;"), QByteArray("300"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void noPlaintextAfterCrash()
    {
        const QString path = freshPath();
        const QString dir = QFileInfo(path).path();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kPlaintextChildArg), path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((child.waitForReadyRead(100), child.canReadLine()), 30000);
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(filesContaining(dir, markers()), QStringList());

        // The crashed database still opens: committed rows are there, the open transaction is gone.
        const auto key = makeKey(7);
        auto db = EncryptedDatabase::open(path, key);
        QVERIFY(db.ok());
        QCOMPARE(scalar(db->handle(), "PRAGMA integrity_check;"), QByteArray("ok"));
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM customer;"), QByteArray("50"));
        QCOMPARE(scalar(db->handle(), "SELECT count(*) FROM message WHERE body LIKE '%open-transaction%';"),
                 QByteArray("0"));
        db->close();
        QCOMPARE(filesContaining(dir, markers()), QStringList());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kJournalChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return runJournalChild(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], kPlaintextChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return runPlaintextChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCryptoVfs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cryptovfs.moc"
