// The inbox models on a real migrated store: the conversation list (keyset paging in activity order with ties
// and conversations without messages, filters, live updates from the ChangeNotifier, QAbstractItemModelTester)
// and the thread model (day separators in Turkish and English, delivery states, removed messages, attachments
// with only web URLs kept, text never altered).
#include "inbox/conversationlistmodel.h"
#include "inbox/threadmodel.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::store::testutil;
using sd::ui::ConversationListModel;
using sd::ui::ThreadModel;

namespace {

constexpr int kConversations = 25;
constexpr qint64 kBase = 1795424400000LL; // 2026-11-23 09:00 UTC, a Monday

struct Seeded
{
    QString id;
    qint64 seq = 0;
    qint64 lastAt = 0; // 0: no message yet
    QString channel;
    int unread = 0;
};

} // namespace

class TestInboxModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    QList<Seeded> m_seeded;

    std::unique_ptr<store::Database> reader()
    {
        auto r = m_writer->openReader();
        if (!r)
            return {};
        return std::move(r).value();
    }

    Status write(store::StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_writer->submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{u"test"_qs, 1, u"timeout"_qs};
        return *result;
    }

    // Activity order as the list must show it: newest first, ties by the later row, no activity last.
    QStringList expected(bool unreadOnly, const QString &channel) const
    {
        QList<Seeded> rows;
        for (const Seeded &s : m_seeded) {
            if ((!unreadOnly || s.unread > 0) && (channel.isEmpty() || s.channel == channel))
                rows << s;
        }
        std::sort(rows.begin(), rows.end(), [](const Seeded &a, const Seeded &b) {
            return a.lastAt != b.lastAt ? a.lastAt > b.lastAt : a.seq > b.seq;
        });
        QStringList ids;
        for (const Seeded &s : rows)
            ids << s.id;
        return ids;
    }

    static QStringList allIds(ConversationListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.idAt(r);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"inbox.db"_qs);
        {
            auto db = openMigrated(m_path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            for (int i = 1; i <= kConversations; ++i) {
                Seeded s;
                s.id = u"conv-%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
                s.seq = i;
                // Every fifth has no message yet; groups of three share a time (ties decided by seq).
                s.lastAt = i % 5 == 0 ? 0 : kBase - (i / 3) * 60000;
                s.channel = i % 2 ? u"instagram"_qs : u"messenger"_qs;
                s.unread = i % 3 == 0 ? i : 0;
                auto st = db->prepare(u"INSERT INTO conversations(seq, id, workspace_id, connection_id, external_id,"
                                      u" channel, participant_name, last_message_preview, last_message_at,"
                                      u" unread_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)");
                QVERIFY(st);
                QVERIFY(st->bindAll(s.seq, s.id, kWorkspace, kOtherConnection, u"t_"_qs + s.id, s.channel,
                                  u"Müşteri %1"_qs.arg(i), u"<b>Merhaba</b> %1"_qs.arg(i),
                                  s.lastAt ? std::optional<qint64>(s.lastAt) : std::nullopt, s.unread)
                            .ok());
                QVERIFY(st->exec().ok());
                m_seeded << s;
            }
        }
        auto w = store::StoreWriter::open(m_path, {}, &m_notifier);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        m_writer = std::move(w).value();
    }

    void cleanupTestCase() { m_writer.reset(); }

    void pagesInActivityOrder()
    {
        ConversationListModel model(reader());
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUnreadOnly(true);
        model.setUnreadOnly(false); // a reset with the new page size
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(allIds(model), expected(false, {}));
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ConversationListModel::NameRole).toString(), u"Müşteri 2"_qs);
        QCOMPARE(first.data(ConversationListModel::ChannelRole).toString(), u"messenger"_qs);
        QCOMPARE(first.data(ConversationListModel::TimeRole).toDateTime().toMSecsSinceEpoch(), kBase);
        // The preview is kept as the plain text it is.
        QCOMPARE(first.data(ConversationListModel::PreviewRole).toString(), u"<b>Merhaba</b> 2"_qs);
        const QModelIndex last = model.index(model.rowCount() - 1);
        QVERIFY(!last.data(ConversationListModel::TimeRole).toDateTime().isValid()); // no message yet
        QCOMPARE(model.rowOf(u"conv-07"_qs), int(expected(false, {}).indexOf(u"conv-07"_qs)));
    }

    void filters_data()
    {
        QTest::addColumn<bool>("unreadOnly");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << false << QString() << kConversations;
        QTest::newRow("unread") << true << QString() << 8;
        QTest::newRow("instagram") << false << u"instagram"_qs << 13;
        QTest::newRow("messenger") << false << u"messenger"_qs << 12;
        QTest::newRow("unread messenger") << true << u"messenger"_qs << 4;
        QTest::newRow("unknown channel") << false << u"whatsapp"_qs << 0;
        QTest::newRow("sql-looking channel") << false << u"' OR 1=1 --"_qs << 0;
    }

    void filters()
    {
        QFETCH(bool, unreadOnly);
        QFETCH(QString, channel);
        QFETCH(int, count);
        ConversationListModel model(reader());
        model.setPageSize(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter({unreadOnly, channel});
        QCOMPARE(resets.size(), unreadOnly || !channel.isEmpty() ? 1 : 0);
        const QStringList ids = allIds(model);
        QCOMPARE(ids.size(), count);
        QCOMPARE(ids, expected(unreadOnly, channel));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            if (unreadOnly)
                QVERIFY(i.data(ConversationListModel::UnreadRole).toInt() > 0);
            if (!channel.isEmpty())
                QCOMPARE(i.data(ConversationListModel::ChannelRole).toString(), channel);
        }
    }

    void liveUpdates()
    {
        ConversationListModel model(reader(), &m_notifier);
        model.setPageSize(5);
        model.setUnreadOnly(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = allIds(model);
        QVERIFY(!before.contains(u"conv-25"_qs)); // no activity, read
        QSignalSpy refreshed(&model, &ConversationListModel::refreshed);
        // conv-25 gets a new unread message: it moves to the top of the unread list.
        QVERIFY(write([](store::Transaction &tx) -> Status {
            if (auto s = tx.database().exec(u"UPDATE conversations SET last_message_at = "_qs
                                            + QString::number(kBase + 1000)
                                            + u", unread_count = 1, last_message_preview = 'Yeni' WHERE id = 'conv-25'"_qs);
                !s)
                return s;
            tx.recordChange(u"conversations"_qs, u"conv-25"_qs, store::ChangeKind::Updated);
            return {};
        }).ok());
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(model.idAt(0), u"conv-25"_qs);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(), u"Yeni"_qs);
        QCOMPARE(allIds(model).size(), before.size() + 1); // the loaded count is kept; the rest is fetched
        // A change of another table leaves the list alone.
        QVERIFY(write([](store::Transaction &tx) -> Status {
            tx.recordChange(u"orders"_qs, u"x"_qs, store::ChangeKind::Updated);
            return {};
        }).ok());
        QTest::qWait(0);
        QCOMPARE(refreshed.size(), 1);
        // Back as it was for the other tests.
        QVERIFY(write([](store::Transaction &tx) -> Status {
            if (auto s = tx.database().exec(u"UPDATE conversations SET last_message_at = NULL, unread_count = 0,"
                                            u" last_message_preview = '<b>Merhaba</b> 25' WHERE id = 'conv-25'"_qs);
                !s)
                return s;
            tx.recordChange(u"conversations"_qs, u"conv-25"_qs, store::ChangeKind::Updated);
            return {};
        }).ok());
        QTRY_COMPARE(refreshed.size(), 2);
        QVERIFY(!allIds(model).contains(u"conv-25"_qs));
    }

    void dayLabels_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QStringList>("contains");
        const QLocale tr(QLocale::Turkish, QLocale::Turkey);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("tr today") << tr << QDate(2026, 11, 23) << QStringList{u"Today"_qs};
        QTest::newRow("tr yesterday") << tr << QDate(2026, 11, 22) << QStringList{u"Yesterday"_qs};
        QTest::newRow("tr friday") << tr << QDate(2026, 11, 20) << QStringList{u"20 Kasım 2026"_qs, u"Cuma"_qs};
        QTest::newRow("tr ağustos") << tr << QDate(2025, 8, 31) << QStringList{u"31 Ağustos 2025"_qs, u"Pazar"_qs};
        QTest::newRow("en friday") << en << QDate(2026, 11, 20) << QStringList{u"November 20, 2026"_qs, u"Friday"_qs};
    }

    void dayLabels()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDate, day);
        QFETCH(QStringList, contains);
        const QString label = ThreadModel::dayLabel(day, QDate(2026, 11, 23), locale);
        for (const QString &part : contains)
            QVERIFY2(label.contains(part), qPrintable(label));
    }

    void thread()
    {
        // Two days of messages in conv-01: in, out sent, out pending, out failed, a removed one, attachments.
        QVERIFY(write([](store::Transaction &tx) -> Status {
            const QString sql =
                u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, direction,"
                u" body, sent_at, status, unsent, failure_reason, updated_at) VALUES"
                u" ('m1', '%1', '%2', 'x1', 'conv-01', 'in', 'Selam <script>alert(1)</script> https://ornek.com.tr/ürün?a=1', %3, 'received', 0, NULL, 1),"
                u" ('m2', '%1', '%2', 'x2', 'conv-01', 'out', 'Merhaba!', %4, 'sent', 0, NULL, 1),"
                u" ('m3', '%1', '%2', 'x3', 'conv-01', 'in', '', %5, 'received', 1, NULL, 1),"
                u" ('m4', '%1', '%2', NULL, 'conv-01', 'out', 'Bekliyor', %6, 'pending', 0, NULL, 1),"
                u" ('m5', '%1', '%2', 'x5', 'conv-01', 'out', 'Olmadı', %7, 'failed', 0, 'Pencere kapandı', 1);"
                u"INSERT INTO attachments(id, workspace_id, message_id, connection_id, external_id, kind, remote_url, updated_at) VALUES"
                u" ('a1', '%1', 'm1', '%2', 'ax1', 'image', 'https://cdn.example/p.jpg', 1),"
                u" ('a2', '%1', 'm1', '%2', 'ax2', 'file', 'javascript:alert(1)', 1);"_qs;
            const qint64 day = 24LL * 3600 * 1000;
            return tx.database().exec(sql.arg(kWorkspace, kOtherConnection)
                                          .arg(kBase - day - 3600000)
                                          .arg(kBase - day - 1800000)
                                          .arg(kBase - 600000)
                                          .arg(kBase - 300000)
                                          .arg(kBase - 60000));
        }).ok());
        ThreadModel model(reader(), &m_notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        model.setLocale(QLocale(QLocale::Turkish, QLocale::Turkey));
        model.setNowFunction([] { return kBase; });
        model.setConversation(u"conv-01"_qs);
        // sep, m1, a1, a2, m2, sep, m3 (removed: no attachments), m4, m5
        QCOMPARE(model.rowCount(), 9);
        using K = ThreadModel::Kind;
        const QList<K> kinds = {K::DaySeparator, K::Message, K::Attachment, K::Attachment, K::Message,
                                K::DaySeparator, K::Message, K::Message, K::Message};
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r).data(ThreadModel::KindRole).value<K>(), kinds.at(r));
        QCOMPARE(model.index(0).data().toString(), u"Yesterday"_qs);
        QCOMPARE(model.index(5).data().toString(), u"Today"_qs);
        // Text exactly as stored (the view shows it as plain text).
        QCOMPARE(model.index(1).data(ThreadModel::TextRole).toString(),
                 u"Selam <script>alert(1)</script> https://ornek.com.tr/ürün?a=1"_qs);
        QCOMPARE(model.index(1).data(ThreadModel::TimeTextRole).toString(), u"08:00"_qs);
        QCOMPARE(model.index(2).data(ThreadModel::UrlRole).toUrl(), QUrl(u"https://cdn.example/p.jpg"_qs));
        QVERIFY(model.index(3).data(ThreadModel::UrlRole).toUrl().isEmpty()); // javascript: is never a link
        QVERIFY(model.index(6).data(ThreadModel::UnsentRole).toBool());
        QVERIFY(model.index(6).data(ThreadModel::TextRole).toString().isEmpty());
        using D = ThreadModel::Delivery;
        QCOMPARE(model.index(1).data(ThreadModel::DeliveryRole).value<D>(), D::Received);
        QCOMPARE(model.index(4).data(ThreadModel::DeliveryRole).value<D>(), D::Sent);
        QCOMPARE(model.index(7).data(ThreadModel::DeliveryRole).value<D>(), D::Pending);
        QCOMPARE(model.index(8).data(ThreadModel::DeliveryRole).value<D>(), D::Failed);
        QCOMPARE(model.index(8).data(ThreadModel::FailureReasonRole).toString(), u"Pencere kapandı"_qs);
        QVERIFY(model.index(4).data(ThreadModel::OutgoingRole).toBool());
        // English day labels from the same rows.
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setNowFunction([] { return kBase + 3 * 24LL * 3600 * 1000; });
        QVERIFY(model.index(0).data().toString().contains(u"Sunday"_qs));
        // A new message arrives: the thread reloads by itself.
        QSignalSpy reloaded(&model, &ThreadModel::reloaded);
        QVERIFY(write([](store::Transaction &tx) -> Status {
            if (auto s = tx.database().exec(
                    u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id, direction,"
                    u" body, sent_at, updated_at) VALUES ('m6', '"_qs
                    + kWorkspace + u"', '"_qs + kOtherConnection + u"', 'x6', 'conv-01', 'in', 'Yeni', "_qs
                    + QString::number(kBase) + u", 1)"_qs);
                !s)
                return s;
            tx.recordChange(u"messages"_qs, u"m6"_qs, store::ChangeKind::Inserted);
            return {};
        }).ok());
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9).data(ThreadModel::TextRole).toString(), u"Yeni"_qs);
    }
};

QTEST_MAIN(TestInboxModels)
#include "tst_inboxmodels.moc"
