// Power loss under the encrypted store: a "powercut" VFS below the shim records every write and truncation
// since the file's last sync; at a random write it cuts the power (all further I/O fails), then undoes what was
// never synced (all of it, or all but a random prefix). The database must open, pass integrity_check and hold
// every commit that was acknowledged (synchronous=FULL, so acknowledged means synced).
//
// Half of the rounds open with psow=0, which makes SQLite pad the WAL to sector boundaries and split frame
// writes at its sync point — the split-write trap of an encrypting shim.
//
// SD_POWERLOSS_ITERATIONS (default 30) sets the number of power cuts, SD_POWERLOSS_SEED the seed.
#include "cryptotestsupport.h"
#include "store/cryptovfs.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace sd::store;
using namespace sd::store::test;

namespace {

// One undoable change: the bytes and size a file had before it.
struct Undo
{
    sqlite3_int64 offset = 0;
    QByteArray before;         // previous content of [offset, offset + size of the change) that existed
    sqlite3_int64 sizeBefore = 0;
};

struct PowerCut
{
    sqlite3_vfs vfs{};
    sqlite3_vfs *base = nullptr;
    std::map<std::string, std::vector<Undo>> unsynced;
    long long writesUntilCut = -1; // < 0: no cut planned
    bool powerIsOff = false;
};

PowerCut g_power;

struct PcFile
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string *path;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<PcFile *>(f)->real;
}

const std::string &pathOf(sqlite3_file *f)
{
    return *reinterpret_cast<PcFile *>(f)->path;
}

bool cutNow()
{
    if (g_power.powerIsOff)
        return true;
    if (g_power.writesUntilCut == 0) {
        g_power.powerIsOff = true;
        return true;
    }
    if (g_power.writesUntilCut > 0)
        --g_power.writesUntilCut;
    return false;
}

Undo snapshot(sqlite3_file *real, sqlite3_int64 offset, sqlite3_int64 length)
{
    Undo u;
    u.offset = offset;
    real->pMethods->xFileSize(real, &u.sizeBefore);
    const sqlite3_int64 existing = std::max<sqlite3_int64>(0, std::min(length, u.sizeBefore - offset));
    u.before.resize(existing);
    if (existing > 0)
        real->pMethods->xRead(real, u.before.data(), static_cast<int>(existing), offset);
    return u;
}

int pcClose(sqlite3_file *f)
{
    auto *pf = reinterpret_cast<PcFile *>(f);
    const int rc = pf->real->pMethods->xClose(pf->real);
    delete pf->path;
    return rc;
}

int pcRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    return realOf(f)->pMethods->xRead(realOf(f), buf, amt, off);
}

int pcWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    if (cutNow())
        return SQLITE_IOERR_WRITE;
    g_power.unsynced[pathOf(f)].push_back(snapshot(realOf(f), off, amt));
    return realOf(f)->pMethods->xWrite(realOf(f), buf, amt, off);
}

int pcTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (g_power.powerIsOff)
        return SQLITE_IOERR_TRUNCATE;
    sqlite3_int64 now = 0;
    realOf(f)->pMethods->xFileSize(realOf(f), &now);
    g_power.unsynced[pathOf(f)].push_back(snapshot(realOf(f), size, std::max<sqlite3_int64>(0, now - size)));
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}

int pcSync(sqlite3_file *f, int flags)
{
    if (g_power.powerIsOff)
        return SQLITE_IOERR_FSYNC;
    const int rc = realOf(f)->pMethods->xSync(realOf(f), flags);
    if (rc == SQLITE_OK)
        g_power.unsynced.erase(pathOf(f));
    return rc;
}

int pcFileSize(sqlite3_file *f, sqlite3_int64 *size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int pcLock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int pcUnlock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int pcCheckReserved(sqlite3_file *f, int *o) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), o); }
int pcFileControl(sqlite3_file *f, int op, void *a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int pcSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int pcDevice(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int pcShmMap(sqlite3_file *f, int p, int s, int e, void volatile **o)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), p, s, e, o);
}
int pcShmLock(sqlite3_file *f, int o, int n, int fl) { return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl); }
void pcShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int pcShmUnmap(sqlite3_file *f, int d) { return realOf(f)->pMethods->xShmUnmap(realOf(f), d); }

const sqlite3_io_methods kPcMethods = {2, pcClose, pcRead, pcWrite, pcTruncate, pcSync, pcFileSize, pcLock,
                                       pcUnlock, pcCheckReserved, pcFileControl, pcSectorSize, pcDevice,
                                       pcShmMap, pcShmLock, pcShmBarrier, pcShmUnmap, nullptr, nullptr};

int pcOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *pf = reinterpret_cast<PcFile *>(f);
    pf->base.pMethods = nullptr;
    pf->real = reinterpret_cast<sqlite3_file *>(pf + 1);
    const int rc = g_power.base->xOpen(g_power.base, name, pf->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    pf->path = new std::string(name ? name : "");
    pf->base.pMethods = &kPcMethods;
    return SQLITE_OK;
}

int pcDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    if (g_power.powerIsOff)
        return SQLITE_IOERR_DELETE;
    g_power.unsynced.erase(name);
    return g_power.base->xDelete(g_power.base, name, syncDir);
}

int pcAccess(sqlite3_vfs *, const char *n, int fl, int *o) { return g_power.base->xAccess(g_power.base, n, fl, o); }
int pcFullPathname(sqlite3_vfs *, const char *n, int sz, char *o)
{
    return g_power.base->xFullPathname(g_power.base, n, sz, o);
}
int pcRandomness(sqlite3_vfs *, int n, char *o) { return g_power.base->xRandomness(g_power.base, n, o); }
int pcSleep(sqlite3_vfs *, int us) { return g_power.base->xSleep(g_power.base, us); }
int pcCurrentTime(sqlite3_vfs *, double *o) { return g_power.base->xCurrentTime(g_power.base, o); }

void registerPowerCutVfs()
{
    if (sqlite3_vfs_find("powercut"))
        return;
    g_power.base = sqlite3_vfs_find(nullptr);
    sqlite3_vfs &v = g_power.vfs;
    v.iVersion = 1;
    v.szOsFile = static_cast<int>(sizeof(PcFile)) + g_power.base->szOsFile;
    v.mxPathname = g_power.base->mxPathname;
    v.zName = "powercut";
    v.xOpen = pcOpen;
    v.xDelete = pcDelete;
    v.xAccess = pcAccess;
    v.xFullPathname = pcFullPathname;
    v.xRandomness = pcRandomness;
    v.xSleep = pcSleep;
    v.xCurrentTime = pcCurrentTime;
    sqlite3_vfs_register(&v, 0);
}

// Undoes the unsynced changes of every file, keeping the first `keep(n)` of each file's n changes.
template<typename KeepFn>
void losePower(KeepFn keep)
{
    for (auto &[path, changes] : g_power.unsynced) {
        QFile f(QString::fromStdString(path));
        if (!f.open(QIODevice::ReadWrite))
            continue;
        const std::size_t kept = keep(changes.size());
        for (std::size_t i = changes.size(); i-- > kept;) {
            const Undo &u = changes[i];
            f.resize(std::max<qint64>(f.size(), u.offset + u.before.size()));
            f.seek(u.offset);
            f.write(u.before);
            f.resize(u.sizeBefore);
        }
    }
    g_power.unsynced.clear();
    g_power.powerIsOff = false;
    g_power.writesUntilCut = -1;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestCryptoVfsPowerLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerPowerCutVfs();
        QVERIFY(registerCryptoVfs().ok());
        QVERIFY(registerCryptoVfs("sdcrypt-powercut", "powercut").ok());
    }

    void unsyncedWritesAreLost()
    {
        const int iterations = envInt("SD_POWERLOSS_ITERATIONS", 30);
        const quint32 seed = static_cast<quint32>(
            envInt("SD_POWERLOSS_SEED", static_cast<int>(QRandomGenerator::global()->generate() & 0x7fffffff)));
        qInfo("SD_POWERLOSS_SEED=%u iterations=%d", seed, iterations);
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("power.db"));
        const auto key = makeKey(5);

        std::set<long long> acknowledged;
        long long next = 1;
        unsigned long long splitBodies = 0;
        for (int round = 0; round < iterations; ++round) {
            const bool psowOff = round % 2 == 1;
            const std::uint64_t keyId = CryptoKeyRegistry::add(key);
            QByteArray uri = encryptedUri(path, keyId, "sdcrypt-powercut");
            if (psowOff)
                uri += "&psow=0";
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                                     nullptr),
                     SQLITE_OK);
            CryptoKeyRegistry::remove(keyId);
            QVERIFY(prepareEncryptedConnection(db).ok());
            QCOMPARE(exec(db, "PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=25; PRAGMA cache_size=30;"
                              "CREATE TABLE IF NOT EXISTS commits(n INTEGER PRIMARY KEY, payload BLOB);"
                              "CREATE TABLE IF NOT EXISTS bulk(id INTEGER PRIMARY KEY, payload BLOB);"),
                     SQLITE_OK);

            g_power.writesUntilCut = 20 + rng.bounded(1500);
            for (;;) {
                QByteArray sql = "BEGIN; INSERT INTO commits VALUES(" + QByteArray::number(next) + ", randomblob("
                    + QByteArray::number(10 + rng.bounded(5000)) + "));";
                if (rng.bounded(6) == 0) { // spills and in-place frame rewrites
                    sql += "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<120)"
                           " INSERT INTO bulk(payload) SELECT randomblob(700) FROM c;"
                           "UPDATE bulk SET payload = randomblob(600) WHERE id > (SELECT max(id) - 120 FROM bulk);"
                           "DELETE FROM bulk WHERE id < (SELECT max(id) - 500 FROM bulk);";
                }
                sql += "COMMIT;";
                if (exec(db, sql) != SQLITE_OK) {
                    exec(db, "ROLLBACK;");
                    break;
                }
                acknowledged.insert(next++);
                if (next % 40 == 0 && exec(db, "PRAGMA wal_checkpoint(TRUNCATE);") != SQLITE_OK)
                    break;
            }
            QVERIFY(g_power.powerIsOff);
            if (const auto status = cryptoStatus(db); status.ok())
                splitBodies += status->splitWalBodies;
            sqlite3_close_v2(db);
            const int mode = rng.bounded(2);
            losePower([&](std::size_t n) { return mode == 0 ? std::size_t(0) : std::size_t(rng.bounded(static_cast<quint32>(n + 1))); });

            auto check = EncryptedDatabase::open(path, key);
            QVERIFY2(check.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(check.ok() ? QString() : check.error().message)));
            int rc = SQLITE_OK;
            const QByteArray integrity = scalar(check->handle(), "PRAGMA integrity_check;", &rc);
            QVERIFY2(rc == SQLITE_OK && integrity == "ok", qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(integrity))));
            std::set<long long> present;
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(check->handle(), "SELECT n FROM commits;", -1, &stmt, nullptr) == SQLITE_OK) {
                while (sqlite3_step(stmt) == SQLITE_ROW)
                    present.insert(sqlite3_column_int64(stmt, 0));
            }
            sqlite3_finalize(stmt);
            for (long long n : acknowledged)
                QVERIFY2(present.count(n), qPrintable(QStringLiteral("round %1: commit %2 lost").arg(round).arg(n)));
            next = present.empty() ? 1 : *present.rbegin() + 1;
            acknowledged = present;
        }
        qInfo("power cuts=%d, commits=%zu, WAL bodies written in two pieces=%llu", iterations, acknowledged.size(),
              splitBodies);
        if (iterations >= 10)
            QVERIFY2(splitBodies > 0, "psow=0 never made SQLite split a frame write");
    }
};

QTEST_GUILESS_MAIN(TestCryptoVfsPowerLoss)

#include "tst_cryptovfs_powerloss.moc"
