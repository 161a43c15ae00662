// The Inbox view's side features offscreen, on a real store (tests/unit/inbox/inboxseed.h) and the real view:
// search across messages with the keyboard (/ in the list, type, Enter, pick a hit) opens the conversation with
// the message highlighted even when a list filter hid it; Ctrl+F in the thread finds Turkish-folded hits, counts
// them and moves with Enter / Shift+Enter, Esc closes; the customer panel shows the customer's matched orders
// (confirmed and possible), opens one with Enter, and Ctrl+I toggles it; the help overlay lists the shortcuts.
#include "inbox/conversationlistmodel.h"
#include "inbox/customerpanel.h"
#include "inbox/inboxview.h"
#include "inbox/messagesearchpanel.h"
#include "inbox/threadfindbar.h"
#include "inboxseed.h"
#include "store/changenotifier.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace sd;
using namespace sd::store::testutil;
using sd::ui::CustomerPanel;
using sd::ui::InboxView;
using sd::ui::MessageSearchModel;

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

class TestInboxSide : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<InboxView> m_view;

    int resultRow(const QString &messageId)
    {
        MessageSearchModel *model = m_view->searchPanel()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r).data(MessageSearchModel::MessageIdRole).toString() == messageId)
                return r;
        }
        return -1;
    }

    QStringList selectedTexts()
    {
        QStringList out;
        for (const QTextEdit::ExtraSelection &s : m_view->threadView()->extraSelections())
            out << s.cursor.selectedText();
        return out;
    }

    QStringList orderNumbers()
    {
        QStringList out;
        QTreeWidget *list = m_view->customerPanel()->orderList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(CustomerPanel::NumberColumn);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"side.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            QVERIFY(inbox::testseed::seedInbox(*db).ok());
        }
        auto w = store::StoreWriter::open(path, {}, &m_notifier);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        m_writer = std::move(w).value();
        m_view = std::make_unique<InboxView>();
        m_view->resize(1200, 760);
        m_view->setSource(m_writer.get(), &m_notifier, nullptr);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        if (QGuiApplication::platformName() == u"offscreen"_qs)
            QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QCOMPARE(m_view->currentConversationId(), u"conv-a"_qs); // the newest
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_writer.reset();
    }

    void searchOpensTheMessageHighlighted()
    {
        // A filter that hides every conversation: opening a hit must show it anyway.
        auto *unread = m_view->findChild<QCheckBox *>(u"inboxUnreadOnly"_qs);
        QVERIFY(unread);
        m_view->selectConversation(u"conv-c"_qs);
        unread->setChecked(true);
        QCOMPARE(m_view->listModel()->rowCount(), 0);

        m_view->conversationView()->setFocus();
        QTest::keyClick(m_view->conversationView(), '/');
        QLineEdit *field = m_view->searchPanel()->field();
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, u"cagri"_qs);
        QTest::keyClick(field, Qt::Key_Return); // searches at once (no wait for the typing pause)
        MessageSearchModel *model = m_view->searchPanel()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(m_view->searchPanel()->isActive());
        QVERIFY(m_view->conversationView()->isHidden());
        QVERIFY(!m_view->searchPanel()->results()->isHidden());

        // The customer's markup stays text; only the hit is bold.
        const int markup = resultRow(u"m-a3"_qs);
        QVERIFY(markup >= 0);
        const QString html = model->index(markup).data(MessageSearchModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(u"&lt;b&gt;<b>ÇAĞRI</b>&lt;/b&gt; &amp; co."_qs), qPrintable(html));
        QCOMPARE(model->index(markup).data(MessageSearchModel::ConversationNameRole).toString(), u"Çağrı Yıldız"_qs);

        // Down into the results, to the hit in m-a2, Enter.
        QTest::keyClick(field, Qt::Key_Down);
        QVERIFY(m_view->searchPanel()->results()->hasFocus());
        const int row = resultRow(u"m-a2"_qs);
        QVERIFY(row >= 0);
        m_view->searchPanel()->results()->setCurrentIndex(model->index(row));
        QTest::keyClick(m_view->searchPanel()->results(), Qt::Key_Return);

        QVERIFY(!unread->isChecked());
        QCOMPARE(m_view->currentConversationId(), u"conv-a"_qs);
        ui::ThreadFindBar *bar = m_view->findBar();
        QCOMPARE(bar->highlightedMessage(), u"m-a2"_qs);
        const int pos = ui::ThreadFindBar::messagePosition(m_view->threadView(), u"m-a2"_qs);
        QVERIFY(pos >= 0);
        const QTextBlock block = m_view->threadView()->document()->findBlock(pos);
        QVERIFY(block.text().startsWith(u"Kargoya verildi Çağrı Bey"_qs));
        // The bubble and the word in it are highlighted; the bubble is in view.
        const QList<QTextEdit::ExtraSelection> selections = m_view->threadView()->extraSelections();
        QCOMPARE(selections.size(), 2);
        QVERIFY(selections.at(0).format.property(QTextFormat::FullWidthSelection).toBool());
        QCOMPARE(selections.at(0).cursor.selectedText(), block.text());
        QCOMPARE(selections.at(1).cursor.selectedText(), u"Çağrı"_qs);
        QTextCursor at(m_view->threadView()->document());
        at.setPosition(pos);
        QVERIFY(m_view->threadView()->viewport()->rect().intersects(m_view->threadView()->cursorRect(at)));

        // Esc leaves the search: the list is back, the highlight gone.
        QTest::keyClick(m_view->searchPanel()->results(), Qt::Key_Escape);
        QVERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!m_view->searchPanel()->isActive());
        QVERIFY(!m_view->conversationView()->isHidden());
        QVERIFY(bar->highlightedMessage().isEmpty());
        QVERIFY(m_view->threadView()->extraSelections().isEmpty());
    }

    void searchPagesLazily()
    {
        MessageSearchModel *model = m_view->searchPanel()->model();
        model->setPageSize(2);
        m_view->searchPanel()->search(u"cagri"_qs);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!m_view->searchPanel()->moreButton()->isHidden());
        QTest::mouseClick(m_view->searchPanel()->moreButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(m_view->searchPanel()->moreButton()->isHidden());
        model->setPageSize(200);
        m_view->searchPanel()->leave();
    }

    void ctrlFFindsCountsAndMoves()
    {
        m_view->selectConversation(u"conv-a"_qs);
        QCOMPARE(m_view->currentConversationId(), u"conv-a"_qs);
        m_view->threadView()->setFocus();
        QTest::keyClick(m_view->threadView(), Qt::Key_F, Qt::ControlModifier);
        ui::ThreadFindBar *bar = m_view->findBar();
        QVERIFY(!bar->isHidden());
        QVERIFY(bar->field()->hasFocus());
        typeText(bar->field(), u"çağrı"_qs);
        QCOMPARE(bar->hitCount(), 3); // Çağrı, ÇAĞRI, çağrı
        QCOMPARE(bar->counter()->text(), u"1 / 3"_qs);
        QCOMPARE(m_view->threadView()->textCursor().selectedText(), u"Çağrı"_qs);
        QCOMPARE(selectedTexts(), (QStringList{u"Çağrı"_qs, u"ÇAĞRI"_qs, u"çağrı"_qs}));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->counter()->text(), u"2 / 3"_qs);
        QCOMPARE(m_view->threadView()->textCursor().selectedText(), u"ÇAĞRI"_qs);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->counter()->text(), u"3 / 3"_qs); // wraps around
        QCOMPARE(m_view->threadView()->textCursor().selectedText(), u"çağrı"_qs);

        // A new message in the open thread is found too (the thread re-renders, the hits follow).
        std::optional<Status> written;
        m_writer->submit(
            [](store::Transaction &tx) -> Status {
                Status s = inbox::testseed::message(tx.database(), u"m-a5"_qs, u"conv-a"_qs, false,
                    u"CAGRI tekrar yazdı"_qs, inbox::testseed::kT0 + 5 * 3600 * 1000);
                tx.recordChange(u"messages"_qs, u"m-a5"_qs, store::ChangeKind::Inserted);
                return s;
            },
            this, [&written](const Status &s) { written = s; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 10000));
        QVERIFY(written->ok());
        QTRY_COMPARE(bar->hitCount(), 4);
        QTRY_COMPARE(bar->counter()->text(), u"3 / 4"_qs);

        // Another conversation with the bar open: searched again from its first hit.
        bar->field()->clear();
        typeText(bar->field(), u"ISTANBUL"_qs);
        QCOMPARE(bar->hitCount(), 0);
        QCOMPARE(bar->counter()->text(), u"No results"_qs);
        m_view->selectConversation(u"conv-b"_qs);
        QCOMPARE(bar->counter()->text(), u"1 / 1"_qs);
        QCOMPARE(m_view->threadView()->textCursor().selectedText(), u"İstanbul"_qs);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QVERIFY(m_view->threadView()->extraSelections().isEmpty());

        // Dotless ı in the query finds the dotted İ (İstanbul'a).
        m_view->threadView()->setFocus();
        QTest::keyClick(m_view->threadView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!bar->isHidden());
        bar->field()->selectAll();
        typeText(bar->field(), u"ıstanbul"_qs);
        QCOMPARE(bar->counter()->text(), u"1 / 1"_qs);
        QCOMPARE(m_view->threadView()->textCursor().selectedText(), u"İstanbul"_qs);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
    }

    void sidePanelShowsMatchedOrders()
    {
        CustomerPanel *panel = m_view->customerPanel();
        QVERIFY(m_view->isCustomerPanelVisible());
        m_view->selectConversation(u"conv-a"_qs);
        QCOMPARE(panel->nameLabel()->text(), u"Çağrı Yıldız"_qs);
        QVERIFY(panel->contactLabel()->text().contains(u"@cagri.y"_qs));
        QVERIFY(panel->contactLabel()->text().contains(u"+905321234567"_qs));
        QCOMPARE(panel->labelsLabel()->text(), u"VIP"_qs);
        QCOMPARE(panel->notesLabel()->textFormat(), Qt::PlainText);
        QVERIFY(panel->notesLabel()->text().contains(u"Kapıda ödeme istiyor <i>"_qs));
        QCOMPARE(orderNumbers(), (QStringList{u"TY-1002"_qs, u"TY-1001"_qs}));
        QTreeWidgetItem *first = panel->orderList()->topLevelItem(0);
        QVERIFY(first->text(CustomerPanel::MatchColumn).startsWith(u"Confirmed"_qs));
        QCOMPARE(first->text(CustomerPanel::ChannelColumn), u"Trendyol"_qs);
        QVERIFY(!first->text(CustomerPanel::TotalColumn).isEmpty());
        QVERIFY(!first->text(CustomerPanel::StatusColumn).isEmpty());

        m_view->selectConversation(u"conv-b"_qs);
        QCOMPARE(orderNumbers(), (QStringList{u"TY-1003"_qs, u"TY-1004"_qs}));
        QTreeWidgetItem *possible = panel->orderList()->topLevelItem(1);
        QVERIFY(possible->text(CustomerPanel::MatchColumn).startsWith(u"Possible match"_qs));
        QCOMPARE(possible->data(CustomerPanel::NumberColumn, CustomerPanel::StrengthRole).toInt(),
            int(inbox::MatchStrength::Possible));

        // Enter on an order asks the shell to open it.
        QSignalSpy opened(m_view.get(), &InboxView::orderRequested);
        panel->orderList()->setFocus();
        panel->orderList()->setCurrentItem(panel->orderList()->topLevelItem(0));
        QTest::keyClick(panel->orderList(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), u"o3"_qs);

        // Two customers called Ayşe Kaya: no order is theirs by name.
        m_view->selectConversation(u"conv-c"_qs);
        QCOMPARE(orderNumbers(), QStringList{});
        QVERIFY(panel->orderList()->isHidden());

        // Ctrl+I hides and shows it, and says so (the shell remembers it).
        QSignalSpy toggled(m_view.get(), &InboxView::customerPanelToggled);
        m_view->conversationView()->setFocus();
        QTest::keyClick(m_view->conversationView(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(!m_view->isCustomerPanelVisible());
        QTest::keyClick(m_view->conversationView(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_view->isCustomerPanelVisible());
        QCOMPARE(toggled.size(), 2);
        QCOMPARE(toggled.at(0).first().toBool(), false);
        QCOMPARE(toggled.at(1).first().toBool(), true);

        // A new order with her phone appears without reopening the conversation (also when it arrives while
        // the panel is hidden).
        m_view->selectConversation(u"conv-a"_qs);
        m_view->setCustomerPanelVisible(false);
        QSignalSpy notified(&m_notifier, &store::ChangeNotifier::changed);
        std::optional<Status> written;
        m_writer->submit(
            [](store::Transaction &tx) -> Status {
                Status s = inbox::testseed::order(tx.database(), {u"o7"_qs, u"TY-1007"_qs, {}, {}, {},
                                                                      u"0 532 123 4567"_qs, u"new"_qs, u"TRY"_qs, 500,
                                                                      inbox::testseed::kT0});
                tx.recordChange(u"orders"_qs, u"o7"_qs, store::ChangeKind::Inserted);
                return s;
            },
            this, [&written](const Status &s) { written = s; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 10000));
        QVERIFY(written->ok());
        QTRY_VERIFY(notified.size() > 0); // delivered while the panel is hidden
        QCoreApplication::processEvents();
        m_view->setCustomerPanelVisible(true);
        QTRY_COMPARE(orderNumbers(), (QStringList{u"TY-1007"_qs, u"TY-1002"_qs, u"TY-1001"_qs}));
    }

    void helpOverlayListsTheShortcuts()
    {
        auto *side = m_view->helpOverlay()->findChild<QLabel *>(u"inboxHelpSide"_qs);
        QVERIFY(side);
        for (const QString &key : {u"Ctrl+Shift+F"_qs, u"Ctrl+F"_qs, u"Ctrl+I"_qs, u"/"_qs})
            QVERIFY2(side->text().contains(key), qPrintable(key));
    }
};

QTEST_MAIN(TestInboxSide)
#include "tst_inboxside.moc"
