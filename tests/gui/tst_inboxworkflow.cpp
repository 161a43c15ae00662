// The inbox workflow in the UI, on a real migrated store: the conversation list's workflow filters (mine,
// unassigned, label, open / done / snoozed) and roles under QAbstractItemModelTester, and the Inbox view driven by
// the keyboard alone: assign to me (A), a new label through the label menu (L), an internal note (N), done (E),
// snooze for an hour (S), the filter row bringing them back, and the help overlay listing the keys.
#include "inbox/conversationlistmodel.h"
#include "inbox/conversationworkflow.h"
#include "inbox/inboxview.h"
#include "inbox/workflowbar.h"
#include "inbox/workflowfilters.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::store::testutil;
using sd::inbox::ConversationFilter;
using sd::inbox::ConversationWorkflow;
using sd::ui::ConversationListModel;
using sd::ui::InboxView;
using sd::ui::WorkflowBar;

namespace {

constexpr qint64 kNow = 1795424400000LL; // 2026-11-23 09:00 UTC, a Monday
constexpr qint64 kHour = 3600 * 1000LL;
constexpr int kConversations = 12;

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QStringList idsOf(ConversationListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.idAt(r);
    return ids;
}

QString conv(int i)
{
    return u"conv-%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestInboxWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;

    std::unique_ptr<store::Database> reader()
    {
        auto r = m_writer->openReader();
        return r ? std::move(r).value() : nullptr;
    }

    Status write(store::StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_writer->submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{u"test"_qs, 1, u"timeout"_qs};
        return *result;
    }

    inbox::WorkflowState stateOf(const QString &id)
    {
        auto db = reader();
        return ConversationWorkflow::state(*db, id, kNow).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"inbox.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            for (int i = 1; i <= kConversations; ++i) {
                auto st = db->prepare(u"INSERT INTO conversations(seq, id, workspace_id, connection_id, external_id,"
                                      u" channel, participant_name, last_message_preview, last_message_at, last_inbound_at,"
                                      u" unread_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Merhaba', ?, ?, ?, 1, 1)");
                QVERIFY(st);
                // conv-01 is the newest.
                QVERIFY(st->bindAll(i, conv(i), kWorkspace, kOtherConnection, u"t_"_qs + conv(i),
                                  i % 2 ? u"instagram"_qs : u"messenger"_qs, u"Müşteri %1"_qs.arg(i),
                                  kNow - i * 60000, kNow - i * 60000, i % 3 == 0 ? 1 : 0)
                            .ok());
                QVERIFY(st->exec().ok());
            }
        }
        auto w = store::StoreWriter::open(path, {}, &m_notifier);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        m_writer = std::move(w).value();
    }

    void cleanupTestCase() { m_writer.reset(); }

    // The model's new filters, against the workflow state written through the core.
    void modelFilters_data()
    {
        QTest::addColumn<int>("assignee");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("unread");
        QTest::addColumn<QStringList>("expected");
        using F = ConversationFilter;
        QStringList open;
        for (int i = 1; i <= kConversations; ++i) {
            if (i != 4 && i != 5)
                open << conv(i);
        }
        QTest::newRow("default: open") << int(F::Assignee::Any) << QString() << int(F::State::Open) << false << open;
        QTest::newRow("mine") << int(F::Assignee::Mine) << QString() << int(F::State::Open) << false
                              << QStringList{conv(1), conv(2)};
        QTest::newRow("mine, all states") << int(F::Assignee::Mine) << QString() << int(F::State::All) << false
                                          << QStringList{conv(1), conv(2), conv(4)};
        QStringList unassigned = open;
        unassigned.removeAll(conv(1));
        unassigned.removeAll(conv(2));
        unassigned.removeAll(conv(3));
        QTest::newRow("unassigned") << int(F::Assignee::Unassigned) << QString() << int(F::State::Open) << false << unassigned;
        QTest::newRow("label İade") << int(F::Assignee::Any) << u"İade"_qs << int(F::State::Open) << false
                                    << QStringList{conv(2), conv(3)};
        QTest::newRow("label IADE folded") << int(F::Assignee::Any) << u"IADE"_qs << int(F::State::All) << false
                                           << QStringList{conv(2), conv(3), conv(5)};
        QTest::newRow("label unknown") << int(F::Assignee::Any) << u"yok"_qs << int(F::State::All) << false << QStringList{};
        QTest::newRow("done") << int(F::Assignee::Any) << QString() << int(F::State::Done) << false << QStringList{conv(4)};
        QTest::newRow("snoozed") << int(F::Assignee::Any) << QString() << int(F::State::Snoozed) << false
                                 << QStringList{conv(5)};
        QTest::newRow("unread + mine") << int(F::Assignee::Mine) << QString() << int(F::State::All) << true << QStringList{};
        QTest::newRow("unread + label") << int(F::Assignee::Any) << u"iade"_qs << int(F::State::Open) << true
                                        << QStringList{conv(3)};
    }

    void modelFilters()
    {
        QFETCH(int, assignee);
        QFETCH(QString, label);
        QFETCH(int, state);
        QFETCH(bool, unread);
        QFETCH(QStringList, expected);
        static bool seeded = false;
        if (!seeded) {
            seeded = true;
            // conv-01, 02 mine; conv-03 Ayşe's; conv-02, 03, 05 labelled İade; conv-04 done (mine); conv-05 snoozed.
            QVERIFY(write([](store::Transaction &tx) -> Status {
                if (auto s = tx.database().exec(u"INSERT INTO workspace_members(id, workspace_id, display_name, updated_at)"
                                                u" VALUES ('m-ayse', '"_qs % kWorkspace % u"', 'Ayşe', 1)");
                    !s)
                    return s;
                for (const QString &id : {conv(1), conv(2), conv(4)}) {
                    if (auto r = ConversationWorkflow::assignToMe(tx, id, kNow); !r)
                        return r.error();
                }
                if (auto r = ConversationWorkflow::assign(tx, conv(3), u"m-ayse"_qs, kNow); !r)
                    return r.error();
                for (const QString &id : {conv(2), conv(3), conv(5)}) {
                    if (auto r = ConversationWorkflow::addLabel(tx, id, u"İade"_qs, kNow); !r)
                        return r.error();
                }
                if (auto r = ConversationWorkflow::markDone(tx, conv(4), kNow); !r)
                    return r.error();
                if (auto r = ConversationWorkflow::snooze(tx, conv(5), kNow + kHour, kNow); !r)
                    return r.error();
                return {};
            }).ok());
        }
        ConversationListModel model(reader(), &m_notifier);
        model.setNowFunction([] { return kNow; });
        model.setPageSize(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConversationFilter f;
        f.unreadOnly = unread;
        f.assignee = ConversationFilter::Assignee(assignee);
        f.label = label;
        f.state = ConversationFilter::State(state);
        model.setFilter(f);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(idsOf(model), expected);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            if (i.data(ConversationListModel::IdRole).toString() == conv(2)) {
                QCOMPARE(i.data(ConversationListModel::AssigneeRole).toString(), u"Me"_qs);
                QVERIFY(i.data(ConversationListModel::AssignedToMeRole).toBool());
                QCOMPARE(i.data(ConversationListModel::LabelsRole).toStringList(), QStringList{u"İade"_qs});
                QCOMPARE(i.data(ConversationListModel::StatusRole).toString(), u"open"_qs);
            }
            if (i.data(ConversationListModel::IdRole).toString() == conv(3))
                QCOMPARE(i.data(ConversationListModel::AssigneeRole).toString(), u"Ayşe"_qs);
            if (i.data(ConversationListModel::IdRole).toString() == conv(5)) {
                QCOMPARE(i.data(ConversationListModel::StatusRole).toString(), u"snoozed"_qs);
                QCOMPARE(i.data(ConversationListModel::SnoozedUntilRole).toDateTime().toMSecsSinceEpoch(), kNow + kHour);
            }
        }
        // Live: a label added elsewhere reaches the open model.
        if (QTest::currentDataTag() == QByteArray("default: open")) {
            QSignalSpy refreshed(&model, &ConversationListModel::refreshed);
            QVERIFY(write([](store::Transaction &tx) -> Status {
                auto r = ConversationWorkflow::addLabel(tx, conv(6), u"Kargo"_qs, kNow);
                return r ? Status() : Status(r.error());
            }).ok());
            QVERIFY(refreshed.wait(5000));
            QCOMPARE(model.index(model.rowOf(conv(6))).data(ConversationListModel::LabelsRole).toStringList(),
                     QStringList{u"Kargo"_qs});
        }
    }

    // The whole workflow from the keyboard.
    void keyboardOnly()
    {
        // Start clean: nothing assigned, labelled, done or snoozed.
        QVERIFY(write([](store::Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET assignee_id = NULL, status = 'open', snoozed_until = NULL;"
                                      u" DELETE FROM conversation_tags; DELETE FROM tags;"_qs);
        }).ok());
        InboxView view;
        view.setNowFunction([] { return kNow; });
        view.resize(1100, 720);
        view.setSource(m_writer.get(), &m_notifier, nullptr);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        WorkflowBar *bar = view.workflowBar();
        QVERIFY(bar);
        view.focusList();
        QListView *list = view.conversationView();
        QCOMPARE(view.currentConversationId(), conv(1));
        QCOMPARE(bar->conversationId(), conv(1));

        // The help overlay lists the workflow keys.
        QTest::keyClick(list, Qt::Key_F1);
        const QString help = view.helpOverlay()->findChild<QLabel *>()->text();
        QVERIFY2(help.contains(u"Shift+A"_qs) && help.contains(u"snooze"_qs), qPrintable(help));
        QTest::keyClick(list, Qt::Key_Escape);

        // A: assigned to me; the row shows it.
        QSignalSpy finished(bar, &WorkflowBar::actionFinished);
        QTest::keyClick(list, Qt::Key_A);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toString(), QString());
        QVERIFY(stateOf(conv(1)).assignedToMe);
        QTRY_COMPARE(view.listModel()->index(0).data(ConversationListModel::AssigneeRole).toString(), u"Me"_qs);

        // Shift+A: the assign menu, "Nobody" chosen with the keyboard, then A again.
        QTest::keyClick(list, Qt::Key_A, Qt::ShiftModifier);
        QMenu *assign = bar->assignMenu();
        QTRY_VERIFY(assign->isVisible());
        QTest::keyClick(assign, Qt::Key_N); // &Nobody
        QVERIFY(finished.wait(5000));
        QVERIFY(stateOf(conv(1)).assigneeId.isEmpty());
        QTest::keyClick(list, Qt::Key_A);
        QVERIFY(finished.wait(5000));

        // L: the label menu; with no labels yet its only entry is "New label…".
        QTest::keyClick(list, Qt::Key_L);
        QMenu *labels = bar->labelMenu();
        QTRY_VERIFY(labels->isVisible());
        QTest::keyClick(labels, Qt::Key_Return);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = bar->findChild<QInputDialog *>(u"workflowLabelDialog"_qs)) != nullptr && ask->isVisible());
        QWidget *field = ask->findChild<QLineEdit *>();
        QVERIFY(field);
        typeText(field, u"İade"_qs);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stateOf(conv(1)).labels, QStringList{u"İade"_qs});
        // L again: "İade" is checked; Return on it removes it; L, Return adds it back.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_L);
        QTRY_VERIFY(labels->isVisible());
        QVERIFY(labels->actions().first()->isChecked());
        QTest::keyClick(labels, Qt::Key_Return);
        QVERIFY(finished.wait(5000));
        QVERIFY(stateOf(conv(1)).labels.isEmpty());
        QTest::keyClick(list, Qt::Key_L);
        QTRY_VERIFY(labels->isVisible());
        QTest::keyClick(labels, Qt::Key_Return);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stateOf(conv(1)).labels, QStringList{u"İade"_qs});

        // N: an internal note, saved with Ctrl+Enter; shown in the bar's notes, not in the thread.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_N);
        QDialog *noteDialog = nullptr;
        QTRY_VERIFY((noteDialog = bar->findChild<QDialog *>(u"workflowNoteDialog"_qs)) != nullptr && noteDialog->isVisible());
        auto *noteEdit = noteDialog->findChild<QPlainTextEdit *>(u"workflowNoteEdit"_qs);
        QVERIFY(noteEdit);
        typeText(noteEdit, u"Kargo şubede, müşteri arayacak."_qs);
        QTest::keyClick(noteEdit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(5000));
        QTRY_COMPARE(bar->noteTexts(), QStringList{u"Kargo şubede, müşteri arayacak."_qs});
        QVERIFY(bar->notesView()->isVisible());
        QCOMPARE(*reader()->queryInt(u"SELECT count(*) FROM messages"_qs), 0);

        // E: done; it leaves the default list and the next conversation opens.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_E);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stateOf(conv(1)).status, u"done"_qs);
        QTRY_COMPARE(view.listModel()->rowOf(conv(1)), -1);
        QTRY_COMPARE(view.currentConversationId(), conv(2));

        // S: snooze for an hour (the first entry).
        list->setFocus();
        QTest::keyClick(list, Qt::Key_S);
        QMenu *snooze = bar->snoozeMenu();
        QTRY_VERIFY(snooze->isVisible());
        QTest::keyClick(snooze, Qt::Key_Return);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stateOf(conv(2)).status, u"snoozed"_qs);
        QCOMPARE(stateOf(conv(2)).snoozedUntil, kNow + kHour);
        QTRY_COMPARE(view.listModel()->rowOf(conv(2)), -1);

        // The state filter shows the done one again; E there reopens it.
        QComboBox *state = view.workflowFilters()->stateBox();
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down); // Done
        QTRY_COMPARE(idsOf(*view.listModel()), QStringList{conv(1)});
        view.focusList();
        QTRY_COMPARE(view.currentConversationId(), conv(1));
        QTest::keyClick(list, Qt::Key_E);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stateOf(conv(1)).status, u"open"_qs);
        QTest::keyClick(state, Qt::Key_Down); // Snoozed
        QTRY_COMPARE(idsOf(*view.listModel()), QStringList{conv(2)});
        // Mine + open.
        QTest::keyClick(state, Qt::Key_Up);
        QTest::keyClick(state, Qt::Key_Up);
        QComboBox *who = view.workflowFilters()->assigneeBox();
        QTest::keyClick(who, Qt::Key_Down); // Mine
        QTRY_COMPARE(idsOf(*view.listModel()), QStringList{conv(1)});
        QVERIFY(view.workflowFilters()->isActive());

        // Two hours later the snooze is over: the view wakes it, and it is back open and unread.
        QCOMPARE(*reader()->queryInt(u"SELECT unread_count FROM conversations WHERE id = 'conv-02'"_qs), 0);
        view.setNowFunction([] { return kNow + 2 * kHour; });
        QTRY_COMPARE_WITH_TIMEOUT(*reader()->queryInt(u"SELECT unread_count FROM conversations WHERE id = 'conv-02'"_qs), 1, 10000);
        QCOMPARE(stateOf(conv(2)).status, u"open"_qs);
        QTest::keyClick(who, Qt::Key_Up); // everyone's
        QTRY_VERIFY(idsOf(*view.listModel()).contains(conv(2)));
    }

    // Every conversation done: the list and its filters stay (not the "no conversations yet" state), with a line
    // saying why the list is empty; the Done filter brings them back.
    void allDoneKeepsTheListAndSaysWhy()
    {
        QVERIFY(write([](store::Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET assignee_id = NULL, status = 'closed', snoozed_until = NULL;"_qs);
        }).ok());
        InboxView view;
        view.setNowFunction([] { return kNow; });
        view.resize(1100, 720);
        view.setSource(m_writer.get(), &m_notifier, nullptr);
        view.show();
        QCOMPARE(view.listModel()->rowCount(), 0);
        QVERIFY(!view.workflowFilters()->isActive());
        auto *empty = view.findChild<QLabel *>(u"inboxListEmpty"_qs);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(view.conversationView()->isVisible());
        QVERIFY(view.workflowFilters()->isVisible());
        QComboBox *state = view.workflowFilters()->stateBox();
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down); // Done
        QTRY_COMPARE(view.listModel()->rowCount(), kConversations);
        QTRY_VERIFY(!empty->isVisible());
        QVERIFY(write([](store::Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET status = 'open';"_qs);
        }).ok());
    }

    // Selecting a conversation leaves its badge (an "Unread only" list keeps the row); starting a reply (R) clears it.
    void replyingMarksTheConversationRead()
    {
        QVERIFY(write([](store::Transaction &tx) {
            return tx.database().exec(u"UPDATE conversations SET status = 'open', snoozed_until = NULL, unread_count = 2"
                                      u" WHERE id = 'conv-03'"_qs);
        }).ok());
        InboxView view;
        view.setNowFunction([] { return kNow; });
        view.resize(1100, 720);
        view.setSource(m_writer.get(), &m_notifier, nullptr);
        view.show();
        view.selectConversation(conv(3));
        QTRY_COMPARE(view.currentConversationId(), conv(3));
        QTest::qWait(50);
        QCOMPARE(*reader()->queryInt(u"SELECT unread_count FROM conversations WHERE id = 'conv-03'"_qs), 2);
        view.focusList();
        QTest::keyClick(view.conversationView(), Qt::Key_R);
        QTRY_COMPARE(*reader()->queryInt(u"SELECT unread_count FROM conversations WHERE id = 'conv-03'"_qs), 0);
        QTRY_COMPARE(view.listModel()->data(view.listModel()->index(view.listModel()->rowOf(conv(3))),
                         ConversationListModel::UnreadRole).toInt(), 0);
    }
};

QTEST_MAIN(TestInboxWorkflow)
#include "tst_inboxworkflow.moc"
