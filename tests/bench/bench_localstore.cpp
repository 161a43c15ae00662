// The workspace cache, encrypted (sdcrypt VFS, AES-256-GCM) against plain SQLite (default VFS), measured in one
// run on the same rows: ingest with the search index, a mixed read/write workload, search latency, open time of
// the full profile and peak RSS. Prints JSON lines; the ratios are encrypted/plain.
//
//   bench_localstore [--messages N] [--customers N] [--orders N] [--seed S] [--queries Q] [--mixed-ops K]
//                    [--rounds R] [--dir PATH] [--page-cache-kib K] [--quick]
//
// The profile of issue 3 is --messages 1000000 (100 000 conversations; customers and orders default to a tenth
// and a fifth of the messages: 100 000 and 200 000).
//
// Both stores are opened with the options LocalStore uses (OpenOptions defaults; the encrypted one with a key),
// so pragma changes in Database/OpenOptions show up here. The two are interleaved step by step (batch by batch,
// query by query, round by round, alternating which goes first) so that noise from other processes on the
// machine hits both alike.
#include "common/logging.h"
#include "profile/profile.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/localstore.h"
#include "store/migrator.h"
#include "store/pagecache.h"
#include "store/searchindex.h"
#include "store/securekey.h"
#include "store/transaction.h"
#include "syntheticdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <openssl/crypto.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif

#include <time.h>

#include <algorithm>
#include <array>
#include <limits>
#include <cstdio>
#include <optional>

using namespace sd;
using namespace sd::store;

namespace {

const QString kWorkspace = u"bench-workspace"_qs;
const QString kConnection = u"bench-connection"_qs;
constexpr int kBatch = 1000;

enum Side { Encrypted = 0, Plain = 1 };
constexpr std::array<Side, 2> kSides{Encrypted, Plain};
// --side: which stores do the work (both by default). One side alone is for instruction counts under
// valgrind --tool=callgrind, where the two would otherwise share the same functions.
std::array<bool, 2> g_active{true, true};

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const sd::Error &error)
{
    std::fprintf(stderr, "bench_localstore: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of the calling thread. The workloads run on the main thread (the bench drives the writer and reader
// connections directly), so this is their work without the time spent waiting for a core: on a shared machine
// the CPU ratio is steadier than the wall-clock one.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Under valgrind --tool=callgrind, ends a profile part named after the phase just finished (callgrind.out.N.K
// files, one per phase: the instruction counts of ingest, search and the mixed workload each on their own).
// Does nothing otherwise.
void phaseDone([[maybe_unused]] const char *phase)
{
#ifdef CALLGRIND_DUMP_STATS_AT
    CALLGRIND_DUMP_STATS_AT(phase);
#endif
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double ratio(double encrypted, double plain)
{
    return plain > 0 ? encrypted / plain : 0;
}

qint64 filesBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QString::fromLatin1(suffix)).size();
    return total;
}

// One store: its folder, writer connection and a read-only connection for the reading side of the workloads.
struct Store
{
    QString dir;
    QString path;
    OpenOptions options;
    std::unique_ptr<Database> writer;
    std::unique_ptr<Database> reader;
};

void openStore(Store &store)
{
    auto db = Database::open(store.path, store.options);
    if (!db)
        fail(u"open "_qs + store.path, db.error());
    if (auto s = Migrator::migrate(**db); !s)
        fail(u"migrate"_qs, s.error());
    store.writer = std::move(db).value();
    OpenOptions readOptions = store.options;
    readOptions.mode = OpenOptions::Mode::ReadOnly;
    auto reader = Database::open(store.path, readOptions);
    if (!reader)
        fail(u"open reader"_qs, reader.error());
    store.reader = std::move(reader).value();
}

// One transaction per batch, as one StoreWriter job; returns the nanoseconds spent.
qint64 ingest(Database &db, const IngestBatch &batch, qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    auto tx = Transaction::begin(db);
    if (!tx)
        fail(u"begin"_qs, tx.error());
    auto stats = Ingestor::upsert(*tx, batch, nowMs);
    if (!stats)
        fail(u"ingest "_qs + batch.table, stats.error());
    if (auto s = tx->commit(); !s)
        fail(u"commit"_qs, s.error());
    return timer.nsecsElapsed();
}

// Feeds the same batches to both stores, alternating which one goes first; returns seconds per side.
std::array<qint64, 2> g_ingestCpuNs{0, 0}; // CPU time of the last ingestBoth(), per side

template<typename Make>
std::array<double, 2> ingestBoth(std::array<Store, 2> &stores, int total, int batchSize, Make &&make)
{
    std::array<qint64, 2> ns{0, 0};
    g_ingestCpuNs = {0, 0};
    int round = 0;
    for (int first = 0; first < total; first += batchSize, ++round) {
        const IngestBatch batch = make(first, std::min(batchSize, total - first));
        for (int k = 0; k < 2; ++k) {
            const Side side = kSides[size_t((k + round) % 2)];
            if (!g_active[side])
                continue;
            const qint64 cpu = threadCpuNs();
            ns[side] += ingest(*stores[side].writer, batch, 1'800'000'000'000);
            g_ingestCpuNs[side] += threadCpuNs() - cpu;
        }
    }
    return {double(ns[Encrypted]) / 1e9, double(ns[Plain]) / 1e9};
}

// Customers are not platform records: inserted as the identity resolution does, then their phones through ingest.
qint64 ingestCustomers(Database &db, const QList<bench::SyntheticData::Customer> &customers, qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    auto tx = Transaction::begin(db);
    if (!tx)
        fail(u"begin"_qs, tx.error());
    auto insert = db.cached(u"INSERT INTO customers(id, workspace_id, display_name, city, first_seen_at, last_seen_at,"
                            u" created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?6)"_qs);
    if (!insert)
        fail(u"prepare"_qs, insert.error());
    for (const auto &c : customers) {
        if (auto st = (*insert)->bindAll(c.id, kWorkspace, c.name, c.city, c.seenAt, nowMs); !st)
            fail(u"bind"_qs, st.error());
        if (auto st = (*insert)->exec(); !st)
            fail(u"customer"_qs, st.error());
        (*insert)->reset();
    }
    auto stats = Ingestor::upsert(*tx, bench::SyntheticData::identities(kWorkspace, kConnection, customers), nowMs);
    if (!stats)
        fail(u"ingest identities"_qs, stats.error());
    if (auto st = tx->commit(); !st)
        fail(u"commit"_qs, st.error());
    return timer.nsecsElapsed();
}

const QString kInboxSql = u"SELECT id, subject, last_message_at FROM conversations"
                          u" WHERE workspace_id = ?1 AND deleted = 0 AND status = 'open'"
                          u" ORDER BY last_message_at DESC LIMIT 50 OFFSET ?2"_qs;

// --measure-open: the child process of the open measurement. Reads the key (hex) from stdin, opens the encrypted
// profile as the app does (LocalStore::open: writer thread, schema check) and reads the first inbox page on a
// reader; prints one JSON line. Times are from the start of main().
int measureOpen(const QString &dir, const QElapsedTimer &sinceStart)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        fail(u"stdin"_qs, sd::Error{u"bench"_qs, 0, u"no stdin"_qs});
    QByteArray hex = in.readLine().trimmed();
    QByteArray raw = QByteArray::fromHex(hex);
    SecureKey key = SecureKey::fromBytes(std::span<const unsigned char>(
        reinterpret_cast<const unsigned char *>(raw.constData()), size_t(raw.size())));
    OPENSSL_cleanse(hex.data(), size_t(hex.size()));
    OPENSSL_cleanse(raw.data(), size_t(raw.size()));
    if (!key.isValid())
        fail(u"key"_qs, sd::Error{u"bench"_qs, 0, u"bad key on stdin"_qs});
    const double startMs = double(sinceStart.nsecsElapsed()) / 1e6;
    QElapsedTimer timer;
    timer.start();
    ProfileInfo profile;
    profile.id = u"bench"_qs;
    profile.path = dir;
    auto local = LocalStore::open(profile, std::move(key));
    if (!local)
        fail(u"LocalStore::open"_qs, local.error());
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    auto reader = (*local)->openReader();
    if (!reader)
        fail(u"reader"_qs, reader.error());
    auto inbox = (*reader)->cached(kInboxSql);
    if (!inbox)
        fail(u"prepare"_qs, inbox.error());
    if (auto st = (*inbox)->bindAll(kWorkspace, qint64(0)); !st)
        fail(u"bind"_qs, st.error());
    int rows = 0;
    for (;;) {
        auto r = (*inbox)->step();
        if (!r)
            fail(u"inbox"_qs, r.error());
        if (!*r)
            break;
        (void)(*inbox)->text(1);
        ++rows;
    }
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    emitLine({{u"bench"_qs, u"open_fresh_process"_qs},
              {u"process_start_ms"_qs, startMs},
              {u"localstore_open_ms"_qs, openMs},
              {u"open_and_inbox_ms"_qs, totalMs},
              {u"inbox_rows"_qs, rows},
              {u"peak_rss_kb"_qs, statusKb("VmHWM:")}});
    return 0;
}

QString conversationOf(QRandomGenerator &random, int conversations)
{
    return u"conv-%1"_qs.arg(random.bounded(quint32(conversations)));
}

// The mixed workload: what the app does while a sync runs. Per operation, drawn from a seeded generator:
//   40% open a conversation (its row, then its latest 50 messages through the (conversation_id, sent_at) index),
//   20% a search (20 hits, snippets), 15% an inbox page (50 most recent open conversations),
//   15% a sync page (20 new messages, one transaction), 10% an edit (one message's body changes: FTS update).
// Reads use the read-only connection, writes the writer; every write is its own transaction.
struct MixedWorkload
{
    quint32 seed = 0;
    int conversations = 0;
    int nextMessage = 0; // external ids for the new messages of the sync pages
    int messages = 0;
};

qint64 runMixed(Store &store, bench::SyntheticData &data, const MixedWorkload &work, int operations, int firstNew)
{
    QRandomGenerator random(work.seed);
    int nextNew = firstNew;
    Database &reader = *store.reader;
    Database &writer = *store.writer;
    QElapsedTimer timer;
    timer.start();
    for (int op = 0; op < operations; ++op) {
        const quint32 kind = random.bounded(100u);
        if (kind < 40) {
            const QString conversation = conversationOf(random, work.conversations);
            auto row = reader.cached(u"SELECT id, subject, status FROM conversations"
                                     u" WHERE connection_id = ?1 AND external_id = ?2"_qs);
            if (!row)
                fail(u"prepare"_qs, row.error());
            if (auto s = (*row)->bindAll(kConnection, conversation); !s)
                fail(u"bind"_qs, s.error());
            auto found = (*row)->step();
            if (!found || !*found)
                fail(u"conversation"_qs, found ? sd::Error{u"bench"_qs, 0, u"missing"_qs} : found.error());
            const QString id = (*row)->text(0);
            (*row)->reset();
            auto list = reader.cached(u"SELECT id, direction, sender_name, body, sent_at, status FROM messages"
                                      u" WHERE conversation_id = ?1 AND deleted = 0 ORDER BY sent_at DESC LIMIT 50"_qs);
            if (!list)
                fail(u"prepare"_qs, list.error());
            if (auto s = (*list)->bind(1, id); !s)
                fail(u"bind"_qs, s.error());
            for (;;) {
                auto r = (*list)->step();
                if (!r)
                    fail(u"messages"_qs, r.error());
                if (!*r)
                    break;
                (void)(*list)->text(3);
            }
            (*list)->reset();
        } else if (kind < 60) {
            SearchQuery query;
            query.text = data.searchQuery();
            query.limit = 20;
            if (auto page = SearchIndex::search(reader, query); !page)
                fail(u"search"_qs, page.error());
        } else if (kind < 75) {
            auto inbox = reader.cached(kInboxSql);
            if (!inbox)
                fail(u"prepare"_qs, inbox.error());
            if (auto s = (*inbox)->bindAll(kWorkspace, qint64(random.bounded(20u) * 50)); !s)
                fail(u"bind"_qs, s.error());
            for (;;) {
                auto r = (*inbox)->step();
                if (!r)
                    fail(u"inbox"_qs, r.error());
                if (!*r)
                    break;
            }
            (*inbox)->reset();
        } else if (kind < 90) {
            const IngestBatch page = data.messages(kWorkspace, kConnection, nextNew, 20, work.conversations);
            nextNew += 20;
            (void)ingest(writer, page, 1'800'000'000'000);
        } else {
            auto tx = Transaction::begin(writer);
            if (!tx)
                fail(u"begin"_qs, tx.error());
            auto edit = writer.cached(u"UPDATE messages SET body = ?1, updated_at = ?2"
                                      u" WHERE connection_id = ?3 AND external_id = ?4"_qs);
            if (!edit)
                fail(u"prepare"_qs, edit.error());
            const QString target = u"msg-%1"_qs.arg(random.bounded(quint32(work.messages)));
            if (auto s = (*edit)->bindAll(data.messageText(), qint64(1'800'000'000'001), kConnection, target); !s)
                fail(u"bind"_qs, s.error());
            if (auto s = (*edit)->exec(); !s)
                fail(u"edit"_qs, s.error());
            if (auto s = tx->commit(); !s)
                fail(u"commit"_qs, s.error());
        }
    }
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication app(argc, argv);
    sd::logging::applyDefaultRules(false);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Encrypted vs plain workspace cache benchmark (JSON lines)."_qs);
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_qs, u"Messages to ingest (default 100000)."_qs, u"n"_qs,
                                            u"100000"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, u"Random seed (default 42)."_qs, u"seed"_qs, u"42"_qs);
    const QCommandLineOption queriesOption(u"queries"_qs, u"Search queries to time per store (default 500)."_qs,
                                           u"n"_qs, u"500"_qs);
    const QCommandLineOption mixedOption(u"mixed-ops"_qs, u"Operations per round of the mixed workload (default 2000)."_qs,
                                         u"n"_qs, u"2000"_qs);
    const QCommandLineOption roundsOption(u"rounds"_qs, u"Rounds of the mixed workload and of the open (default 5)."_qs,
                                          u"n"_qs, u"5"_qs);
    const QCommandLineOption batchOption(u"batch"_qs, u"Records per ingest transaction (default 1000)."_qs, u"n"_qs,
                                         QString::number(kBatch));
    const QCommandLineOption dirOption(u"dir"_qs, u"Folder for the two profiles (default: a temporary one)."_qs,
                                       u"path"_qs);
    const QCommandLineOption checkpointOption(u"wal-autocheckpoint"_qs,
                                              u"Override OpenOptions::walAutoCheckpointPages (tuning experiments)."_qs,
                                              u"pages"_qs);
    const QCommandLineOption cacheOption(u"cache-kib"_qs, u"Override OpenOptions::cacheSizeKiB (tuning experiments)."_qs,
                                         u"KiB"_qs);
    const QCommandLineOption customersOption(u"customers"_qs, u"Customers (default: messages / 10)."_qs, u"n"_qs);
    const QCommandLineOption ordersOption(u"orders"_qs, u"Orders (default: messages / 5)."_qs, u"n"_qs);
    const QCommandLineOption pageCacheOption(u"page-cache-kib"_qs,
                                             u"Shared cache of decrypted pages per file, KiB (0: off; default 16384)."_qs,
                                             u"KiB"_qs);
    const QCommandLineOption openRunsOption(u"open-runs"_qs, u"Fresh processes that time the open (default 3)."_qs,
                                            u"n"_qs, u"3"_qs);
    const QCommandLineOption measureOpenOption(u"measure-open"_qs, u"Internal: time the open of PATH (key on stdin)."_qs,
                                               u"path"_qs);
    const QCommandLineOption sideOption(u"side"_qs,
                                        u"Which stores run the workloads: both (default), encrypted or plain "
                                        u"(for instruction counts under callgrind; no ratios then)."_qs,
                                        u"side"_qs, u"both"_qs);
    const QCommandLineOption quickOption(u"quick"_qs, u"A few seconds: small sizes (smoke test; times mean nothing)."_qs);
    parser.addOptions({messagesOption, seedOption, queriesOption, mixedOption, roundsOption, batchOption, dirOption,
                       checkpointOption, cacheOption, customersOption, ordersOption, pageCacheOption, openRunsOption,
                       measureOpenOption, sideOption, quickOption});
    parser.process(app);
    if (parser.isSet(pageCacheOption))
        crypto::setPageCacheLimit(size_t(parser.value(pageCacheOption).toLongLong()) * 1024);
    if (parser.isSet(measureOpenOption))
        return measureOpen(parser.value(measureOpenOption), sinceStart);

    const bool quick = parser.isSet(quickOption);
    if (const QString side = parser.value(sideOption); side == u"encrypted")
        g_active = {true, false};
    else if (side == u"plain")
        g_active = {false, true};
    else if (side != u"both")
        fail(u"--side"_qs, sd::Error{u"bench"_qs, 0, u"expected both, encrypted or plain"_qs});
    auto option = [&](const QCommandLineOption &o, int quickValue) {
        return std::max(1, quick && !parser.isSet(o) ? quickValue : parser.value(o).toInt());
    };
    const int messageCount = option(messagesOption, 3000);
    const int queryCount = option(queriesOption, 20);
    const int mixedOps = option(mixedOption, 100);
    const int rounds = option(roundsOption, 1);
    const int batchSize = option(batchOption, kBatch);
    const int conversationCount = std::max(1, messageCount / 10);
    const int customerCount = parser.isSet(customersOption) ? std::max(0, parser.value(customersOption).toInt())
                                                            : messageCount / 10;
    const int orderCount = parser.isSet(ordersOption) ? std::max(0, parser.value(ordersOption).toInt())
                                                      : messageCount / 5;
    const int openRuns = option(openRunsOption, 1);
    const auto seed = parser.value(seedOption).toUInt();

    QTemporaryDir tempDir;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    SecureKey key = SecureKey::random();
    if (!key.isValid())
        fail(u"key"_qs, sd::Error{u"bench"_qs, 0, u"no random key"_qs});

    std::array<Store, 2> stores;
    for (const Side side : kSides) {
        Store &store = stores[side];
        store.dir = QDir(root).filePath(side == Encrypted ? u"encrypted"_qs : u"plain"_qs);
        QDir().mkpath(store.dir);
        store.path = QDir(store.dir).filePath(u"cache.db"_qs); // LocalStore::databasePath's name
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(store.path + QString::fromLatin1(suffix));
        if (side == Encrypted)
            store.options.key = key.bytes();
        if (parser.isSet(checkpointOption))
            store.options.walAutoCheckpointPages = parser.value(checkpointOption).toInt();
        if (parser.isSet(cacheOption))
            store.options.cacheSizeKiB = parser.value(cacheOption).toInt();
        openStore(store);
        const QString seedSql = u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs % kWorkspace
                                % u"', 'Bench', 1, 1); INSERT INTO connections(id, workspace_id, platform,"
                                  u" display_name, created_at, updated_at) VALUES ('"
                                % kConnection % u"', '" % kWorkspace % u"', 'instagram', 'Bench', 1, 1);";
        if (auto s = store.writer->exec(seedSql); !s)
            fail(u"seed"_qs, s.error());
    }

    const QJsonObject common{{u"seed"_qs, qint64(seed)},
                             {u"messages"_qs, messageCount},
                             {u"page_cache_kib"_qs, qint64(crypto::pageCacheLimit() / 1024)},
                             {u"quick"_qs, quick},
                             {u"wal_autocheckpoint"_qs, stores[Plain].options.walAutoCheckpointPages},
                             {u"cache_kib"_qs, stores[Plain].options.cacheSizeKiB}};
    auto line = [&common](QJsonObject object) {
        for (auto it = common.constBegin(); it != common.constEnd(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };

    phaseDone("setup");
    // Ingest: the same generated pages into both stores. Generating is not timed.
    bench::SyntheticData data(seed);
    {
        std::array<qint64, 2> ns{0, 0};
        int round = 0;
        for (int first = 0; first < customerCount; first += batchSize, ++round) {
            const auto batch = data.customers(first, std::min(batchSize, customerCount - first));
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + round) % 2)];
                if (!g_active[side])
                    continue;
                ns[side] += ingestCustomers(*stores[side].writer, batch, 1'800'000'000'000);
            }
        }
        phaseDone("ingest_customers");
        line({{u"bench"_qs, u"ingest_customers"_qs},
              {u"rows"_qs, customerCount},
              {u"note"_qs, u"customer row + phone identity (ingest), both indexed for search"_qs},
              {u"encrypted_rows_per_s"_qs, customerCount / (double(ns[Encrypted]) / 1e9)},
              {u"plain_rows_per_s"_qs, customerCount / (double(ns[Plain]) / 1e9)},
              {u"time_ratio"_qs, ratio(double(ns[Encrypted]), double(ns[Plain]))}});
    }
    auto seconds = ingestBoth(stores, conversationCount, batchSize, [&](int first, int count) {
        return data.conversations(kWorkspace, kConnection, first, count, customerCount);
    });
    phaseDone("ingest_conversations");
    line({{u"bench"_qs, u"ingest_conversations"_qs},
          {u"rows"_qs, conversationCount},
          {u"encrypted_rows_per_s"_qs, conversationCount / seconds[Encrypted]},
          {u"plain_rows_per_s"_qs, conversationCount / seconds[Plain]},
          {u"time_ratio"_qs, ratio(seconds[Encrypted], seconds[Plain])}});
    seconds = ingestBoth(stores, messageCount, batchSize, [&](int first, int count) {
        return data.messages(kWorkspace, kConnection, first, count, conversationCount);
    });
    phaseDone("ingest_messages");
    line({{u"bench"_qs, u"ingest_messages"_qs},
          {u"fts"_qs, true},
          {u"batch"_qs, batchSize},
          {u"rows"_qs, messageCount},
          {u"encrypted_seconds"_qs, seconds[Encrypted]},
          {u"plain_seconds"_qs, seconds[Plain]},
          {u"encrypted_msgs_per_s"_qs, messageCount / seconds[Encrypted]},
          {u"plain_msgs_per_s"_qs, messageCount / seconds[Plain]},
          {u"rate_ratio"_qs, ratio(seconds[Plain], seconds[Encrypted])}, // encrypted rate / plain rate
          {u"encrypted_cpu_seconds"_qs, double(g_ingestCpuNs[Encrypted]) / 1e9},
          {u"plain_cpu_seconds"_qs, double(g_ingestCpuNs[Plain]) / 1e9},
          {u"encrypted_msgs_per_cpu_s"_qs, ratio(messageCount * 1e9, double(g_ingestCpuNs[Encrypted]))},
          {u"plain_msgs_per_cpu_s"_qs, ratio(messageCount * 1e9, double(g_ingestCpuNs[Plain]))},
          {u"cpu_rate_ratio"_qs, ratio(double(g_ingestCpuNs[Plain]), double(g_ingestCpuNs[Encrypted]))}});
    seconds = ingestBoth(stores, orderCount, batchSize, [&](int first, int count) {
        return data.orders(kWorkspace, kConnection, first, count, customerCount);
    });
    phaseDone("ingest_orders");
    line({{u"bench"_qs, u"ingest_orders"_qs},
          {u"rows"_qs, orderCount},
          {u"encrypted_rows_per_s"_qs, orderCount / seconds[Encrypted]},
          {u"plain_rows_per_s"_qs, orderCount / seconds[Plain]},
          {u"time_ratio"_qs, ratio(seconds[Encrypted], seconds[Plain])}});
    for (Store &store : stores) {
        if (auto s = store.writer->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs); !s)
            fail(u"checkpoint"_qs, s.error());
    }

    phaseDone("checkpoint");
    // Search latency on the read-only connections, query by query alternating.
    {
        bench::SyntheticData queries(seed + 1);
        std::array<QList<double>, 2> latencies;
        std::array<QList<double>, 2> cpuLatencies;
        std::array<qint64, 2> hits{0, 0};
        for (int i = 0; i < queryCount; ++i) {
            SearchQuery query;
            query.text = queries.searchQuery();
            query.limit = 20;
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + i) % 2)];
                if (!g_active[side])
                    continue;
                QElapsedTimer timer;
                const qint64 cpu = threadCpuNs();
                timer.start();
                auto page = SearchIndex::search(*stores[side].reader, query);
                latencies[side].append(double(timer.nsecsElapsed()) / 1e6);
                cpuLatencies[side].append(double(threadCpuNs() - cpu) / 1e6);
                if (!page)
                    fail(u"search"_qs, page.error());
                hits[side] += page->hits.size();
            }
        }
        phaseDone("search");
        if (g_active[Encrypted] && g_active[Plain] && hits[Encrypted] != hits[Plain])
            fail(u"search"_qs, sd::Error{u"bench"_qs, 0, u"the two stores found different hits"_qs});
        const double p50e = percentile(latencies[Encrypted], 0.50), p50p = percentile(latencies[Plain], 0.50);
        const double p95e = percentile(latencies[Encrypted], 0.95), p95p = percentile(latencies[Plain], 0.95);
        line({{u"bench"_qs, u"search"_qs},
              {u"queries"_qs, queryCount},
              {u"limit"_qs, 20},
              {u"mean_hits"_qs, double(hits[Plain]) / queryCount},
              {u"encrypted_p50_ms"_qs, p50e},
              {u"encrypted_p95_ms"_qs, p95e},
              {u"plain_p50_ms"_qs, p50p},
              {u"plain_p95_ms"_qs, p95p},
              {u"p50_ratio"_qs, ratio(p50e, p50p)},
              {u"p95_ratio"_qs, ratio(p95e, p95p)},
              {u"encrypted_cpu_p50_ms"_qs, percentile(cpuLatencies[Encrypted], 0.50)},
              {u"encrypted_cpu_p95_ms"_qs, percentile(cpuLatencies[Encrypted], 0.95)},
              {u"plain_cpu_p50_ms"_qs, percentile(cpuLatencies[Plain], 0.50)},
              {u"plain_cpu_p95_ms"_qs, percentile(cpuLatencies[Plain], 0.95)}});
    }

    // The mixed workload: rounds of the same operations on both stores (same seed per round), alternating
    // which store goes first; best round per side.
    {
        MixedWorkload work{seed + 2, conversationCount, 0, messageCount};
        std::array<qint64, 2> best{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
        std::array<qint64, 2> bestCpu = best;
        QList<double> roundRatios;
        crypto::PageCacheCounters spent; // pages the encrypted side decrypted / served from the page cache
        for (int round = 0; round < rounds; ++round) {
            work.seed = seed + 2 + quint32(round);
            std::array<qint64, 2> ns{0, 0};
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + round) % 2)];
                if (!g_active[side])
                    continue;
                bench::SyntheticData words(work.seed);
                const crypto::PageCacheCounters start = crypto::pageCacheCounters();
                const qint64 cpu = threadCpuNs();
                ns[side] = runMixed(stores[side], words, work, mixedOps, messageCount + round * mixedOps * 20);
                bestCpu[side] = std::min(bestCpu[side], threadCpuNs() - cpu);
                if (side == Encrypted) {
                    const crypto::PageCacheCounters end = crypto::pageCacheCounters();
                    spent.opened += end.opened - start.opened;
                    spent.sealed += end.sealed - start.sealed;
                    spent.hits += end.hits - start.hits;
                }
                best[side] = std::min(best[side], ns[side]);
            }
            roundRatios.append(ratio(double(ns[Encrypted]), double(ns[Plain])));
        }
        phaseDone("mixed");
        for (const Side side : kSides) {
            if (!g_active[side])
                best[side] = bestCpu[side] = 0; // --side: that store did not run
        }
        line({{u"bench"_qs, u"mixed"_qs},
              {u"operations"_qs, mixedOps},
              {u"rounds"_qs, rounds},
              {u"encrypted_best_ms"_qs, double(best[Encrypted]) / 1e6},
              {u"plain_best_ms"_qs, double(best[Plain]) / 1e6},
              {u"time_ratio"_qs, ratio(double(best[Encrypted]), double(best[Plain]))},
              {u"median_round_ratio"_qs, percentile(roundRatios, 0.5)},
              {u"encrypted_best_cpu_ms"_qs, double(bestCpu[Encrypted]) / 1e6},
              {u"plain_best_cpu_ms"_qs, double(bestCpu[Plain]) / 1e6},
              {u"cpu_ratio"_qs, ratio(double(bestCpu[Encrypted]), double(bestCpu[Plain]))},
              {u"encrypted_pages_decrypted_per_op"_qs, double(spent.opened) / (double(mixedOps) * rounds)},
              {u"encrypted_pages_from_cache_per_op"_qs, double(spent.hits) / (double(mixedOps) * rounds)},
              {u"encrypted_pages_sealed_per_op"_qs, double(spent.sealed) / (double(mixedOps) * rounds)}});
    }

    // Open time of the full profile: close everything (checkpointed), then open as the app does (writer with
    // migration check, one reader) and run a first search; best of the rounds. The encrypted profile is also
    // opened through LocalStore::open (writer thread included).
    std::array<double, 2> fileBytes{0, 0};
    for (Store &store : stores) {
        if (auto s = store.writer->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs); !s)
            fail(u"checkpoint"_qs, s.error());
        store.reader.reset();
        store.writer.reset();
    }
    for (const Side side : kSides)
        fileBytes[side] = double(filesBytes(stores[side].path));
    {
        std::array<double, 2> best{1e300, 1e300};
        double bestLocalStore = 1e300;
        SearchQuery first;
        first.text = u"kargo"_qs;
        for (int round = 0; round < rounds; ++round) {
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + round) % 2)];
                if (!g_active[side])
                    continue;
                QElapsedTimer timer;
                timer.start();
                openStore(stores[side]);
                if (auto page = SearchIndex::search(*stores[side].reader, first); !page)
                    fail(u"search"_qs, page.error());
                best[side] = std::min(best[side], double(timer.nsecsElapsed()) / 1e6);
                stores[side].reader.reset();
                stores[side].writer.reset();
            }
            ProfileInfo profile;
            profile.id = u"bench"_qs;
            profile.path = stores[Encrypted].dir;
            QElapsedTimer timer;
            timer.start();
            auto local = LocalStore::open(profile, SecureKey::fromBytes(key.bytes()));
            if (!local)
                fail(u"LocalStore::open"_qs, local.error());
            if (auto page = (*local)->search(first); !page)
                fail(u"search"_qs, page.error());
            bestLocalStore = std::min(bestLocalStore, double(timer.nsecsElapsed()) / 1e6);
        }
        line({{u"bench"_qs, u"open_and_first_search"_qs},
              {u"rounds"_qs, rounds},
              {u"encrypted_ms"_qs, best[Encrypted]},
              {u"plain_ms"_qs, best[Plain]},
              {u"time_ratio"_qs, ratio(best[Encrypted], best[Plain])},
              {u"localstore_open_ms"_qs, bestLocalStore},
              {u"encrypted_bytes"_qs, fileBytes[Encrypted]},
              {u"plain_bytes"_qs, fileBytes[Plain]}});
    }

    // The open as the app does it, in fresh processes: LocalStore::open + the first inbox page (the OS file cache
    // is warm; this measures our work, not the disk).
    {
        QList<double> totals;
        QJsonObject bestRun;
        QByteArray hex = QByteArray(reinterpret_cast<const char *>(key.bytes().data()), qsizetype(key.bytes().size()))
                             .toHex();
        for (int run = 0; run < openRuns; ++run) {
            QProcess child;
            QStringList args{u"--measure-open"_qs, stores[Encrypted].dir};
            if (parser.isSet(pageCacheOption))
                args << u"--page-cache-kib"_qs << parser.value(pageCacheOption);
            child.start(QCoreApplication::applicationFilePath(), args);
            if (!child.waitForStarted())
                fail(u"measure-open"_qs, sd::Error{u"bench"_qs, 0, child.errorString()});
            child.write(hex + '\n');
            child.closeWriteChannel();
            child.waitForFinished(-1);
            const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
            if (child.exitCode() != 0 || result.isEmpty())
                fail(u"measure-open"_qs, sd::Error{u"bench"_qs, 0, QString::fromLocal8Bit(child.readAllStandardError())});
            const double total = result.value(u"open_and_inbox_ms"_qs).toDouble();
            if (totals.isEmpty() || total < *std::min_element(totals.cbegin(), totals.cend()))
                bestRun = result;
            totals.append(total);
        }
        OPENSSL_cleanse(hex.data(), size_t(hex.size()));
        bestRun.insert(u"runs"_qs, openRuns);
        bestRun.insert(u"median_open_and_inbox_ms"_qs, percentile(totals, 0.5));
        bestRun.insert(u"encrypted_bytes"_qs, fileBytes[Encrypted]);
        bestRun.insert(u"note"_qs, u"best of the runs; warm OS file cache"_qs);
        line(bestRun);
    }

    line({{u"bench"_qs, u"memory"_qs},
          {u"peak_rss_kb"_qs, statusKb("VmHWM:")},
          {u"note"_qs, u"one process holds both stores (two writer and two reader connections)"_qs}});
    return 0;
}
