// Store benchmark: ingest rate with the search index, idempotent re-ingest, search latency, open time and peak
// memory, printed as JSON lines. Not part of the default test run (ctest -C Bench -L bench).
//
//   bench_store [--messages N] [--seed S] [--dir PATH] [--vfs NAME] [--queries Q]
#include "common/logging.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/migrator.h"
#include "store/searchindex.h"
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
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sd;
using namespace sd::store;

namespace {

const QString kWorkspace = u"bench-workspace"_qs;
const QString kConnection = u"bench-connection"_qs;
constexpr int kBatch = 1000;

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const sd::Error &error)
{
    std::fprintf(stderr, "bench_store: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Ingests batches produced by make(first, count), one transaction each; returns the seconds spent in ingest
// (generating the data is not timed).
template<typename Make>
double ingestAll(Database &db, int total, Make &&make, IngestStats *sum = nullptr)
{
    qint64 nanoseconds = 0;
    for (int first = 0; first < total; first += kBatch) {
        const IngestBatch batch = make(first, std::min(kBatch, total - first));
        QElapsedTimer timer;
        timer.start();
        auto tx = Transaction::begin(db);
        if (!tx)
            fail(u"begin"_qs, tx.error());
        auto stats = Ingestor::upsert(*tx, batch);
        if (!stats)
            fail(u"ingest "_qs + batch.table, stats.error());
        if (auto s = tx->commit(); !s)
            fail(u"commit"_qs, s.error());
        nanoseconds += timer.nsecsElapsed();
        if (sum) {
            sum->inserted += stats->inserted;
            sum->updated += stats->updated;
            sum->unchanged += stats->unchanged;
        }
    }
    return double(nanoseconds) / 1e9;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    sd::logging::applyDefaultRules(false);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_qs, u"Messages to ingest."_qs, u"n"_qs, u"100000"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, u"Random seed."_qs, u"seed"_qs, u"42"_qs);
    const QCommandLineOption dirOption(u"dir"_qs, u"Folder for the database (default: a temporary one)."_qs, u"path"_qs);
    const QCommandLineOption vfsOption(u"vfs"_qs, u"SQLite VFS to open the database with."_qs, u"name"_qs);
    const QCommandLineOption queriesOption(u"queries"_qs, u"Search queries to time."_qs, u"n"_qs, u"500"_qs);
    const QCommandLineOption noFtsOption(u"no-fts"_qs, u"Baseline: do not index messages for search."_qs);
    parser.addOptions({messagesOption, seedOption, dirOption, vfsOption, queriesOption, noFtsOption});
    parser.process(app);

    const int messageCount = std::max(1, parser.value(messagesOption).toInt());
    const int conversationCount = std::max(1, messageCount / 10);
    const int orderCount = std::max(1, messageCount / 5);
    const auto seed = parser.value(seedOption).toUInt();
    const int queryCount = std::max(1, parser.value(queriesOption).toInt());

    QTemporaryDir tempDir;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"bench-store.db"_qs);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));

    OpenOptions options;
    options.vfsName = parser.value(vfsOption);
    QJsonObject common{{u"vfs"_qs, options.vfsName.isEmpty() ? u"default"_qs : options.vfsName},
                       {u"seed"_qs, qint64(seed)},
                       {u"batch"_qs, kBatch}};
    auto line = [&common](QJsonObject object) {
        for (auto it = common.constBegin(); it != common.constEnd(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };

    {
        auto db = Database::open(path, options);
        if (!db)
            fail(u"open"_qs, db.error());
        if (auto s = Migrator::migrate(**db); !s)
            fail(u"migrate"_qs, s.error());
        const QString seedSql = u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs % kWorkspace
                                % u"', 'Bench', 1, 1); INSERT INTO connections(id, workspace_id, platform,"
                                  u" display_name, created_at, updated_at) VALUES ('"
                                % kConnection % u"', '" % kWorkspace % u"', 'instagram', 'Bench', 1, 1);";
        if (auto s = (*db)->exec(seedSql); !s)
            fail(u"seed"_qs, s.error());
        if (parser.isSet(noFtsOption)) {
            if (auto s = (*db)->exec(u"DROP TRIGGER messages_search_insert"_qs); !s)
                fail(u"drop trigger"_qs, s.error());
        }

        bench::SyntheticData data(seed);
        double seconds = ingestAll(**db, conversationCount, [&](int first, int count) {
            return data.conversations(kWorkspace, kConnection, first, count);
        });
        line({{u"bench"_qs, u"ingest_conversations"_qs},
              {u"rows"_qs, conversationCount},
              {u"seconds"_qs, seconds},
              {u"rows_per_s"_qs, conversationCount / seconds}});

        seconds = ingestAll(**db, messageCount, [&](int first, int count) {
            return data.messages(kWorkspace, kConnection, first, count, conversationCount);
        });
        line({{u"bench"_qs, u"ingest_messages"_qs},
              {u"fts"_qs, !parser.isSet(noFtsOption)},
              {u"rows"_qs, messageCount},
              {u"seconds"_qs, seconds},
              {u"rows_per_s"_qs, messageCount / seconds}});

        // The same pages again, from the same seed: every record is unchanged.
        bench::SyntheticData again(seed);
        (void)again.conversations(kWorkspace, kConnection, 0, 0);
        for (int first = 0; first < conversationCount; first += kBatch)
            (void)again.conversations(kWorkspace, kConnection, first, std::min(kBatch, conversationCount - first));
        IngestStats sum;
        seconds = ingestAll(
            **db, messageCount,
            [&](int first, int count) { return again.messages(kWorkspace, kConnection, first, count, conversationCount); },
            &sum);
        line({{u"bench"_qs, u"reingest_messages"_qs},
              {u"rows"_qs, messageCount},
              {u"unchanged"_qs, sum.unchanged},
              {u"updated"_qs, sum.updated},
              {u"seconds"_qs, seconds},
              {u"rows_per_s"_qs, messageCount / seconds}});

        seconds = ingestAll(**db, orderCount, [&](int first, int count) {
            return data.orders(kWorkspace, kConnection, first, count);
        });
        line({{u"bench"_qs, u"ingest_orders"_qs},
              {u"fts"_qs, true},
              {u"rows"_qs, orderCount},
              {u"seconds"_qs, seconds},
              {u"rows_per_s"_qs, orderCount / seconds}});
        if (auto s = (*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs); !s)
            fail(u"checkpoint"_qs, s.error());
    }

    // Cold-ish open (the OS cache is warm): open, check the schema version, run one query.
    QElapsedTimer openTimer;
    openTimer.start();
    OpenOptions readOptions = options;
    readOptions.mode = OpenOptions::Mode::ReadOnly;
    auto reader = Database::open(path, readOptions);
    if (!reader)
        fail(u"open reader"_qs, reader.error());
    auto version = (*reader)->userVersion();
    if (!version || *version != Migrator::latestVersion())
        fail(u"schema version"_qs, sd::Error{u"bench"_qs, 0, u"unexpected schema version"_qs});
    SearchQuery first;
    first.text = u"kargo"_qs;
    if (auto page = SearchIndex::search(**reader, first); !page)
        fail(u"search"_qs, page.error());
    line({{u"bench"_qs, u"open_and_first_search"_qs},
          {u"messages"_qs, messageCount},
          {u"ms"_qs, double(openTimer.nsecsElapsed()) / 1e6}});

    bench::SyntheticData queries(seed + 1);
    QList<double> latencies;
    latencies.reserve(queryCount);
    qint64 hits = 0;
    for (int i = 0; i < queryCount; ++i) {
        SearchQuery query;
        query.text = queries.searchQuery();
        query.limit = 20;
        QElapsedTimer timer;
        timer.start();
        auto page = SearchIndex::search(**reader, query);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
        if (!page)
            fail(u"search"_qs, page.error());
        hits += page->hits.size();
    }
    line({{u"bench"_qs, u"search"_qs},
          {u"messages"_qs, messageCount},
          {u"queries"_qs, queryCount},
          {u"limit"_qs, 20},
          {u"mean_hits"_qs, double(hits) / queryCount},
          {u"p50_ms"_qs, percentile(latencies, 0.50)},
          {u"p95_ms"_qs, percentile(latencies, 0.95)},
          {u"p99_ms"_qs, percentile(latencies, 0.99)}});

    line({{u"bench"_qs, u"memory"_qs},
          {u"peak_rss_kb"_qs, peakRssKb()},
          {u"db_bytes"_qs, QFileInfo(path).size()}});
    return 0;
}
