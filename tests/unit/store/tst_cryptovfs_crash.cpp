// Crash safety of the encrypted store: a child commits numbered transactions in WAL mode (with checkpoints)
// and is SIGKILLed at random moments; after every kill the database opens, passes integrity_check, and holds
// every number the child reported committed.
//
// SD_CRASH_ITERATIONS (default 20) sets the number of kills, SD_CRASH_SEED the random seed.
#include "cryptotestsupport.h"
#include "store/cryptovfs.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <random>
#include <set>

using namespace sd::store;
using namespace sd::store::test;

namespace {

constexpr auto kCrashChildArg = "--crash-child";
constexpr unsigned char kKeySeed = 3;

int runCrashChild(const QString &path, long long first, unsigned seed)
{
    const auto key = makeKey(kKeySeed);
    auto opened = openEncrypted(path, key);
    if (!opened.ok())
        return 2;
    sqlite3 *db = opened.value();
    // A small cache makes big transactions spill to the WAL and rewrite their own frames in place.
    if (exec(db, "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=40; PRAGMA cache_size=30;"
                 "CREATE TABLE IF NOT EXISTS commits(n INTEGER PRIMARY KEY, payload BLOB);"
                 "CREATE TABLE IF NOT EXISTS bulk(id INTEGER PRIMARY KEY, n INTEGER, payload BLOB);"
                 "CREATE VIRTUAL TABLE IF NOT EXISTS commits_fts USING fts5(body);")
        != SQLITE_OK) {
        return 3;
    }
    std::mt19937 rng(seed);
    for (long long n = first;; ++n) {
        const int payload = 10 + static_cast<int>(rng() % 6000); // some rows spill to overflow pages
        QByteArray sql = "BEGIN; INSERT INTO commits VALUES(" + QByteArray::number(n) + ", randomblob("
            + QByteArray::number(payload) + "));"
            + "INSERT INTO commits_fts(body) VALUES('sipariş numarası " + QByteArray::number(n) + " kargoda');";
        if (rng() % 4 == 0)
            sql += "UPDATE commits SET payload = randomblob(200) WHERE n = " + QByteArray::number(n / 2) + ";";
        if (rng() % 8 == 0) {
            sql += "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<150)"
                   " INSERT INTO bulk(n, payload) SELECT " + QByteArray::number(n) + ", randomblob(700) FROM c;"
                   "UPDATE bulk SET payload = randomblob(650) WHERE n = " + QByteArray::number(n) + ";"
                   "DELETE FROM bulk WHERE n < " + QByteArray::number(n - 50) + ";";
        }
        sql += "COMMIT;";
        if (exec(db, sql) != SQLITE_OK)
            return 4;
        std::printf("%lld\n", n);
        std::fflush(stdout);
        if (n % 97 == 0)
            exec(db, "PRAGMA wal_checkpoint(TRUNCATE);");
        else if (n % 13 == 0)
            exec(db, "PRAGMA wal_checkpoint(PASSIVE);");
    }
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestCryptoVfsCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(registerCryptoVfs().ok());
    }

    void killedWriterLosesNothing()
    {
        const int iterations = envInt("SD_CRASH_ITERATIONS", 20);
        const quint32 seed = static_cast<quint32>(envInt("SD_CRASH_SEED", static_cast<int>(QRandomGenerator::global()->generate() & 0x7fffffff)));
        qInfo("SD_CRASH_SEED=%u iterations=%d", seed, iterations);
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const auto key = makeKey(kKeySeed);

        std::set<long long> reported;
        long long next = 1;
        int killsWithCommits = 0;
        for (int i = 0; i < iterations; ++i) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QString::fromLatin1(kCrashChildArg), path, QString::number(next),
                         QString::number(rng.generate())});
            QVERIFY(child.waitForStarted());
            // Mostly mid-run; now and then right at start-up (open, schema, first transaction).
            const int delayMs = rng.bounded(8) == 0 ? rng.bounded(40) : 40 + rng.bounded(360);
            QByteArray out;
            QDeadlineTimer deadline(delayMs);
            while (!deadline.hasExpired() && child.state() == QProcess::Running) {
                child.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
                out += child.readAllStandardOutput();
            }
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("child exited early: %1 %2")
                                    .arg(child.exitCode())
                                    .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            out += child.readAllStandardOutput();
            // Only whole lines were reported: a number is committed once its line is complete.
            const qsizetype lastNewline = out.lastIndexOf('\n');
            const QList<QByteArray> lines = out.left(lastNewline + 1).split('\n');
            int fresh = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                bool ok = false;
                reported.insert(line.toLongLong(&ok));
                QVERIFY(ok);
                ++fresh;
            }
            killsWithCommits += fresh > 0;

            auto db = EncryptedDatabase::open(path, key);
            QVERIFY2(db.ok(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(db.ok() ? QString() : db.error().message)));
            int rc = SQLITE_OK;
            const QByteArray check = scalar(db->handle(), "PRAGMA integrity_check;", &rc);
            QVERIFY2(rc == SQLITE_OK && check == "ok", qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(QString::fromUtf8(check))));
            if (reported.empty())
                continue;
            QCOMPARE(exec(db->handle(), "INSERT INTO commits_fts(commits_fts) VALUES('integrity-check');"), SQLITE_OK);
            std::set<long long> present;
            sqlite3_stmt *stmt = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db->handle(), "SELECT n FROM commits;", -1, &stmt, nullptr), SQLITE_OK);
            while (sqlite3_step(stmt) == SQLITE_ROW)
                present.insert(sqlite3_column_int64(stmt, 0));
            sqlite3_finalize(stmt);
            for (long long n : reported)
                QVERIFY2(present.count(n), qPrintable(QStringLiteral("kill %1: commit %2 lost").arg(i).arg(n)));
            next = *present.rbegin() + 1;
        }
        qInfo("kills=%d (with new commits: %d), commits reported=%zu", iterations, killsWithCommits, reported.size());
        QVERIFY(reported.size() > static_cast<std::size_t>(iterations));
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], kCrashChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return runCrashChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                             QByteArray(argv[4]).toUInt());
    }
    QCoreApplication app(argc, argv);
    TestCryptoVfsCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cryptovfs_crash.moc"
