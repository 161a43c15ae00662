// The Inbox view end to end, offscreen: a real store filled by MetaSync from the in-process sandbox's Graph
// emulator, the real view, and the keyboard alone — move to a conversation, open the composer, write two lines,
// send with Enter — then the sandbox holds exactly one new message from the Page with that text. Also: the
// window state and the length counter before sending (a blocked conversation sends nothing), drafts per
// conversation, the help overlay, and safe link detection (plain text stays text).
#include "connectors/meta/messagingwindow.h"
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metasync.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxview.h"
#include "inbox/replysender.h"
#include "inbox/threadmodel.h"
#include "shell/theme.h"
#include "meta/metaemulator.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "storetestutil.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace sd;
using namespace sd::connectors::meta;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;
using sd::sandbox::MetaEmulator;
using sd::ui::ConversationListModel;
using sd::ui::InboxView;

namespace {

// Types text as key presses (QTest::keyClicks only takes Latin-1: Turkish letters go through QKeyEvent).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestInboxView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    net::NetworkContext m_network;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::Database> m_reader;
    std::unique_ptr<inbox::ReplySender> m_sender;
    std::unique_ptr<InboxView> m_view;

    MetaConnection connection() const
    {
        MetaConnection c;
        c.connectionId = kOtherConnection;
        c.host = QUrl(m_sandbox->sandbox().baseUrl(u"meta"_qs));
        c.pageId = MetaEmulator::kPageId;
        c.instagramId = MetaEmulator::kInstagramId;
        c.accessToken = MetaEmulator::kPageToken;
        c.readsPerSecond = 200;
        return c;
    }
    QString m_token = MetaEmulator::kPageToken; // what the sender's resolver hands out

    QJsonArray conversations() { return m_sandbox->state(u"meta"_qs).value(u"conversations").toArray(); }

    static qint64 lastInbound(const QJsonObject &c)
    {
        return c.value(u"_sandbox").toObject().value(u"lastInboundMs").toInteger();
    }

    // A sandbox conversation whose customer last wrote between the two ages (its index).
    int conversationAged(qint64 minMs, qint64 maxMs)
    {
        const QJsonArray all = conversations();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const qint64 age = Reference - lastInbound(all.at(i).toObject());
            if (lastInbound(all.at(i).toObject()) > 0 && age >= minMs && age < maxMs)
                return int(i);
        }
        return -1;
    }

    int fromPage(int index)
    {
        int n = 0;
        for (const QJsonValue &m : conversations().at(index).toObject().value(u"messages").toArray())
            n += m.toObject().value(u"_sandbox").toObject().value(u"fromBusiness").toBool() ? 1 : 0;
        return n;
    }

    QString rowIdOf(int index)
    {
        const QString external = conversations().at(index).toObject().value(u"id").toString();
        auto st = m_reader->prepare(u"SELECT id FROM conversations WHERE external_id = ?1");
        if (!st || !st->bindAll(external) || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    qint64 count(const QString &sql)
    {
        auto st = m_reader->prepare(sql);
        if (!st || !st->step().valueOr(false))
            return -1;
        return st->int64(0);
    }

    // Moves the list's selection to the conversation with J/K only.
    bool walkTo(const QString &id)
    {
        ConversationListModel *model = m_view->listModel();
        for (int guard = 0; guard < 200 && m_view->currentConversationId() != id; ++guard) {
            const int target = model->rowOf(id);
            const int current = m_view->conversationView()->currentIndex().row();
            QTest::keyClick(m_view->conversationView(), target < 0 || target > current ? Qt::Key_J : Qt::Key_K);
        }
        return m_view->currentConversationId() == id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxFixture>(42, 10);
        QVERIFY(m_sandbox->started());
        const QString path = m_dir.filePath(u"inbox.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
        }
        auto w = store::StoreWriter::open(path, {}, &m_notifier);
        QVERIFY(w.ok());
        m_writer = std::move(w).value();
        auto r = m_writer->openReader();
        QVERIFY(r.ok());
        m_reader = std::move(r).value();

        // The store filled the real way: MetaSync through the Meta ingest.
        MetaClient client(&m_network, connection());
        MetaSync sync(&client, m_writer.get(), kWorkspace, kOtherConnection);
        std::optional<MetaSyncReport> report;
        connect(&sync, &MetaSync::finished, this, [&report](const MetaSyncReport &done) { report = done; });
        sync.start({});
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
        QVERIFY(report->ok());
        QVERIFY(count(u"SELECT count(*) FROM conversations"_qs) > 3);

        m_sender = std::make_unique<inbox::ReplySender>(m_writer.get(), &m_network,
            [this](const QString &, QObject *, inbox::ReplySender::Resolved done) {
                MetaConnection c = connection();
                c.accessToken = m_token;
                done(c);
            });
        m_sender->setNowFunction([] { return Reference; });
        m_view = std::make_unique<InboxView>();
        m_view->setNowFunction([] { return Reference; });
        m_view->resize(1100, 720);
        m_view->setSource(m_writer.get(), &m_notifier, m_sender.get());
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // Offscreen activates the window; a bare X server without a window manager (screenshots) may not.
        if (QGuiApplication::platformName() == u"offscreen"_qs)
            QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QVERIFY(m_view->isAttached());
        QCOMPARE(m_view->listModel()->rowCount(), int(count(u"SELECT count(*) FROM conversations"_qs)));
        QVERIFY(!m_view->currentConversationId().isEmpty()); // the newest is open
    }

    // SELLERDESK_SCREENSHOT_DIR=… (run under xvfb-run with QT_QPA_PLATFORM=xcb): resources/screenshots/inbox.png.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SELLERDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SELLERDESK_SCREENSHOT_DIR to write inbox.png");
        sd::ui::applyTheme(u"light"_qs);
        QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
        m_view->threadModel()->setLocale(QLocale());
        const int index = conversationAged(0, 20 * 3600 * 1000LL);
        m_view->selectConversation(rowIdOf(index));
        m_view->conversationView()->setFocus();
        m_view->composer()->setPlainText(u"Kargonuz yarın sabah çıkıyor, takip numarasını buraya yazacağım."_qs);
        QTest::qWait(200);
        QVERIFY(m_view->grab().save(dir + u"/inbox.png"_qs));
        m_view->composer()->clear();
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_sender.reset();
        m_reader.reset();
        m_writer.reset();
        m_sandbox.reset();
    }

    void replyWithTheKeyboardAlone()
    {
        const int index = conversationAged(0, 20 * 3600 * 1000LL);
        QVERIFY(index >= 0);
        const QString id = rowIdOf(index);
        QVERIFY(!id.isEmpty());
        const int before = fromPage(index);
        const qint64 outRowsBefore = count(u"SELECT count(*) FROM messages WHERE direction = 'out'"_qs);

        m_view->conversationView()->setFocus();
        QTRY_VERIFY(m_view->conversationView()->hasFocus());
        QVERIFY(walkTo(id));
        // Ctrl+Down then Ctrl+Up come back to the same conversation (when it is not the last one).
        if (m_view->listModel()->rowOf(id) + 1 < m_view->listModel()->rowCount()) {
            QTest::keyClick(m_view->conversationView(), Qt::Key_Down, Qt::ControlModifier);
            QVERIFY(m_view->currentConversationId() != id);
            QTest::keyClick(m_view->conversationView(), Qt::Key_Up, Qt::ControlModifier);
            QCOMPARE(m_view->currentConversationId(), id);
        }
        QVERIFY(m_view->windowLabel()->text().contains(u"24"_qs));
        QVERIFY(!m_view->threadView()->toPlainText().isEmpty());

        QTest::keyClick(m_view->conversationView(), Qt::Key_R);
        QTRY_VERIFY(m_view->composer()->hasFocus());
        typeText(m_view->composer(), u"Merhaba, kargonuz yarın çıkıyor."_qs);
        QTest::keyClick(m_view->composer(), Qt::Key_Return, Qt::ShiftModifier);
        typeText(m_view->composer(), u"İyi günler!"_qs);
        QCOMPARE(m_view->composer()->toPlainText(), u"Merhaba, kargonuz yarın çıkıyor.\nİyi günler!"_qs);
        QVERIFY(m_view->counterLabel()->text().startsWith(u"44 / "_qs));

        QSignalSpy finished(m_view.get(), &InboxView::replyFinished);
        QTest::keyClick(m_view->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto outcome = finished.first().first().value<inbox::ReplyOutcome>();
        QVERIFY2(outcome.sent, qPrintable(outcome.reason));
        QVERIFY(m_view->composer()->toPlainText().isEmpty());
        QVERIFY(m_view->draft(id).isEmpty());

        // The sandbox received exactly one message from the Page, with the text as typed.
        QCOMPARE(fromPage(index), before + 1);
        QJsonObject last;
        for (const QJsonValue &m : conversations().at(index).toObject().value(u"messages").toArray()) {
            if (m.toObject().value(u"_sandbox").toObject().value(u"fromBusiness").toBool())
                last = m.toObject();
        }
        QCOMPARE(last.value(u"message").toString(), u"Merhaba, kargonuz yarın çıkıyor.\nİyi günler!"_qs);
        // The store has one new outgoing row, sent, with Meta's id; the thread shows it.
        QCOMPARE(count(u"SELECT count(*) FROM messages WHERE direction = 'out'"_qs), outRowsBefore + 1);
        QCOMPARE(count(u"SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'sent' AND external_id = '"_qs
                       + last.value(u"id").toString() + u"'"_qs),
                 1);
        QTRY_VERIFY(m_view->threadView()->toPlainText().contains(u"İyi günler!"_qs));

        // Esc leaves the composer for the list.
        QTest::keyClick(m_view->composer(), Qt::Key_Escape);
        QTRY_VERIFY(m_view->conversationView()->hasFocus());
    }

    void blockedConversationSendsNothing()
    {
        const int index = conversationAged(8 * Day, 400 * Day);
        if (index < 0)
            QSKIP("the seeded sandbox has no conversation older than 7 days");
        const QString id = rowIdOf(index);
        const int before = fromPage(index);
        m_view->conversationView()->setFocus();
        QVERIFY(walkTo(id));
        QVERIFY2(m_view->windowLabel()->text().contains(u"7 days"_qs), qPrintable(m_view->windowLabel()->text()));
        QTest::keyClick(m_view->conversationView(), Qt::Key_Return);
        QTRY_VERIFY(m_view->composer()->hasFocus());
        typeText(m_view->composer(), u"Hâlâ orada mısınız?"_qs);
        QVERIFY(!m_view->sendButton()->isEnabled());
        QSignalSpy finished(m_view.get(), &InboxView::replyFinished);
        QTest::keyClick(m_view->composer(), Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(fromPage(index), before);
        QCOMPARE(m_view->composer()->toPlainText(), u"Hâlâ orada mısınız?"_qs); // kept, not lost
        QTest::keyClick(m_view->composer(), Qt::Key_Escape);
        m_view->composer()->clear();
    }

    void draftsAndLengthLimit()
    {
        QVERIFY(m_view->listModel()->rowCount() >= 2);
        m_view->conversationView()->setFocus();
        m_view->selectConversation(m_view->listModel()->idAt(0));
        const QString first = m_view->currentConversationId();
        QTest::keyClick(m_view->conversationView(), Qt::Key_R);
        QTRY_VERIFY(m_view->composer()->hasFocus());
        typeText(m_view->composer(), u"taslak"_qs);
        QTest::keyClick(m_view->composer(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(m_view->currentConversationId() != first);
        QVERIFY(m_view->composer()->toPlainText().isEmpty());
        QTest::keyClick(m_view->composer(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(m_view->currentConversationId(), first);
        QCOMPARE(m_view->composer()->toPlainText(), u"taslak"_qs);
        // Over the platform's limit: the counter says so and Send is off.
        const auto *summary = m_view->listModel()->summaryAt(0);
        const int limit = MessagingWindow::maxTextLength(channelFromName(summary->channel).value_or(Channel::Messenger));
        m_view->composer()->setPlainText(QString(limit + 1, u'ş'));
        QCOMPARE(m_view->counterLabel()->text(), u"%1 / %2"_qs.arg(limit + 1).arg(limit));
        QVERIFY(!m_view->sendButton()->isEnabled());
        m_view->composer()->clear();
        QTest::keyClick(m_view->composer(), Qt::Key_Escape);
    }

    void helpOverlay()
    {
        m_view->conversationView()->setFocus();
        QVERIFY(!m_view->helpOverlay()->isVisible());
        QTest::keyClick(m_view->conversationView(), Qt::Key_Question, Qt::ShiftModifier);
        QVERIFY(m_view->helpOverlay()->isVisible());
        QTest::keyClick(m_view->conversationView(), Qt::Key_Escape);
        QVERIFY(!m_view->helpOverlay()->isVisible());
        QTest::keyClick(m_view->conversationView(), Qt::Key_F1);
        QVERIFY(m_view->helpOverlay()->isVisible());
        QTest::keyClick(m_view->conversationView(), Qt::Key_F1);
        QVERIFY(!m_view->helpOverlay()->isVisible());
    }

    // The sender on its own: the rules refuse before anything is written or sent; an expired token fails the
    // pending row with the reason and asks for a reconnect; the sandbox receives nothing in both cases.
    void senderRefusesAndFails()
    {
        const int blocked = conversationAged(8 * Day, 400 * Day);
        const int open = conversationAged(0, 20 * 3600 * 1000LL);
        QVERIFY(open >= 0);
        const qint64 rowsBefore = count(u"SELECT count(*) FROM messages"_qs);
        if (blocked >= 0) {
            QSignalSpy done(m_sender.get(), &inbox::ReplySender::finished);
            m_sender->send(rowIdOf(blocked), u"Merhaba"_qs);
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
            const auto outcome = done.first().first().value<inbox::ReplyOutcome>();
            QVERIFY(outcome.refused);
            QVERIFY(!outcome.sent);
            QVERIFY(outcome.messageId.isEmpty());
            QVERIFY(!outcome.reason.isEmpty());
            QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), rowsBefore);
        }
        const int before = fromPage(open);
        // The token expired meanwhile (one outbox runs the workspace's replies: the same sender).
        m_token = MetaEmulator::kExpiredToken;
        QSignalSpy done(m_sender.get(), &inbox::ReplySender::finished);
        m_sender->send(rowIdOf(open), u"Bu gitmemeli"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        m_token = MetaEmulator::kPageToken;
        const auto outcome = done.first().first().value<inbox::ReplyOutcome>();
        QVERIFY(!outcome.sent);
        QVERIFY(outcome.reconnect);
        QVERIFY(!outcome.messageId.isEmpty());
        QCOMPARE(fromPage(open), before);
        QCOMPARE(count(u"SELECT count(*) FROM messages WHERE status = 'failed' AND id = '"_qs + outcome.messageId + u"'"_qs), 1);
        QCOMPARE(m_sender->inFlight(), 0);
        // The failed bubble offers Retry; with a good token again it goes out through the outbox, once.
        m_view->selectConversation(rowIdOf(open));
        QTRY_VERIFY(m_view->threadView()->toPlainText().contains(u"Retry"_qs));
        QSignalSpy retried(m_sender.get(), &inbox::ReplySender::finished);
        Q_EMIT m_view->threadView()->anchorClicked(QUrl(u"sellerdesk-retry:"_qs + outcome.messageId));
        QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 1, 15000);
        QVERIFY(retried.first().first().value<inbox::ReplyOutcome>().sent);
        QCOMPARE(fromPage(open), before + 1);
        QTRY_VERIFY(!m_view->threadView()->toPlainText().contains(u"Retry"_qs));
    }

    void safeLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("plain") << u"Merhaba"_qs << QStringList{};
        // Markup is shown as the characters it is; only the visible URL itself becomes a link, never "tıkla".
        QTest::newRow("html stays text") << u"<b>kalın</b> <a href=\"https://kotu.example\">tıkla</a>"_qs
                                         << QStringList{u"https://kotu.example"_qs};
        QTest::newRow("https with trailing dot") << u"Bakınız https://ornek.com.tr/ürün?a=1&b=2."_qs
                                                 << QStringList{u"https://ornek.com.tr/%C3%BCr%C3%BCn?a=1&b=2"_qs};
        QTest::newRow("two links") << u"http://a.example/x, (https://b.example)"_qs
                                   << QStringList{u"http://a.example/x"_qs, u"https://b.example"_qs};
        QTest::newRow("javascript is text") << u"javascript:alert(1) file:///etc/passwd"_qs << QStringList{};
        QTest::newRow("no host") << u"https:// boş"_qs << QStringList{};
    }

    void safeLinks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QTextDocument doc;
        QTextCursor cursor(&doc);
        InboxView::insertPlainTextWithLinks(cursor, text);
        QCOMPARE(doc.toPlainText(), text); // every character shown as typed
        QStringList found;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    found << it.fragment().charFormat().anchorHref();
            }
        }
        QCOMPARE(found, links);
    }
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
