// bench_inbox: the Inbox view over an encrypted cache. (1) The conversation list at 100 000 conversations: the
// model's first page, scrolling through every row (lazy pages), the unread and channel filters, each next to a
// baseline in the same run — the same rows read with one plain SELECT on a second connection — and the query plan
// of the list query (it must walk conversations_inbox_activity, not sort). (2) Opening a conversation of 5 000
// messages: ThreadModel's load, and the whole switch in the real InboxView (model + rendering of the thread),
// against a baseline that only reads the messages and their attachments.
// Prints JSON lines. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
//
//   bench_inbox [--conversations N] [--messages M] [--seed S] [--quick]
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxquery.h"
#include "inbox/inboxview.h"
#include "inbox/threadmodel.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/securekey.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>

#include <cstdio>

using namespace sd;
using namespace sd::store;

namespace {

const QString kWorkspace = u"bench-workspace"_qs;
const QString kConnection = u"bench-meta"_qs;

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "bench_inbox: %s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

template<typename T>
T need(Result<T> r, const QString &what)
{
    if (!r)
        fail(what, r.error().message);
    return std::move(r).value();
}

void need(const Status &s, const QString &what)
{
    if (!s)
        fail(what, s.error().message);
}

const QStringList kNames{u"Ayşe Yılmaz"_qs, u"Mehmet Öztürk"_qs, u"İbrahim Çelik"_qs, u"Zeynep Kaya"_qs, u"Emma Schulz"_qs,
    u"Ömer Şahin"_qs, u"Gülşen Demir"_qs, u"Lukas Weber"_qs, u"Işıl Arslan"_qs, u"Can Doğan"_qs};
const QStringList kTexts{u"Merhaba, siparişim ne zaman kargoya verilir?"_qs, u"Bu elbisenin M bedeni var mı?"_qs,
    u"Teşekkürler, ürün elime ulaştı 😊"_qs, u"Is shipping to Germany possible?"_qs,
    u"İade nasıl yapabilirim? Ürün büyük geldi."_qs, u"Kargo takip numarası: https://kargo.example/takip/12345"_qs};

// n conversations (the list) and one of `messages` messages (the thread), written in one transaction each.
QString fill(Database &db, int conversations, int messages, quint32 seed)
{
    QRandomGenerator random(seed);
    need(db.exec(u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('"_qs % kWorkspace
                 % u"', 'Bench', 1, 1); INSERT INTO connections(id, workspace_id, platform, display_name,"
                   u" created_at, updated_at) VALUES ('" % kConnection % u"', '" % kWorkspace
                 % u"', 'messenger', 'Demo Butik', 1, 1);"),
         u"seed"_qs);
    const qint64 now = 1795424400000LL;
    {
        auto tx = need(Transaction::begin(db), u"begin"_qs);
        auto st = need(db.prepare(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, channel,"
                                  u" participant_name, participant_external_id, participant_picture_url, unread_count,"
                                  u" last_message_at, last_message_preview, last_inbound_at, created_at, updated_at)"
                                  u" VALUES (?1, ?2, ?3, ?1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, 1, 1)"),
                       u"prepare"_qs);
        for (int i = 0; i < conversations; ++i) {
            st.reset();
            const qint64 at = now - qint64(random.bounded(365 * 24 * 3600)) * 1000;
            need(st.bindAll(u"conv-%1"_qs.arg(i), kWorkspace, kConnection,
                            i % 3 == 0 ? u"instagram"_qs : u"messenger"_qs, kNames.at(i % kNames.size()),
                            u"psid-%1"_qs.arg(i), u"https://scontent.example/p/%1.jpg"_qs.arg(i),
                            qint64(random.bounded(10) == 0 ? 1 + random.bounded(5) : 0), at,
                            kTexts.at(random.bounded(int(kTexts.size())))),
                 u"bind"_qs);
            need(st.exec(), u"insert conversation"_qs);
        }
        need(tx.commit(), u"commit"_qs);
    }
    const QString big = u"conv-big"_qs;
    {
        auto tx = need(Transaction::begin(db), u"begin"_qs);
        need(db.exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, channel,"
                     u" participant_name, unread_count, last_message_at, last_message_preview, last_inbound_at,"
                     u" created_at, updated_at) VALUES ('"_qs % big % u"', '" % kWorkspace % u"', '" % kConnection
                     % u"', 'big', 'instagram', 'Uzun Konuşma', 2, " % QString::number(now + 1)
                     % u", 'son mesaj', " % QString::number(now) % u", 1, 1)"),
             u"big conversation"_qs);
        auto msg = need(db.prepare(u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id,"
                                   u" direction, body, sent_at, status, updated_at) VALUES (?1, ?2, ?3, ?1, ?4, ?5, ?6, ?7,"
                                   u" ?8, 1)"),
                        u"prepare"_qs);
        auto att = need(db.prepare(u"INSERT INTO attachments(id, workspace_id, message_id, connection_id, external_id,"
                                   u" kind, mime_type, remote_url, updated_at) VALUES (?1, ?2, ?3, ?4, ?1, 'image',"
                                   u" 'image/jpeg', ?5, 1)"),
                        u"prepare"_qs);
        for (int i = 0; i < messages; ++i) {
            msg.reset();
            const bool out = i % 3 == 2;
            const QString id = u"big-m%1"_qs.arg(i);
            need(msg.bindAll(id, kWorkspace, kConnection, big, out ? u"out"_qs : u"in"_qs,
                             kTexts.at(i % kTexts.size()) + u' ' + QString::number(i),
                             now - qint64(messages - i) * 7 * 60 * 1000, out ? u"sent"_qs : u"received"_qs),
                 u"bind"_qs);
            need(msg.exec(), u"insert message"_qs);
            if (i % 25 == 0) {
                att.reset();
                need(att.bindAll(u"big-a%1"_qs.arg(i), kWorkspace, id, kConnection,
                                 u"https://cdn.example/img/%1.jpg"_qs.arg(i)),
                     u"bind"_qs);
                need(att.exec(), u"insert attachment"_qs);
            }
        }
        need(tx.commit(), u"commit"_qs);
    }
    return big;
}

QString listSql(bool keyset)
{
    return u"SELECT seq, id, ifnull(participant_name, ''), ifnull(last_message_preview, ''), ifnull(last_message_at, 0)"
           u" FROM conversations WHERE deleted = 0"_qs
        + (keyset ? u" AND ifnull(last_message_at, 0) <= ?1 AND (ifnull(last_message_at, 0) < ?1 OR seq < ?2)"_qs : QString())
        + u" ORDER BY ifnull(last_message_at, 0) DESC, seq DESC"_qs;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption convOption(u"conversations"_qs, u"Conversations in the cache."_qs, u"N"_qs, u"100000"_qs);
    const QCommandLineOption msgOption(u"messages"_qs, u"Messages in the opened conversation."_qs, u"M"_qs, u"5000"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, u"Random seed."_qs, u"S"_qs, u"7"_qs);
    const QCommandLineOption quickOption(u"quick"_qs, u"Small sizes (smoke test; times mean nothing)."_qs);
    parser.addOptions({convOption, msgOption, seedOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int conversations = quick && !parser.isSet(convOption) ? 3000 : std::max(10, parser.value(convOption).toInt());
    const int messages = quick && !parser.isSet(msgOption) ? 500 : std::max(10, parser.value(msgOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"cache.db"_qs);
    SecureKey key = SecureKey::random();
    OpenOptions options;
    options.key = key.bytes();
    QElapsedTimer fillTimer;
    fillTimer.start();
    QString big;
    {
        auto db = need(Database::open(path, options), u"open"_qs);
        need(Migrator::migrate(*db), u"migrate"_qs);
        big = fill(*db, conversations, messages, seed);
    }
    const QJsonObject common{{u"conversations"_qs, conversations}, {u"messages"_qs, messages},
                             {u"quick"_qs, quick}, {u"encrypted"_qs, true}};
    auto line = [&common](QJsonObject object) {
        for (auto it = common.begin(); it != common.end(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };
    line({{u"bench"_qs, u"fill"_qs}, {u"ms"_qs, ms(fillTimer)}});

    auto writer = need(StoreWriter::open(path, options, nullptr), u"writer"_qs);
    auto base = need(writer->openReader(), u"reader"_qs);
    auto compare = [&line](const QString &name, double measured, double baseline, QJsonObject extra = {}) {
        extra.insert(u"bench"_qs, name);
        extra.insert(u"ms"_qs, measured);
        extra.insert(u"baseline_ms"_qs, baseline);
        extra.insert(u"ratio"_qs, baseline > 0 ? measured / baseline : 0.0);
        line(extra);
    };

    // The plan of the list query: an index walk, no temporary B-tree for the ORDER BY.
    {
        QString plan;
        const QString sql = u"EXPLAIN QUERY PLAN "_qs + listSql(true) + u" LIMIT 100"_qs;
        auto st = need(base->prepare(sql), u"plan"_qs);
        while (st.step().valueOr(false))
            plan += st.text(3) + u"; "_qs;
        line({{u"bench"_qs, u"list_plan"_qs}, {u"plan"_qs, plan},
              {u"uses_index"_qs, plan.contains(u"conversations_inbox_activity"_qs) && !plan.contains(u"TEMP B-TREE"_qs)}});
    }

    // Baseline rows: the same columns of the same rows, in the same order, one plain statement.
    auto baselineRows = [&base](int limit, const QString &where) {
        QElapsedTimer t;
        t.start();
        const QString sql = u"SELECT seq, id, ifnull(participant_name, ''), ifnull(last_message_preview, ''),"
                            u" ifnull(last_message_at, 0) FROM conversations WHERE deleted = 0"_qs
            + where + u" ORDER BY ifnull(last_message_at, 0) DESC, seq DESC LIMIT "_qs + QString::number(limit);
        auto st = need(base->prepare(sql),
                       u"baseline"_qs);
        int n = 0;
        while (st.step().valueOr(false)) {
            (void)st.text(1);
            ++n;
        }
        return std::pair<double, int>(ms(t), n);
    };

    ui::ConversationListModel *model = nullptr;
    {
        QElapsedTimer t;
        t.start();
        model = new ui::ConversationListModel(need(writer->openReader(), u"reader"_qs), nullptr);
        for (int r = 0; r < std::min(40, model->rowCount()); ++r)
            (void)model->data(model->index(r), ui::ConversationListModel::PreviewRole);
        const double open = ms(t);
        compare(u"list_open_first_page"_qs, open, baselineRows(model->pageSize(), QString()).first);
    }
    {
        QElapsedTimer t;
        t.start();
        int pages = 0;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            ++pages;
        }
        const double all = ms(t);
        const auto baseline = baselineRows(conversations + 1, QString());
        compare(u"list_scroll_all"_qs, all, baseline.first,
                {{u"rows"_qs, model->rowCount()}, {u"pages"_qs, pages}, {u"ok"_qs, model->rowCount() == baseline.second}});
    }
    {
        QElapsedTimer t;
        t.start();
        model->setUnreadOnly(true);
        const double unread = ms(t);
        compare(u"list_filter_unread"_qs, unread, baselineRows(model->pageSize(), u" AND unread_count > 0"_qs).first,
                {{u"rows"_qs, model->rowCount()}});
        t.restart();
        model->setUnreadOnly(false);
        model->setChannel(u"instagram"_qs);
        const double channel = ms(t);
        compare(u"list_filter_channel"_qs, channel,
                baselineRows(model->pageSize(), u" AND channel = 'instagram'"_qs).first, {{u"rows"_qs, model->rowCount()}});
        t.restart();
        int pages = 0;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            ++pages;
        }
        compare(u"list_scroll_channel"_qs, ms(t), baselineRows(conversations + 1, u" AND channel = 'instagram'"_qs).first,
                {{u"rows"_qs, model->rowCount()}, {u"pages"_qs, pages}});
    }
    delete model;

    // The thread: the messages and attachments a plain reader needs, then ThreadModel, then the whole view switch.
    double baseline = 0;
    {
        QElapsedTimer t;
        t.start();
        auto rows = need(inbox::InboxQuery::messages(*base, big), u"messages"_qs);
        baseline = ms(t);
        if (rows.size() != messages)
            fail(u"thread"_qs, u"unexpected message count"_qs);
    }
    {
        ui::ThreadModel thread(need(writer->openReader(), u"reader"_qs), nullptr);
        QElapsedTimer t;
        t.start();
        thread.setConversation(big);
        compare(u"thread_model_load"_qs, ms(t), baseline, {{u"rows"_qs, thread.rowCount()}});
    }
    {
        ui::InboxView view;
        view.resize(1100, 720);
        view.setSource(writer.get(), nullptr, nullptr);
        view.show();
        view.selectConversation(u"conv-0"_qs); // setSource opened the newest one, the big one: start elsewhere
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        view.selectConversation(big);
        QCoreApplication::processEvents(); // the layout and first paint
        const double open = ms(t);
        const QTextDocument *doc = view.threadView()->document();
        compare(u"thread_open_view"_qs, open, baseline,
                {{u"ok"_qs, view.currentConversationId() == big}, {u"blocks"_qs, doc->blockCount()},
                 {u"shown_messages"_qs, view.threadModel() ? view.threadModel()->messageCount() : 0}});
        // Switching away and back (the second open of the same conversation).
        view.selectConversation(u"conv-0"_qs);
        t.restart();
        view.selectConversation(big);
        QCoreApplication::processEvents();
        compare(u"thread_reopen_view"_qs, ms(t), baseline);
        // For comparison: the whole thread rendered at once (how the view worked before it rendered the newest rows).
        view.setThreadRowsStep(1 << 30);
        view.selectConversation(u"conv-0"_qs);
        t.restart();
        view.selectConversation(big);
        QCoreApplication::processEvents();
        compare(u"thread_open_view_all_rows"_qs, ms(t), baseline, {{u"blocks"_qs, doc->blockCount()}});
    }
    return 0;
}
