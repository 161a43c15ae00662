// Cost of the encrypting VFS against plain SQLite on the same machine, same pragmas, same data.
// Prints JSON lines: bulk insert rate both ways (with and without an FTS5 index) and a mixed read/write
// workload (point reads, range scans, updates, inserts in small transactions) with the encrypted/plain ratio.
//
//   bench_cryptovfs [--rows N] [--ops N] [--rounds N] [--cache-kib N] [--dir PATH]
//
// --cache-kib sets the page cache of both connections for the mixed workload (default 2000, SQLite's own
// default). Every page that misses the cache costs a decryption, so the ratio depends on it.
#include "store/cryptovfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <time.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

namespace {

struct Options
{
    int rows = 100000;
    int ops = 200000;
    int rounds = 3;
    int cacheKib = 2000;
    QString dir;
};

// Wall and CPU seconds of one run; the machine is shared, so CPU time is the steadier of the two.
struct Timing
{
    double wall = 1e300;
    double cpu = 1e300;
};

double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

class Stopwatch
{
public:
    Stopwatch() : m_cpu(cpuNow()) { m_wall.start(); }
    Timing elapsed() const { return {m_wall.nsecsElapsed() / 1e9, cpuNow() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

void keepBest(Timing &best, const Timing &t)
{
    best.wall = std::min(best.wall, t.wall);
    best.cpu = std::min(best.cpu, t.cpu);
}

const std::array<unsigned char, 32> kKey = [] {
    std::array<unsigned char, 32> k{};
    for (std::size_t i = 0; i < k.size(); ++i)
        k[i] = static_cast<unsigned char>(0xa5 ^ (i * 29));
    return k;
}();

[[noreturn]] void die(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : "open failed");
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        die(db, sql);
}

sqlite3 *openDb(const QString &path, bool encrypted)
{
    sqlite3 *db = nullptr;
    if (encrypted) {
        auto opened = sd::store::openEncrypted(path, kKey);
        if (!opened.ok()) {
            std::fprintf(stderr, "openEncrypted: %s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        db = opened.value();
    } else {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            die(db, "open");
        }
        exec(db, "PRAGMA journal_mode=WAL; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0;");
    }
    exec(db, "PRAGMA synchronous=NORMAL;");
    return db;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        die(db, sql);
    return s;
}

void step(sqlite3 *db, sqlite3_stmt *s)
{
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        die(db, "step");
    sqlite3_reset(s);
}

std::string messageText(std::mt19937 &rng)
{
    static const char *words[] = {"merhaba", "siparişim", "nerede", "kargo", "teslim", "edildi", "iade",
                                  "istiyorum", "beden", "değişimi", "fatura", "İstanbul", "Ankara", "teşekkürler",
                                  "ürün", "hasarlı", "geldi", "ödeme", "kapıda", "indirim"};
    std::string text;
    const int n = 6 + static_cast<int>(rng() % 20);
    for (int i = 0; i < n; ++i) {
        text += words[rng() % std::size(words)];
        text += ' ';
    }
    return text;
}

// Inserts `rows` messages in transactions of 1000.
Timing bulkInsert(sqlite3 *db, int rows, bool withFts, unsigned seed)
{
    exec(db, "CREATE TABLE message(id INTEGER PRIMARY KEY, conversation INTEGER, sent_at INTEGER, body TEXT);"
             "CREATE INDEX message_conv ON message(conversation, sent_at);");
    if (withFts)
        exec(db, "CREATE VIRTUAL TABLE message_fts USING fts5(body, content='message', content_rowid='id');");
    sqlite3_stmt *ins = prepare(db, "INSERT INTO message(id, conversation, sent_at, body) VALUES(?1, ?2, ?3, ?4)");
    sqlite3_stmt *fts = withFts ? prepare(db, "INSERT INTO message_fts(rowid, body) VALUES(?1, ?2)") : nullptr;
    std::mt19937 rng(seed);
    const Stopwatch watch;
    for (int i = 1; i <= rows; ++i) {
        if (i % 1000 == 1)
            exec(db, "BEGIN");
        const std::string body = messageText(rng);
        sqlite3_bind_int64(ins, 1, i);
        sqlite3_bind_int64(ins, 2, rng() % 5000);
        sqlite3_bind_int64(ins, 3, 1700000000000LL + i);
        sqlite3_bind_text(ins, 4, body.c_str(), static_cast<int>(body.size()), SQLITE_STATIC);
        step(db, ins);
        if (fts) {
            sqlite3_bind_int64(fts, 1, i);
            sqlite3_bind_text(fts, 2, body.c_str(), static_cast<int>(body.size()), SQLITE_STATIC);
            step(db, fts);
        }
        if (i % 1000 == 0 || i == rows)
            exec(db, "COMMIT");
    }
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    const Timing t = watch.elapsed();
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    return t;
}

// 70% point reads, 10% range scans, 15% updates, 5% inserts; writes grouped 10 per transaction.
Timing mixed(sqlite3 *db, int rows, int ops, unsigned seed)
{
    sqlite3_stmt *get = prepare(db, "SELECT body FROM message WHERE id = ?1");
    sqlite3_stmt *range = prepare(db, "SELECT id, body FROM message WHERE conversation = ?1 ORDER BY sent_at DESC LIMIT 20");
    sqlite3_stmt *upd = prepare(db, "UPDATE message SET body = ?2, sent_at = sent_at + 1 WHERE id = ?1");
    sqlite3_stmt *ins = prepare(db, "INSERT INTO message(conversation, sent_at, body) VALUES(?1, ?2, ?3)");
    std::mt19937 rng(seed);
    const Stopwatch watch;
    int writesInTxn = 0;
    for (int i = 0; i < ops; ++i) {
        const unsigned dice = rng() % 100;
        if (dice < 70) {
            sqlite3_bind_int64(get, 1, 1 + rng() % rows);
            step(db, get);
        } else if (dice < 80) {
            sqlite3_bind_int64(range, 1, rng() % 5000);
            step(db, range);
        } else {
            if (writesInTxn == 0)
                exec(db, "BEGIN");
            const std::string body = messageText(rng);
            if (dice < 95) {
                sqlite3_bind_int64(upd, 1, 1 + rng() % rows);
                sqlite3_bind_text(upd, 2, body.c_str(), static_cast<int>(body.size()), SQLITE_STATIC);
                step(db, upd);
            } else {
                sqlite3_bind_int64(ins, 1, rng() % 5000);
                sqlite3_bind_int64(ins, 2, 1800000000000LL + i);
                sqlite3_bind_text(ins, 3, body.c_str(), static_cast<int>(body.size()), SQLITE_STATIC);
                step(db, ins);
            }
            if (++writesInTxn == 10) {
                exec(db, "COMMIT");
                writesInTxn = 0;
            }
        }
    }
    if (writesInTxn)
        exec(db, "COMMIT");
    const Timing t = watch.elapsed();
    for (sqlite3_stmt *s : {get, range, upd, ins})
        sqlite3_finalize(s);
    return t;
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--rows")
            o.rows = std::atoi(argv[i + 1]);
        else if (a == "--ops")
            o.ops = std::atoi(argv[i + 1]);
        else if (a == "--rounds")
            o.rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--cache-kib")
            o.cacheKib = std::max(100, std::atoi(argv[i + 1]));
        else if (a == "--dir")
            o.dir = QString::fromLocal8Bit(argv[i + 1]);
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(argc, argv);
    if (!sd::store::registerCryptoVfs().ok())
        return 1;
    QTemporaryDir tmp(o.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_cryptovfs-XXXXXX")
                                      : o.dir + QStringLiteral("/bench_cryptovfs-XXXXXX"));
    if (!tmp.isValid())
        return 1;

    // Rounds alternate plain and encrypted; the best time of each is reported (the machine is shared).
    for (bool withFts : {false, true}) {
        Timing best[2];
        for (int round = 0; round < o.rounds; ++round) {
            for (int enc = 0; enc < 2; ++enc) {
                const QString path = tmp.filePath(QStringLiteral("bulk-%1-%2-%3.db").arg(enc).arg(withFts).arg(round));
                sqlite3 *db = openDb(path, enc == 1);
                keepBest(best[enc], bulkInsert(db, o.rows, withFts, 42));
                sqlite3_close_v2(db);
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(path + QString::fromLatin1(suffix));
            }
        }
        std::printf("{\"bench\":\"bulk_insert\",\"fts\":%s,\"rows\":%d,\"plain_rows_per_s\":%.0f,"
                    "\"encrypted_rows_per_s\":%.0f,\"encrypted_over_plain_rate\":%.3f,"
                    "\"plain_cpu_s\":%.3f,\"encrypted_cpu_s\":%.3f,\"encrypted_over_plain_cpu\":%.3f}\n",
                    withFts ? "true" : "false", o.rows, o.rows / best[0].wall, o.rows / best[1].wall,
                    best[0].wall / best[1].wall, best[0].cpu, best[1].cpu, best[1].cpu / best[0].cpu);
        std::fflush(stdout);
    }

    Timing best[2];
    QString paths[2];
    for (int enc = 0; enc < 2; ++enc) {
        paths[enc] = tmp.filePath(QStringLiteral("mixed-%1.db").arg(enc));
        sqlite3 *db = openDb(paths[enc], enc == 1);
        bulkInsert(db, o.rows, false, 7);
        sqlite3_close_v2(db);
    }
    for (int round = 0; round < o.rounds; ++round) {
        for (int enc = 0; enc < 2; ++enc) {
            sqlite3 *db = openDb(paths[enc], enc == 1);
            exec(db, QByteArray("PRAGMA cache_size=-" + QByteArray::number(o.cacheKib)).constData());
            keepBest(best[enc], mixed(db, o.rows, o.ops, 1000 + round));
            sqlite3_close_v2(db);
        }
    }
    std::printf("{\"bench\":\"mixed\",\"rows\":%d,\"ops\":%d,\"cache_kib\":%d,\"plain_s\":%.3f,\"encrypted_s\":%.3f,"
                "\"encrypted_over_plain\":%.3f,\"plain_cpu_s\":%.3f,\"encrypted_cpu_s\":%.3f,"
                "\"encrypted_over_plain_cpu\":%.3f,\"target\":1.15}\n",
                o.rows, o.ops, o.cacheKib, best[0].wall, best[1].wall, best[1].wall / best[0].wall, best[0].cpu, best[1].cpu,
                best[1].cpu / best[0].cpu);
    return 0;
}
