// The inbox workflow (core/inbox/conversationworkflow.h) on a real encrypted store through its StoreWriter:
// assignment (the local member created once), labels folded Turkish-aware and created on first use, internal
// notes kept apart from messages, done / reopen, a customer's new message reopening a done conversation, snooze
// hiding a conversation until its time and bringing it back unread, the list filters, change notifications,
// and the parsers of snooze times.
#include "inbox/conversationworkflow.h"
#include "inbox/inboxquery.h"
#include "profile/profile.h"
#include "store/changenotifier.h"
#include "store/localstore.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sd;
using namespace sd::store;
using sd::inbox::ConversationFilter;
using sd::inbox::ConversationWorkflow;
using sd::inbox::WorkflowError;

namespace {

constexpr qint64 kNow = 1795424400000LL; // 2026-11-23 09:00 UTC, a Monday
constexpr qint64 kHour = 3600 * 1000LL;

} // namespace

class TestConversationWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    std::unique_ptr<LocalStore> m_store;

    Status write(StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_store->writer().submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{u"test"_qs, 1, u"timeout"_qs};
        return *result;
    }

    // Runs one workflow action in its own transaction; the action's own result.
    template<typename T>
    Result<T> act(std::function<Result<T>(Transaction &)> action)
    {
        std::optional<Result<T>> out;
        const Status s = write([&](Transaction &tx) -> Status {
            out = action(tx);
            return *out ? Status() : Status(out->error());
        });
        if (!out)
            return s.error();
        return *out;
    }

    std::unique_ptr<Database> reader()
    {
        auto r = m_store->openReader();
        return r ? std::move(r).value() : nullptr;
    }

    QStringList listed(const ConversationFilter &filter)
    {
        auto db = reader();
        auto rows = inbox::InboxQuery::conversations(*db, filter, std::nullopt, 100);
        QStringList ids;
        if (rows) {
            for (const auto &r : rows.value())
                ids << r.id;
        }
        return ids;
    }

    qint64 count(const QString &sql)
    {
        auto db = reader();
        return db->queryInt(sql).valueOr(-1);
    }

    inbox::WorkflowState stateOf(const QString &id, qint64 now = kNow)
    {
        auto db = reader();
        auto s = ConversationWorkflow::state(*db, id, now);
        return s ? s.value() : inbox::WorkflowState{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto profile = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Test"_qs);
        QVERIFY(profile);
        auto store = LocalStore::open(profile.value(), SecureKey::random(), &m_notifier);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        QVERIFY(write([](Transaction &tx) -> Status {
            Database &db = tx.database();
            if (auto s = testutil::seedWorkspace(db); !s)
                return s;
            // c1..c4: newest first c4; c4 is read, the others unread.
            for (int i = 1; i <= 4; ++i) {
                auto st = db.prepare(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, channel,"
                                     u" participant_name, unread_count, last_message_at, last_inbound_at, created_at, updated_at)"
                                     u" VALUES (?1, ?2, ?3, ?4, 'instagram', ?5, ?6, ?7, ?7, 1, 1)"_qs);
                if (!st)
                    return st.error();
                if (auto b = st->bindAll(u"c%1"_qs.arg(i), testutil::kWorkspace, testutil::kOtherConnection,
                        u"ext-%1"_qs.arg(i), u"Müşteri %1"_qs.arg(i), i == 4 ? 0 : 1, kNow - (10 - i) * kHour);
                    !b)
                    return b;
                if (auto s = st->exec(); !s)
                    return s;
            }
            return {};
        }).ok());
    }

    void labelKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("İ and i") << u"İade"_qs << u"iade"_qs << true;
        QTest::newRow("upper I") << u"IADE"_qs << u"iade"_qs << true;
        QTest::newRow("dotless ı") << u"ıade"_qs << u"İADE"_qs << true;
        QTest::newRow("spaces") << u"  Kargo   Gecikmesi "_qs << u"kargo gecikmesi"_qs << true;
        QTest::newRow("ç ğ ş") << u"Çağrı Şikâyet"_qs << u"cagri sikayet"_qs << true;
        QTest::newRow("different") << u"iade"_qs << u"kargo"_qs << false;
        QTest::newRow("prefix is not equal") << u"iade"_qs << u"iade talebi"_qs << false;
    }

    void labelKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ConversationWorkflow::labelKey(a) == ConversationWorkflow::labelKey(b), same);
        QVERIFY(!ConversationWorkflow::labelKey(a).isEmpty());
    }

    void labelsFoldAndAreCreatedOnce()
    {
        QSignalSpy changes(&m_notifier, &ChangeNotifier::changed);
        auto added = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c1"_qs, u"İade"_qs, kNow); });
        QVERIFY(added && added.value());
        // One commit, published once: the tag, the link and the conversation (so that lists refresh).
        QTRY_COMPARE(changes.size(), 1);
        QStringList tables;
        for (const auto &c : changes.first().first().value<ChangeBatch>()) {
            tables << c.table;
            if (c.table == u"conversations")
                QCOMPARE(c.ids, QStringList{u"c1"_qs});
        }
        tables.sort();
        QCOMPARE(tables, (QStringList{u"conversation_tags"_qs, u"conversations"_qs, u"tags"_qs}));
        // The same label in other spellings: no second tag, no second link.
        auto again = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c1"_qs, u"IADE"_qs, kNow); });
        QVERIFY(again && !again.value());
        auto other = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c2"_qs, u"iade"_qs, kNow); });
        QVERIFY(other && other.value());
        QCOMPARE(count(u"SELECT count(*) FROM tags"_qs), 1);
        QCOMPARE(stateOf(u"c1"_qs).labels, QStringList{u"İade"_qs});
        QCOMPARE(stateOf(u"c2"_qs).labels, QStringList{u"İade"_qs}); // the first spelling is kept
        auto empty = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c1"_qs, u"   "_qs, kNow); });
        QVERIFY(!empty && empty.error().is(WorkflowError::EmptyLabel));
        auto missing = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"nope"_qs, u"x"_qs, kNow); });
        QVERIFY(!missing && missing.error().is(WorkflowError::NoConversation));

        // The label filter, folded too.
        ConversationFilter f;
        f.nowMs = kNow;
        f.label = u"IADE"_qs;
        QCOMPARE(listed(f), (QStringList{u"c2"_qs, u"c1"_qs}));

        auto removed = act<bool>([](Transaction &tx) { return ConversationWorkflow::removeLabel(tx, u"c2"_qs, u"ıade"_qs, kNow); });
        QVERIFY(removed && removed.value());
        auto removedAgain = act<bool>([](Transaction &tx) { return ConversationWorkflow::removeLabel(tx, u"c2"_qs, u"iade"_qs, kNow); });
        QVERIFY(removedAgain && !removedAgain.value());
        QCOMPARE(listed(f), QStringList{u"c1"_qs});
        // Added back: the old link row is revived, still one tag.
        auto back = act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c2"_qs, u"İADE"_qs, kNow); });
        QVERIFY(back && back.value());
        QCOMPARE(count(u"SELECT count(*) FROM conversation_tags WHERE conversation_id = 'c2'"_qs), 1);
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::addLabel(tx, u"c2"_qs, u"Kargo"_qs, kNow); }));
        QCOMPARE(stateOf(u"c2"_qs).labels, (QStringList{u"İade"_qs, u"Kargo"_qs}));
        auto db = reader();
        QCOMPARE(ConversationWorkflow::labels(*db).valueOr({}), (QStringList{u"İade"_qs, u"Kargo"_qs}));
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::removeLabel(tx, u"c2"_qs, u"iade"_qs, kNow); }));
    }

    void assignment()
    {
        QCOMPARE(count(u"SELECT count(*) FROM workspace_members"_qs), 0);
        auto mine = act<bool>([](Transaction &tx) { return ConversationWorkflow::assignToMe(tx, u"c1"_qs, kNow); });
        QVERIFY(mine && mine.value());
        auto again = act<bool>([](Transaction &tx) { return ConversationWorkflow::assignToMe(tx, u"c1"_qs, kNow); });
        QVERIFY(again && !again.value());
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::assignToMe(tx, u"c3"_qs, kNow); }));
        QCOMPARE(count(u"SELECT count(*) FROM workspace_members WHERE is_me = 1"_qs), 1);
        const auto s = stateOf(u"c1"_qs);
        QVERIFY(s.assignedToMe);
        QVERIFY(!s.assigneeId.isEmpty());
        QCOMPARE(s.assigneeName, u"Me"_qs);

        // A second team member (as the cloud will add them).
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"INSERT INTO workspace_members(id, workspace_id, display_name, updated_at)"
                                      u" VALUES ('m-ayse', '"_qs % testutil::kWorkspace % u"', 'Ayşe', 1)");
        }).ok());
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::assign(tx, u"c3"_qs, u"m-ayse"_qs, kNow); }));
        QCOMPARE(stateOf(u"c3"_qs).assigneeName, u"Ayşe"_qs);
        auto unknown = act<bool>([](Transaction &tx) { return ConversationWorkflow::assign(tx, u"c3"_qs, u"m-ghost"_qs, kNow); });
        QVERIFY(!unknown && unknown.error().is(WorkflowError::NoMember));
        QCOMPARE(stateOf(u"c3"_qs).assigneeName, u"Ayşe"_qs); // rolled back, unchanged
        {
            auto db = reader();
            const auto members = ConversationWorkflow::members(*db, testutil::kWorkspace).valueOr({});
            QCOMPARE(members.size(), 2);
            QVERIFY(members.first().isMe);
        }

        ConversationFilter f;
        f.nowMs = kNow;
        f.assignee = ConversationFilter::Assignee::Mine;
        QCOMPARE(listed(f), QStringList{u"c1"_qs});
        f.assignee = ConversationFilter::Assignee::Unassigned;
        QCOMPARE(listed(f), (QStringList{u"c4"_qs, u"c2"_qs}));

        auto none = act<bool>([](Transaction &tx) { return ConversationWorkflow::assign(tx, u"c3"_qs, QString(), kNow); });
        QVERIFY(none && none.value());
        QVERIFY(stateOf(u"c3"_qs).assigneeId.isEmpty());
        QCOMPARE(listed(f), (QStringList{u"c4"_qs, u"c3"_qs, u"c2"_qs}));
    }

    void notesAreInternal()
    {
        const qint64 messages = count(u"SELECT count(*) FROM messages"_qs);
        const qint64 outbox = count(u"SELECT count(*) FROM outbox"_qs);
        auto id = act<QString>([](Transaction &tx) {
            return ConversationWorkflow::addNote(tx, u"c2"_qs, u"  Müşteri İade istiyor; kargo fişi bekleniyor.\n"_qs, kNow);
        });
        QVERIFY(id && !id.value().isEmpty());
        auto empty = act<QString>([](Transaction &tx) { return ConversationWorkflow::addNote(tx, u"c2"_qs, u" \n "_qs, kNow); });
        QVERIFY(!empty && empty.error().is(WorkflowError::EmptyNote));
        auto db = reader();
        const auto notes = ConversationWorkflow::notes(*db, u"c2"_qs).valueOr({});
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().body, u"Müşteri İade istiyor; kargo fişi bekleniyor."_qs);
        QCOMPARE(notes.first().authorName, u"Me"_qs);
        QCOMPARE(notes.first().createdAt, kNow);
        // Never a message, never anything to send.
        QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), messages);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_qs), outbox);
        QVERIFY(ConversationWorkflow::notes(*db, u"c1"_qs).valueOr({}).isEmpty());
    }

    void doneReopenAndInboundReopens()
    {
        auto done = act<bool>([](Transaction &tx) { return ConversationWorkflow::markDone(tx, u"c4"_qs, kNow); });
        QVERIFY(done && done.value());
        QCOMPARE(stateOf(u"c4"_qs).status, u"done"_qs);
        ConversationFilter f;
        f.nowMs = kNow;
        QVERIFY(!listed(f).contains(u"c4"_qs));
        f.state = ConversationFilter::State::Done;
        QCOMPARE(listed(f), QStringList{u"c4"_qs});
        auto reopened = act<bool>([](Transaction &tx) { return ConversationWorkflow::reopen(tx, u"c4"_qs, kNow); });
        QVERIFY(reopened && reopened.value());
        auto again = act<bool>([](Transaction &tx) { return ConversationWorkflow::reopen(tx, u"c4"_qs, kNow); });
        QVERIFY(again && !again.value());
        QCOMPARE(stateOf(u"c4"_qs).status, u"open"_qs);

        // Done again; then the customer writes (the ingest moves last_inbound_at forward): open again.
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::markDone(tx, u"c4"_qs, kNow); }));
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET last_message_preview = 'same' WHERE id = 'c4'"_qs);
        }).ok());
        QCOMPARE(stateOf(u"c4"_qs).status, u"done"_qs); // other updates leave it done
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET last_inbound_at = last_inbound_at + 60000 WHERE id = 'c4'"_qs);
        }).ok());
        QCOMPARE(stateOf(u"c4"_qs).status, u"open"_qs);
    }

    void markReadClearsTheUnreadCount()
    {
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET unread_count = 3 WHERE id = 'c4'"_qs);
        }).ok());
        auto read = act<bool>([](Transaction &tx) { return ConversationWorkflow::markRead(tx, u"c4"_qs, kNow); });
        QVERIFY(read && read.value());
        QCOMPARE(count(u"SELECT unread_count FROM conversations WHERE id = 'c4'"_qs), 0);
        auto again = act<bool>([](Transaction &tx) { return ConversationWorkflow::markRead(tx, u"c4"_qs, kNow); });
        QVERIFY(again && !again.value()); // nothing to change
        auto missing = act<bool>([](Transaction &tx) { return ConversationWorkflow::markRead(tx, u"nope"_qs, kNow); });
        QVERIFY(!missing);
    }

    void snoozeHidesUntilItsTime()
    {
        auto past = act<bool>([](Transaction &tx) { return ConversationWorkflow::snooze(tx, u"c4"_qs, kNow - 1, kNow); });
        QVERIFY(!past && past.error().is(WorkflowError::SnoozeInPast));
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET unread_count = 0 WHERE id = 'c4'"_qs);
        }).ok());
        auto snoozed = act<bool>([](Transaction &tx) { return ConversationWorkflow::snooze(tx, u"c4"_qs, kNow + 2 * kHour, kNow); });
        QVERIFY(snoozed && snoozed.value());
        QCOMPARE(stateOf(u"c4"_qs).status, u"snoozed"_qs);
        QCOMPARE(stateOf(u"c4"_qs).snoozedUntil, kNow + 2 * kHour);
        ConversationFilter f;
        f.nowMs = kNow;
        QVERIFY(!listed(f).contains(u"c4"_qs));
        f.state = ConversationFilter::State::Snoozed;
        QCOMPARE(listed(f), QStringList{u"c4"_qs});
        {
            auto db = reader();
            QCOMPARE(ConversationWorkflow::nextSnoozeEnd(*db, kNow).valueOr(std::nullopt), std::optional<qint64>(kNow + 2 * kHour));
        }
        // Not due yet: nothing wakes.
        auto early = act<int>([](Transaction &tx) { return ConversationWorkflow::wakeDue(tx, kNow + kHour); });
        QCOMPARE(early.valueOr(-1), 0);
        // Its time has come: in the default list again (even before the wake is written) …
        const qint64 later = kNow + 2 * kHour + 1;
        f.nowMs = later;
        QVERIFY(listed(f).isEmpty());
        f.state = ConversationFilter::State::Open;
        QVERIFY(listed(f).contains(u"c4"_qs));
        QCOMPARE(stateOf(u"c4"_qs, later).status, u"open"_qs);
        // … and the wake brings it back unread.
        auto woke = act<int>([later](Transaction &tx) { return ConversationWorkflow::wakeDue(tx, later); });
        QCOMPARE(woke.valueOr(-1), 1);
        QCOMPARE(count(u"SELECT unread_count FROM conversations WHERE id = 'c4'"_qs), 1);
        QCOMPARE(count(u"SELECT count(*) FROM conversations WHERE snoozed_until IS NOT NULL"_qs), 0);

        // A customer's message ends a snooze early.
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::snooze(tx, u"c3"_qs, kNow + 24 * kHour, kNow); }));
        QVERIFY(write([](Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET last_inbound_at = last_inbound_at + 1 WHERE id = 'c3'"_qs);
        }).ok());
        QCOMPARE(stateOf(u"c3"_qs).status, u"open"_qs);
        // Done ends a snooze; snoozing a done conversation opens it (snoozed).
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::snooze(tx, u"c3"_qs, kNow + kHour, kNow); }));
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::markDone(tx, u"c3"_qs, kNow); }));
        QCOMPARE(stateOf(u"c3"_qs).status, u"done"_qs);
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::snooze(tx, u"c3"_qs, kNow + kHour, kNow); }));
        QCOMPARE(stateOf(u"c3"_qs).status, u"snoozed"_qs);
        QVERIFY(act<bool>([](Transaction &tx) { return ConversationWorkflow::reopen(tx, u"c3"_qs, kNow); }));
        QCOMPARE(stateOf(u"c3"_qs).status, u"open"_qs);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("2h") << u"2h"_qs << 2 * kHour;
        QTest::newRow("30m") << u"30m"_qs << 30 * 60000LL;
        QTest::newRow("1d") << u"1d"_qs << 24 * kHour;
        QTest::newRow("1w") << u"1w"_qs << 7 * 24 * kHour;
        QTest::newRow("1h30m") << u"1h30m"_qs << 90 * 60000LL;
        QTest::newRow("upper and spaces") << u" 2H "_qs << 2 * kHour;
        QTest::newRow("zero") << u"0h"_qs << -1LL;
        QTest::newRow("no unit") << u"2"_qs << -1LL;
        QTest::newRow("unknown unit") << u"2y"_qs << -1LL;
        QTest::newRow("negative") << u"-2h"_qs << -1LL;
        QTest::newRow("words") << u"two hours"_qs << -1LL;
        QTest::newRow("empty") << QString() << -1LL;
        QTest::newRow("huge") << u"99999999999h"_qs << -1LL;
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(ConversationWorkflow::parseDuration(text).value_or(-1), ms);
    }

    void parseUntil_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("UTC") << u"2026-11-23T12:00:00Z"_qs << kNow + 3 * kHour;
        QTest::newRow("offset +03:00") << u"2026-11-23T15:00+03:00"_qs << kNow + 3 * kHour;
        QTest::newRow("garbage") << u"yarın"_qs << -1LL;
        QTest::newRow("empty") << u"  "_qs << -1LL;
        QTest::newRow("bad month") << u"2026-13-01T09:00Z"_qs << -1LL;
    }

    void parseUntil()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto t = ConversationWorkflow::parseUntil(text);
        QCOMPARE(t ? t->toMSecsSinceEpoch() : -1, ms);
    }

    void parseUntilLocal()
    {
        // Without an offset: local time; a date alone: 09:00 that day.
        const auto t = ConversationWorkflow::parseUntil(u"2026-11-24T10:30"_qs);
        QVERIFY(t);
        QCOMPARE(t->toLocalTime(), QDateTime(QDate(2026, 11, 24), QTime(10, 30)));
        const auto d = ConversationWorkflow::parseUntil(u"2026-11-24"_qs);
        QVERIFY(d);
        QCOMPARE(d->toLocalTime(), QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
    }

    void presetTime_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const QTimeZone istanbul(QByteArrayLiteral("Europe/Istanbul"));
        const auto at = [&](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), istanbul); };
        using P = ConversationWorkflow::SnoozePreset;
        QTest::newRow("1 h") << int(P::OneHour) << at(2026, 11, 23, 23, 30) << at(2026, 11, 24, 0, 30);
        QTest::newRow("tomorrow (Monday)") << int(P::TomorrowMorning) << at(2026, 11, 23, 18, 0) << at(2026, 11, 24, 9, 0);
        QTest::newRow("tomorrow after midnight") << int(P::TomorrowMorning) << at(2026, 11, 24, 0, 15) << at(2026, 11, 25, 9, 0);
        QTest::newRow("tomorrow month end") << int(P::TomorrowMorning) << at(2026, 11, 30, 12, 0) << at(2026, 12, 1, 9, 0);
        QTest::newRow("next week from Monday") << int(P::NextWeek) << at(2026, 11, 23, 8, 0) << at(2026, 11, 30, 9, 0);
        QTest::newRow("next week from Sunday") << int(P::NextWeek) << at(2026, 11, 29, 22, 0) << at(2026, 11, 30, 9, 0);
        QTest::newRow("next week from Wednesday") << int(P::NextWeek) << at(2026, 12, 30, 10, 0) << at(2027, 1, 4, 9, 0);
    }

    void presetTime()
    {
        QFETCH(int, preset);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(ConversationWorkflow::presetTime(ConversationWorkflow::SnoozePreset(preset), now), expected);
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestConversationWorkflow)
#include "tst_conversationworkflow.moc"
