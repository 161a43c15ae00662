// SQLCipher for comparison with bench_localstore: the same generated messages, ingested and queried through
// libsqlcipher keyed (encrypted) and unkeyed (plain, the same library) in one run, interleaved; the ratios are
// encrypted/plain. Linked against libsqlcipher only, never with the system SQLite (the two export the same
// symbols), so it cannot use sd::store: it repeats the messages table, its indexes and foreign keys, the batched
// search indexing and the mixed workload's shape with the raw C API.
//
// Differences that matter when reading the figures: Debian's SQLCipher 3.4.1 is SQLite 3.15.2 built without FTS5,
// so the index is FTS4 (unicode61 with diacritics removed, prefixes 2 and 3; no Turkish dotless-i folding, no
// bm25); SQLCipher 3 encrypts with AES-256-CBC + HMAC-SHA1 per page (we use AES-256-GCM); no content hash per
// record. Page size 4096 on both sides (cipher_page_size), a raw key (no KDF), WAL, synchronous=NORMAL.
//
//   bench_sqlcipher [--messages N] [--seed S] [--queries Q] [--mixed-ops K] [--rounds R] [--dir PATH] [--quick]
#include "syntheticdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>

using namespace sd;

namespace {

const QString kWorkspace = u"bench-workspace"_qs;
const QString kConnection = u"bench-connection"_qs;
constexpr int kBatch = 1000;
constexpr qint64 kNow = 1'800'000'000'000;

enum Side { Encrypted = 0, Plain = 1 };
constexpr std::array<Side, 2> kSides{Encrypted, Plain};

const char *const kSchema = R"sql(
CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE connections (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id));
CREATE TABLE conversations (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id TEXT, subject TEXT, status TEXT NOT NULL, last_message_at INTEGER,
    updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (connection_id, external_id));
CREATE INDEX conversations_inbox ON conversations(workspace_id, status, last_message_at);
CREATE TABLE messages (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id TEXT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')), sender_name TEXT,
    body TEXT NOT NULL DEFAULT '', sent_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'received', content_hash BLOB, version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id));
CREATE INDEX messages_conversation_time ON messages(conversation_id, sent_at);
CREATE VIRTUAL TABLE search_fts USING fts4(text, aux, tokenize=unicode61 "remove_diacritics=1", prefix="2,3");
CREATE TRIGGER messages_search_update AFTER UPDATE OF body ON messages WHEN old.body IS NOT new.body
BEGIN
    DELETE FROM search_fts WHERE docid = old.seq * 8 + 1;
    INSERT INTO search_fts(docid, text, aux) SELECT new.seq * 8 + 1, new.body, '' WHERE new.deleted = 0;
END;
)sql";

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "bench_sqlcipher: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, sql);
}

// A prepared statement, finalized with its owner.
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(db, sql);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &text(int i, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &int64(int i, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, i, value);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(m_db, sqlite3_sql(m_stmt));
        return false;
    }
    void run()
    {
        while (step()) { }
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    QString column(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                 sqlite3_column_bytes(m_stmt, i));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

struct Store
{
    QString path;
    QByteArray keyPragma; // empty: plain
    sqlite3 *writer = nullptr;
    sqlite3 *reader = nullptr;
};

sqlite3 *openConnection(const Store &store, bool readOnly)
{
    sqlite3 *db = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(store.path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        fail(db, "open");
    if (!store.keyPragma.isEmpty()) {
        exec(db, store.keyPragma.constData());
        exec(db, "PRAGMA cipher_page_size = 4096;");
    }
    exec(db, "PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;"
             " PRAGMA cache_size = -32768;");
    if (!readOnly)
        exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8000;");
    exec(db, "SELECT count(*) FROM sqlite_master;"); // reads page 1: a wrong key fails here
    return db;
}

void closeStore(Store &store)
{
    sqlite3_close(store.reader);
    sqlite3_close(store.writer);
    store.reader = store.writer = nullptr;
}

void openStore(Store &store)
{
    store.writer = openConnection(store, false);
    store.reader = openConnection(store, true);
}

// The Ingestor's work for a page of messages: look each record up by (connection, external id), resolve its
// conversation, insert it; then index the page's new rows with one statement (as sd::store::Ingestor does).
qint64 ingestMessages(sqlite3 *db, const store::IngestBatch &batch)
{
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");
    Stmt last(db, "SELECT coalesce(max(seq), 0) FROM messages");
    last.step();
    const qint64 lastSeq = last.columnInt(0);
    last.reset();
    Stmt lookup(db, "SELECT id FROM messages WHERE connection_id = ?1 AND external_id = ?2");
    Stmt conversation(db, "SELECT id FROM conversations WHERE connection_id = ?1 AND external_id = ?2");
    Stmt insert(db, "INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, direction,"
                    " sender_name, body, sent_at, status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    QHash<QString, QString> conversations;
    for (const store::IngestRecord &record : batch.records) {
        lookup.text(1, kConnection).text(2, record.externalId);
        const bool exists = lookup.step();
        lookup.reset();
        if (exists)
            continue;
        const QString ref = record.fields.value(u"conversation_id"_qs).value<store::ExternalRef>().externalId;
        QString conversationId = conversations.value(ref);
        if (conversationId.isEmpty()) {
            conversation.text(1, kConnection).text(2, ref);
            if (!conversation.step())
                fail(db, "unknown conversation");
            conversationId = conversation.column(0);
            conversation.reset();
            conversations.insert(ref, conversationId);
        }
        insert.text(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .text(2, kWorkspace)
            .text(3, kConnection)
            .text(4, record.externalId)
            .text(5, conversationId)
            .text(6, record.fields.value(u"direction"_qs).toString())
            .text(7, record.fields.value(u"sender_name"_qs).toString())
            .text(8, record.fields.value(u"body"_qs).toString())
            .int64(9, record.fields.value(u"sent_at"_qs).toLongLong())
            .text(10, record.fields.value(u"status"_qs).toString())
            .int64(11, kNow)
            .run();
    }
    Stmt index(db, "INSERT INTO search_fts(docid, text, aux) SELECT seq * 8 + 1, body, '' FROM messages"
                   " WHERE seq > ?1 AND deleted = 0");
    index.int64(1, lastSeq).run();
    exec(db, "COMMIT");
    return timer.nsecsElapsed();
}

qint64 ingestConversations(sqlite3 *db, const store::IngestBatch &batch)
{
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");
    Stmt insert(db, "INSERT INTO conversations(id, workspace_id, connection_id, external_id, subject, status,"
                    " last_message_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const store::IngestRecord &record : batch.records) {
        insert.text(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .text(2, kWorkspace)
            .text(3, kConnection)
            .text(4, record.externalId)
            .text(5, record.fields.value(u"subject"_qs).toString())
            .text(6, record.fields.value(u"status"_qs).toString())
            .int64(7, record.fields.value(u"last_message_at"_qs).toLongLong())
            .int64(8, kNow)
            .run();
    }
    exec(db, "COMMIT");
    return timer.nsecsElapsed();
}

// "Çanta" -> "canta*" "ist" -> "ist*": words folded by unicode61's rules are matched as prefixes.
QByteArray matchExpression(const QString &query)
{
    QStringList words;
    for (const QString &word : query.split(u' ', Qt::SkipEmptyParts))
        words << u'"' + word.toLower() + u"\"*"_qs;
    return words.join(u' ').toUtf8();
}

int search(sqlite3 *db, const QString &query)
{
    Stmt stmt(db, "SELECT docid, snippet(search_fts) FROM search_fts WHERE search_fts MATCH ?1 LIMIT 20");
    const QByteArray match = matchExpression(query);
    stmt.text(1, QString::fromUtf8(match));
    int hits = 0;
    while (stmt.step())
        ++hits;
    return hits;
}

// The mixed workload of bench_localstore, same proportions: 40% open a conversation, 20% search, 15% inbox
// page, 15% a sync page of 20 new messages, 10% a message edit.
qint64 runMixed(Store &store, quint32 seed, int operations, int conversations, int messages, int firstNew)
{
    QRandomGenerator random(seed);
    bench::SyntheticData data(seed);
    int nextNew = firstNew;
    QElapsedTimer timer;
    timer.start();
    Stmt conversation(store.reader, "SELECT id, subject, status FROM conversations WHERE connection_id = ?1 AND external_id = ?2");
    Stmt list(store.reader, "SELECT id, direction, sender_name, body, sent_at, status FROM messages"
                            " WHERE conversation_id = ?1 AND deleted = 0 ORDER BY sent_at DESC LIMIT 50");
    Stmt inbox(store.reader, "SELECT id, subject, last_message_at FROM conversations WHERE workspace_id = ?1"
                             " AND deleted = 0 AND status = 'open' ORDER BY last_message_at DESC LIMIT 50 OFFSET ?2");
    Stmt edit(store.writer, "UPDATE messages SET body = ?1, updated_at = ?2 WHERE connection_id = ?3 AND external_id = ?4");
    for (int op = 0; op < operations; ++op) {
        const quint32 kind = random.bounded(100u);
        if (kind < 40) {
            conversation.text(1, kConnection).text(2, u"conv-%1"_qs.arg(random.bounded(quint32(conversations))));
            if (!conversation.step())
                fail(store.reader, "conversation");
            const QString id = conversation.column(0);
            conversation.reset();
            list.text(1, id);
            while (list.step())
                (void)list.column(3);
            list.reset();
        } else if (kind < 60) {
            (void)search(store.reader, data.searchQuery());
        } else if (kind < 75) {
            inbox.text(1, kWorkspace).int64(2, qint64(random.bounded(20u) * 50));
            while (inbox.step()) { }
            inbox.reset();
        } else if (kind < 90) {
            (void)ingestMessages(store.writer, data.messages(kWorkspace, kConnection, nextNew, 20, conversations));
            nextNew += 20;
        } else {
            exec(store.writer, "BEGIN IMMEDIATE");
            edit.text(1, data.messageText())
                .int64(2, kNow + 1)
                .text(3, kConnection)
                .text(4, u"msg-%1"_qs.arg(random.bounded(quint32(messages))))
                .run();
            exec(store.writer, "COMMIT");
        }
    }
    return timer.nsecsElapsed();
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SQLCipher keyed vs unkeyed, the workload of bench_localstore (JSON lines)."_qs);
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_qs, u"Messages to ingest (default 100000)."_qs, u"n"_qs,
                                            u"100000"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, u"Random seed (default 42)."_qs, u"seed"_qs, u"42"_qs);
    const QCommandLineOption queriesOption(u"queries"_qs, u"Search queries per store (default 500)."_qs, u"n"_qs,
                                           u"500"_qs);
    const QCommandLineOption mixedOption(u"mixed-ops"_qs, u"Operations per mixed round (default 2000)."_qs, u"n"_qs,
                                         u"2000"_qs);
    const QCommandLineOption roundsOption(u"rounds"_qs, u"Mixed and open rounds (default 5)."_qs, u"n"_qs, u"5"_qs);
    const QCommandLineOption dirOption(u"dir"_qs, u"Folder for the two databases (default: a temporary one)."_qs,
                                       u"path"_qs);
    const QCommandLineOption quickOption(u"quick"_qs, u"Small sizes (smoke test)."_qs);
    parser.addOptions({messagesOption, seedOption, queriesOption, mixedOption, roundsOption, dirOption, quickOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    auto option = [&](const QCommandLineOption &o, int quickValue) {
        return std::max(1, quick && !parser.isSet(o) ? quickValue : parser.value(o).toInt());
    };
    const int messageCount = option(messagesOption, 3000);
    const int queryCount = option(queriesOption, 20);
    const int mixedOps = option(mixedOption, 100);
    const int rounds = option(roundsOption, 1);
    const int conversationCount = std::max(1, messageCount / 10);
    const auto seed = parser.value(seedOption).toUInt();

    QTemporaryDir tempDir;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);

    std::array<Store, 2> stores;
    for (const Side side : kSides) {
        Store &store = stores[side];
        QDir().mkpath(root);
        store.path = QDir(root).filePath(side == Encrypted ? u"sqlcipher-encrypted.db"_qs : u"sqlcipher-plain.db"_qs);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(store.path + QString::fromLatin1(suffix));
        if (side == Encrypted)
            store.keyPragma = "PRAGMA key = \"x'" + key.toHex() + "'\";";
        store.writer = openConnection(store, false);
        exec(store.writer, kSchema);
        exec(store.writer, "INSERT INTO workspaces VALUES ('bench-workspace', 'Bench');"
                           " INSERT INTO connections VALUES ('bench-connection', 'bench-workspace');");
        store.reader = openConnection(store, true);
    }

    const QJsonObject common{{u"library"_qs, QString::fromLatin1(sqlite3_libversion())},
                             {u"seed"_qs, qint64(seed)},
                             {u"messages"_qs, messageCount},
                             {u"quick"_qs, quick}};
    auto line = [&common](QJsonObject object) {
        for (auto it = common.constBegin(); it != common.constEnd(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };

    bench::SyntheticData data(seed);
    for (int first = 0; first < conversationCount; first += kBatch) {
        const auto batch = data.conversations(kWorkspace, kConnection, first, std::min(kBatch, conversationCount - first));
        for (const Side side : kSides)
            (void)ingestConversations(stores[side].writer, batch);
    }
    std::array<qint64, 2> ns{0, 0};
    for (int first = 0, round = 0; first < messageCount; first += kBatch, ++round) {
        const auto batch = data.messages(kWorkspace, kConnection, first, std::min(kBatch, messageCount - first),
                                         conversationCount);
        for (int k = 0; k < 2; ++k) {
            const Side side = kSides[size_t((k + round) % 2)];
            ns[side] += ingestMessages(stores[side].writer, batch);
        }
    }
    line({{u"bench"_qs, u"sqlcipher_ingest_messages"_qs},
          {u"fts"_qs, u"fts4"_qs},
          {u"batch"_qs, kBatch},
          {u"encrypted_msgs_per_s"_qs, messageCount / (double(ns[Encrypted]) / 1e9)},
          {u"plain_msgs_per_s"_qs, messageCount / (double(ns[Plain]) / 1e9)},
          {u"rate_ratio"_qs, ratio(double(ns[Plain]), double(ns[Encrypted]))}});

    {
        bench::SyntheticData queries(seed + 1);
        std::array<QList<double>, 2> latencies;
        qint64 hits = 0;
        for (int i = 0; i < queryCount; ++i) {
            const QString query = queries.searchQuery();
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + i) % 2)];
                QElapsedTimer timer;
                timer.start();
                hits += search(stores[side].reader, query);
                latencies[side].append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        const double p50e = percentile(latencies[Encrypted], 0.5), p50p = percentile(latencies[Plain], 0.5);
        const double p95e = percentile(latencies[Encrypted], 0.95), p95p = percentile(latencies[Plain], 0.95);
        line({{u"bench"_qs, u"sqlcipher_search"_qs},
              {u"queries"_qs, queryCount},
              {u"mean_hits"_qs, double(hits) / (2.0 * queryCount)},
              {u"encrypted_p50_ms"_qs, p50e},
              {u"encrypted_p95_ms"_qs, p95e},
              {u"plain_p50_ms"_qs, p50p},
              {u"plain_p95_ms"_qs, p95p},
              {u"p95_ratio"_qs, ratio(p95e, p95p)}});
    }

    {
        std::array<qint64, 2> best{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
        QList<double> roundRatios;
        for (int round = 0; round < rounds; ++round) {
            std::array<qint64, 2> t{0, 0};
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + round) % 2)];
                t[side] = runMixed(stores[side], seed + 2 + quint32(round), mixedOps, conversationCount, messageCount,
                                   messageCount + round * mixedOps * 20);
                best[side] = std::min(best[side], t[side]);
            }
            roundRatios.append(ratio(double(t[Encrypted]), double(t[Plain])));
        }
        line({{u"bench"_qs, u"sqlcipher_mixed"_qs},
              {u"operations"_qs, mixedOps},
              {u"rounds"_qs, rounds},
              {u"encrypted_best_ms"_qs, double(best[Encrypted]) / 1e6},
              {u"plain_best_ms"_qs, double(best[Plain]) / 1e6},
              {u"time_ratio"_qs, ratio(double(best[Encrypted]), double(best[Plain]))},
              {u"median_round_ratio"_qs, percentile(roundRatios, 0.5)}});
    }

    for (Store &store : stores) {
        exec(store.writer, "PRAGMA wal_checkpoint(TRUNCATE);");
        closeStore(store);
    }
    {
        std::array<double, 2> best{1e300, 1e300};
        for (int round = 0; round < rounds; ++round) {
            for (int k = 0; k < 2; ++k) {
                const Side side = kSides[size_t((k + round) % 2)];
                QElapsedTimer timer;
                timer.start();
                openStore(stores[side]);
                (void)search(stores[side].reader, u"kargo"_qs);
                best[side] = std::min(best[side], double(timer.nsecsElapsed()) / 1e6);
                closeStore(stores[side]);
            }
        }
        line({{u"bench"_qs, u"sqlcipher_open_and_first_search"_qs},
              {u"encrypted_ms"_qs, best[Encrypted]},
              {u"plain_ms"_qs, best[Plain]},
              {u"time_ratio"_qs, ratio(best[Encrypted], best[Plain])}});
    }
    return 0;
}
