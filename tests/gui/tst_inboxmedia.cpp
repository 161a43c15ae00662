// The inbox's media, notifications and drafts, offscreen, with a real store and the in-process sandbox's CDN:
// inline images in the thread are requested only when scrolled into view, shown from the encrypted cache, a
// picture that cannot be decoded becomes a placeholder, a click opens the viewer; avatars come from the cache;
// new customer messages are announced (not history, not our own, not when switched off; a burst becomes one
// summary; the sound is optional), the unread count reaches the rail badge and the tray tooltip; drafts survive a
// new view on the same store.
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxnotifier.h"
#include "inbox/inboxview.h"
#include "inbox/mediacache.h"
#include "inbox/mediaresolver.h"
#include "inbox/notificationsettings.h"
#include "meta/metaemulator.h"
#include "net/networkcontext.h"
#include "profile/profile.h"
#include "sandboxfixture.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "settings/settingsview.h"
#include "shell/navigationrail.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace sd;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;
using sd::sandbox::MetaEmulator;
using sd::ui::InboxNotification;
using sd::ui::InboxNotifier;
using sd::ui::InboxView;
using sd::ui::MediaResolver;

namespace {

constexpr qint64 kNow = Reference;

class CountingSink : public sd::ui::NotificationSink
{
public:
    QList<InboxNotification> shown;
    int sounds = 0;
    void showNotification(const InboxNotification &n) override { shown << n; }
    void playSound() override { ++sounds; }
};

} // namespace

class TestInboxMedia : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    net::NetworkContext m_network;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    int m_nextMessage = 0;

    QString mediaUrl(const QString &path) { return m_sandbox->sandbox().baseUrl(u"meta"_qs) + u"/media/"_qs + path; }
    MetaEmulator *meta() { return static_cast<MetaEmulator *>(m_sandbox->sandbox().emulator(u"meta"_qs)); }

    bool run(std::function<Status(store::Transaction &)> job)
    {
        std::optional<Status> done;
        m_writer->submit(std::move(job), this, [&done](const Status &s) { done = s; });
        if (!QTest::qWaitFor([&done] { return done.has_value(); }, 10000))
            return false;
        if (!done->ok())
            qWarning() << done->error().message;
        return done->ok();
    }

    bool addConversation(const QString &id, const QString &name, const QString &picture, qint64 at, int unread = 0)
    {
        return run([=](store::Transaction &tx) -> Status {
            auto st = tx.database().prepare(
                u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, channel, participant_name,"
                u" participant_picture_url, unread_count, last_message_at, created_at, updated_at)"
                u" VALUES (?1, ?2, ?3, ?1, 'instagram', ?4, ?5, ?6, ?7, 1, 1)");
            if (!st)
                return st.error();
            if (auto b = st->bindAll(id, kWorkspace, kOtherConnection, name,
                                     picture.isEmpty() ? std::optional<QString>() : std::optional<QString>(picture),
                                     qint64(unread), at);
                !b)
                return b;
            if (auto s = st->exec(); !s)
                return s;
            tx.recordChange(u"conversations"_qs, id, store::ChangeKind::Inserted);
            return {};
        });
    }

    // Messages as the ingest writes them (one transaction, each recorded as inserted); image: an attachment URL.
    bool addMessages(const QString &conversation, const QList<std::tuple<QString, bool, qint64, QString>> &messages)
    {
        QList<std::tuple<QString, QString, bool, qint64, QString>> rows;
        for (const auto &[text, inbound, at, image] : messages)
            rows << std::make_tuple(u"msg-%1"_qs.arg(++m_nextMessage), text, inbound, at, image);
        return run([=](store::Transaction &tx) -> Status {
            for (const auto &[id, text, inbound, at, image] : rows) {
                auto st = tx.database().prepare(
                    u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, direction,"
                    u" body, sent_at, status, updated_at) VALUES (?1, ?2, ?3, ?1, ?4, ?5, ?6, ?7, ?8, 1)");
                if (!st)
                    return st.error();
                const QString body = text.isNull() ? u""_qs : text; // the ingest writes "" for an attachment only
                if (auto b = st->bindAll(id, kWorkspace, kOtherConnection, conversation, inbound ? u"in"_qs : u"out"_qs,
                                         body, at, inbound ? u"received"_qs : u"sent"_qs);
                    !b)
                    return b;
                if (auto s = st->exec(); !s)
                    return s;
                if (!image.isEmpty()) {
                    auto a = tx.database().prepare(
                        u"INSERT INTO attachments(id, workspace_id, message_id, connection_id, external_id, kind,"
                        u" mime_type, remote_url, updated_at) VALUES (?1, ?2, ?3, ?4, ?1, 'image', 'image/jpeg', ?5, 1)");
                    if (!a)
                        return a.error();
                    if (auto b = a->bindAll(id + u"-a"_qs, kWorkspace, id, kOtherConnection, image); !b)
                        return b;
                    if (auto s = a->exec(); !s)
                        return s;
                }
                tx.recordChange(u"messages"_qs, id, store::ChangeKind::Inserted);
            }
            return {};
        });
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
    }

    void notificationsForNewCustomerMessagesOnly()
    {
        CountingSink sink;
        InboxNotifier notifier;
        notifier.setNowFunction([] { return kNow; });
        notifier.setSink(&sink);
        QVERIFY(addConversation(u"n1"_qs, u"Ayşe Yılmaz"_qs, {}, kNow - 1000, 2));
        QVERIFY(addMessages(u"n1"_qs, {{u"eski mesaj"_qs, true, kNow - 3600 * 1000, {}}}));
        notifier.setSource(m_writer.get(), &m_notifier);
        QCOMPARE(notifier.unreadCount(), 2);

        // History (a first import, or what came while the app was closed): nothing announced.
        QVERIFY(addMessages(u"n1"_qs, {{u"dünkü"_qs, true, kNow - 24 * 3600 * 1000, {}},
                                      {u"geçen hafta"_qs, true, kNow - 7 * 24 * 3600 * 1000, {}}}));
        QTest::qWait(50);
        QCOMPARE(sink.shown.size(), 0);
        // Our own reply: nothing.
        QVERIFY(addMessages(u"n1"_qs, {{u"Kargoya verildi."_qs, false, kNow + 1000, {}}}));
        QTest::qWait(50);
        QCOMPARE(sink.shown.size(), 0);

        // A customer writes now: sender and a one-line, truncated plain-text preview.
        const QString longText = u"Merhaba!\nSiparişim <b>nerede</b>? "_qs + QString(300, u'ı');
        QVERIFY(addMessages(u"n1"_qs, {{longText, true, kNow + 2000, {}}}));
        QTRY_COMPARE(sink.shown.size(), 1);
        const InboxNotification n = sink.shown.constFirst();
        QCOMPARE(n.conversationId, u"n1"_qs);
        QVERIFY2(n.title.contains(u"Ayşe Yılmaz"_qs), qPrintable(n.title));
        QVERIFY(n.body.startsWith(u"Merhaba! Siparişim <b>nerede</b>?"_qs)); // plain text, as written
        QVERIFY(!n.body.contains(u'\n'));
        QCOMPARE(n.body.size(), InboxNotifier::kPreviewChars);
        QVERIFY(n.body.endsWith(u'…'));
        QCOMPARE(sink.sounds, 0);

        // An image without text.
        QVERIFY(addMessages(u"n1"_qs, {{QString(), true, kNow + 2500, mediaUrl(u"cdn/img/n.jpg"_qs)}}));
        QTRY_COMPARE(sink.shown.size(), 2);
        QVERIFY(!sink.shown.at(1).body.isEmpty());

        // Sound when asked for.
        notifier.setSoundEnabled(true);
        QVERIFY(addMessages(u"n1"_qs, {{u"bir şey daha"_qs, true, kNow + 3000, {}}}));
        QTRY_COMPARE(sink.shown.size(), 3);
        QCOMPARE(sink.sounds, 1);

        // A burst: one summary.
        QList<std::tuple<QString, bool, qint64, QString>> burst;
        for (int i = 0; i < 5; ++i)
            burst << std::make_tuple(u"toplu %1"_qs.arg(i), true, kNow + 4000 + i, QString());
        QVERIFY(addMessages(u"n1"_qs, burst));
        QTRY_COMPARE(sink.shown.size(), 4);
        QCOMPARE(sink.shown.at(3).count, 5);
        QCOMPARE(sink.sounds, 2);

        // Switched off: silence.
        notifier.setEnabled(false);
        QVERIFY(addMessages(u"n1"_qs, {{u"kapalıyken"_qs, true, kNow + 5000, {}}}));
        QTest::qWait(50);
        QCOMPARE(sink.shown.size(), 4);

        // The unread count follows the conversations.
        QSignalSpy unread(&notifier, &InboxNotifier::unreadCountChanged);
        QVERIFY(addConversation(u"n2"_qs, u"Mehmet"_qs, {}, kNow, 3));
        QTRY_COMPARE(notifier.unreadCount(), 5);
        QCOMPARE(unread.constLast().at(0).toInt(), 5);
    }

    void previewTextIsOneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("short") << u"Merhaba"_qs << u"Merhaba"_qs;
        QTest::addRow("lines") << u"a\n\n b\tc"_qs << u"a b c"_qs;
        QTest::addRow("cut") << u"abcdefghijkl"_qs << u"abcdefghi…"_qs;
        QTest::addRow("emoji not split") << u"abcdefgh😊😊"_qs << u"abcdefgh…"_qs;
    }

    void previewTextIsOneLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(InboxNotifier::previewText(text, 10), expected);
    }

    void mainWindowShowsTheUnreadCount()
    {
        auto created = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Bildirim"_qs);
        QVERIFY(created.ok());
        ProfileSettings settings(created->settingsPath());
        sd::ui::MainWindow w(*created, &settings);
        CountingSink sink;
        w.setNotificationSink(&sink);
        w.show();
        w.showView(u"orders"_qs);
        w.inboxNotifier()->setNowFunction([] { return kNow; });
        w.inboxNotifier()->setSource(m_writer.get(), &m_notifier);
        const int before = w.inboxNotifier()->unreadCount();
        QVERIFY(before > 0);
        QCOMPARE(w.rail()->badge(u"inbox"_qs), before);
        QVERIFY2(w.trayToolTip().contains(QString::number(before)), qPrintable(w.trayToolTip()));
        QVERIFY(addConversation(u"w1"_qs, u"Zeynep"_qs, {}, kNow, 4));
        QTRY_COMPARE(w.rail()->badge(u"inbox"_qs), before + 4);
        QVERIFY(w.trayToolTip().contains(QString::number(before + 4)));
        QVERIFY(addMessages(u"w1"_qs, {{u"Selam"_qs, true, kNow + 10000, {}}}));
        QTRY_COMPARE(sink.shown.size(), 1);
        QCOMPARE(sink.shown.constFirst().conversationId, u"w1"_qs);

        // Through the window's own sink (the tray, absent offscreen): a click opens the Inbox on that conversation.
        w.inboxView()->setSource(m_writer.get(), &m_notifier, nullptr);
        w.setNotificationSink(nullptr);
        QVERIFY(addMessages(u"n2"_qs, {{u"Merhaba"_qs, true, kNow + 10500, {}}}));
        QTest::qWait(100);
        QCOMPARE(w.currentViewId(), u"orders"_qs);
        w.activateNotification();
        QCOMPARE(w.currentViewId(), u"inbox"_qs);
        QCOMPARE(w.inboxView()->currentConversationId(), u"n2"_qs);
        w.setNotificationSink(&sink);

        // Settings → Notifications switches them off, kept in the workspace's settings.
        auto *section = w.settingsView()->findChild<sd::ui::NotificationSettings *>();
        QVERIFY(section);
        QVERIFY(section->messagesBox()->isChecked());
        section->messagesBox()->setChecked(false);
        QVERIFY(!ProfileSettings(created->settingsPath()).newMessageNotifications());
        QVERIFY(!w.inboxNotifier()->isEnabled());
        QVERIFY(!section->soundBox()->isEnabled());
        QVERIFY(addMessages(u"w1"_qs, {{u"Selam 2"_qs, true, kNow + 11000, {}}}));
        QTest::qWait(50);
        QCOMPARE(sink.shown.size(), 1);

        // The same section: Enter may start a new line instead of sending (then Ctrl+Enter sends), at once and kept.
        sd::ui::ComposerEdit *composer = w.inboxView()->composer();
        QSignalSpy submitted(composer, &sd::ui::ComposerEdit::submitted);
        QVERIFY(section->enterSendsBox()->isChecked());
        section->enterSendsBox()->setChecked(false);
        QVERIFY(!ProfileSettings(created->settingsPath()).enterSends());
        QVERIFY(!composer->enterSends());
        QVERIFY(composer->placeholderText().contains(u"Ctrl+Enter"_qs));
        composer->setPlainText(u"satır"_qs);
        composer->moveCursor(QTextCursor::End);
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(composer->toPlainText(), u"satır\n"_qs);
        QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.size(), 1);
        section->enterSendsBox()->setChecked(true);
        QVERIFY(composer->enterSends());
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(submitted.size(), 2);
        composer->clear();

        w.inboxNotifier()->setSource(nullptr, nullptr);
        w.inboxView()->setSource(nullptr, nullptr, nullptr);
    }

    void inlineImagesLazyAndCached()
    {
        // A long thread: an old image at the top, a recent one at the bottom, and one that cannot be decoded.
        const QString top = mediaUrl(u"cdn/img/top.jpg"_qs);
        const QString bottom = mediaUrl(u"cdn/img/bottom.jpg"_qs);
        const QString corrupt = mediaUrl(u"cdn/img/corrupt.jpg"_qs);
        const QString avatar = mediaUrl(u"scontent/v/p/ayse.jpg"_qs);
        QVERIFY(addConversation(u"img"_qs, u"Görsel Gönderen"_qs, avatar, kNow + 100000));
        QList<std::tuple<QString, bool, qint64, QString>> rows;
        rows << std::make_tuple(u"ilk fotoğraf"_qs, true, kNow - 50000, top);
        for (int i = 0; i < 60; ++i)
            rows << std::make_tuple(u"mesaj %1"_qs.arg(i), i % 2 == 0, kNow - 40000 + i, QString());
        rows << std::make_tuple(u"bozuk"_qs, true, kNow - 1000, corrupt);
        rows << std::make_tuple(u"son fotoğraf"_qs, true, kNow, bottom);
        QVERIFY(addMessages(u"img"_qs, rows));

        inbox::MediaCache cache(m_writer.get(), &m_network);
        cache.setRetryPolicy(net::RetryPolicy::none());
        InboxView view;
        view.resize(1000, 600);
        view.setSource(m_writer.get(), &m_notifier, nullptr);
        view.setMediaCache(&cache);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectConversation(u"img"_qs);
        QCOMPARE(view.currentConversationId(), u"img"_qs);
        QCOMPARE(view.threadImages()->imageCount(), 3);

        // Only what is on screen (the bottom) is requested; the image at the top is not.
        MediaResolver *media = view.mediaResolver();
        QTRY_COMPARE(media->status(bottom), MediaResolver::Status::Ready);
        QTRY_COMPARE(media->status(corrupt), MediaResolver::Status::Failed); // a placeholder, no crash
        QVERIFY(!view.threadImages()->requested().contains(top));
        QVERIFY(!cache.contains(top));
        QVERIFY(!media->image(bottom).isNull());
        QCOMPARE(media->image(bottom).size(), QSize(320, 240));

        // Scrolled up: the top image is fetched now.
        view.threadView()->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(view.threadImages()->requested().contains(top));
        QTRY_COMPARE(media->status(top), MediaResolver::Status::Ready);

        // The avatar of the list row came from the cache as well (the delegate asked for it when painting).
        QTRY_COMPARE(media->status(avatar), MediaResolver::Status::Ready);
        QVERIFY(!media->roundPixmap(avatar, 40).isNull());
        QVERIFY(cache.contains(avatar));

        // A click on an image opens it full size.
        const int downloads = meta()->mediaRequests();
        Q_EMIT view.threadView()->anchorClicked(QUrl(u"sdimage:%1"_qs.arg(view.threadImages()->imageCount() - 1)));
        auto *viewer = view.window()->findChild<sd::ui::ImageViewerDialog *>();
        QVERIFY(viewer);
        QVERIFY(!viewer->imageLabel()->pixmap().isNull());
        QCOMPARE(viewer->imageLabel()->pixmap().size(), QSize(320, 240));
        viewer->close();

        // Opening the conversation again downloads nothing: everything comes from the encrypted cache.
        view.selectConversation(u"n2"_qs); // no images there
        view.selectConversation(u"img"_qs);
        view.threadView()->verticalScrollBar()->setValue(0);
        QTest::qWait(100);
        QCOMPARE(meta()->mediaRequests(), downloads);
        view.setMediaCache(nullptr);
    }

    void initialsAvatarColours()
    {
        QCOMPARE(MediaResolver::colorForName(u"Ayşe Yılmaz"_qs), MediaResolver::colorForName(u"Ayşe Yılmaz"_qs));
        QVERIFY(MediaResolver::colorForName(u"Ayşe Yılmaz"_qs) != MediaResolver::colorForName(u"Mehmet Öztürk"_qs));
        // Drawn without a resolver: the initials on the name's colour.
        QImage img(40, 40, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        MediaResolver::paintAvatar(&p, QRect(0, 0, 40, 40), u"Işıl Arslan"_qs, u"IA"_qs, QString(), nullptr);
        p.end();
        QCOMPARE(img.pixelColor(3, 20).alpha() > 0, true);
        QCOMPARE(img.pixelColor(0, 0).alpha(), 0); // round: the corner stays transparent
        QCOMPARE(img.pixelColor(6, 20).rgb(), MediaResolver::colorForName(u"Işıl Arslan"_qs).rgb());
    }

    void draftsSurviveANewView()
    {
        {
            InboxView view;
            view.setSource(m_writer.get(), &m_notifier, nullptr);
            view.selectConversation(u"n2"_qs);
            QCOMPARE(view.currentConversationId(), u"n2"_qs);
            view.composer()->setPlainText(u"Yarın kargoda, İyi günler"_qs);
            view.setSource(nullptr, nullptr, nullptr); // detaching writes the pending draft
        }
        QTRY_COMPARE(m_writer->pendingJobs(), 0);
        InboxView again;
        again.setSource(m_writer.get(), &m_notifier, nullptr);
        again.selectConversation(u"n2"_qs);
        QCOMPARE(again.composer()->toPlainText(), u"Yarın kargoda, İyi günler"_qs);
        again.selectConversation(u"n1"_qs);
        QCOMPARE(again.composer()->toPlainText(), QString());
    }
};

QTEST_MAIN(TestInboxMedia)
#include "tst_inboxmedia.moc"
