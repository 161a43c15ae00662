// The composer's saved replies and emojis in the Inbox view, offscreen on a real migrated store: "/kar" lists the
// matching replies (folded: "/KARGÖ" too), Enter or Tab inserts the body with {name} as the customer's first name
// and sends nothing, Esc closes the list and stays in the composer; "/" inside a word opens nothing; Ctrl+. opens
// the emoji grid and arrows + Enter insert one (counted as one character); the Saved replies dialog (Ctrl+Shift+S)
// validates, adds and deletes (after asking) a reply; the help overlay lists the keys.
#include "inbox/composertools.h"
#include "inbox/emojipicker.h"
#include "inbox/inboxview.h"
#include "inbox/savedreplies.h"
#include "inbox/savedrepliesdialog.h"
#include "inbox/savedreplypopup.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sd;
using namespace sd::store::testutil;
using sd::inbox::SavedReplies;
using sd::ui::ComposerEdit;
using sd::ui::EmojiPicker;
using sd::ui::InboxView;
using sd::ui::SavedRepliesDialog;

namespace {

constexpr qint64 kNow = 1795424400000LL;

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

class TestComposerTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<InboxView> m_view;

    Status write(store::StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_writer->submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{u"test"_qs, 1, u"timeout"_qs};
        return *result;
    }

    ComposerEdit *composer() const { return m_view->composer(); }
    sd::ui::SavedReplyPopup *popup() const { return m_view->composerTools()->popup(); }

    void restart(const QString &text = {})
    {
        composer()->clear();
        QApplication::setActiveWindow(m_view.get()); // the dialog may have been in front
        composer()->setFocus();
        QTRY_VERIFY(composer()->hasFocus());
        if (!text.isEmpty())
            typeText(composer(), text);
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
            QVERIFY(db->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, channel,"
                             u" participant_name, last_message_at, last_inbound_at, created_at, updated_at)"
                             u" VALUES ('c1', '"_qs % kWorkspace % u"', '" % kOtherConnection
                             % u"', 't_c1', 'instagram', 'Ayşe Yılmaz', " % QString::number(kNow) % u", "
                             % QString::number(kNow) % u", 1, 1)")
                        .ok());
        }
        auto w = store::StoreWriter::open(path, {}, &m_notifier);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        m_writer = std::move(w).value();
        QVERIFY(write([](store::Transaction &tx) -> Status {
            for (const auto &[shortcut, body] :
                 {std::pair{u"kargo"_qs, u"Merhaba {name}, kargonuz yolda."_qs},
                  std::pair{u"kargo-gecikme"_qs, u"Kargonuz gecikti {name}, özür dileriz."_qs},
                  std::pair{u"İade"_qs, u"İade adresimiz: …"_qs}}) {
                if (auto r = SavedReplies::add(tx, kWorkspace, shortcut, QString(), body, kNow); !r)
                    return r.error();
            }
            return {};
        }).ok());
        m_view = std::make_unique<InboxView>();
        m_view->setNowFunction([] { return kNow + 60000; });
        m_view->resize(1000, 700);
        m_view->setSource(m_writer.get(), &m_notifier, nullptr);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QCOMPARE(m_view->currentConversationId(), u"c1"_qs);
        QVERIFY(composer()->isEnabled());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_writer.reset();
    }

    void slashListsMatchingReplies_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("listed"); // shortcuts, in order; empty: no list
        const QStringList both{u"/kargo"_qs, u"/kargo-gecikme"_qs};
        QTest::newRow("/kar") << u"/kar"_qs << both;
        QTest::newRow("after a word") << u"Merhaba /kar"_qs << both;
        QTest::newRow("upper") << u"/KAR"_qs << both;
        QTest::newRow("ö folds") << u"/kargö"_qs << both;
        QTest::newRow("hyphen") << u"/kargo-"_qs << QStringList{u"/kargo-gecikme"_qs};
        QTest::newRow("dotted İ by i") << u"/iad"_qs << QStringList{u"/İade"_qs};
        QTest::newRow("I folds to i") << u"/IADE"_qs << QStringList{u"/İade"_qs};
        QTest::newRow("slash alone: all") << u"/"_qs << QStringList{u"/İade"_qs, u"/kargo"_qs, u"/kargo-gecikme"_qs};
        QTest::newRow("inside a word") << u"ab/kar"_qs << QStringList{};
        QTest::newRow("url") << u"https://kar"_qs << QStringList{};
        QTest::newRow("no match") << u"/zz"_qs << QStringList{};
        QTest::newRow("past a space") << u"/kar "_qs << QStringList{};
    }

    void slashListsMatchingReplies()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, listed);
        restart(typed);
        QCOMPARE(popup()->isVisible(), !listed.isEmpty());
        if (listed.isEmpty())
            return;
        QStringList shown;
        for (int i = 0; i < popup()->list()->count(); ++i)
            shown << popup()->list()->item(i)->text().section(u' ', 0, 0);
        QCOMPARE(shown, listed);
        QCOMPARE(popup()->list()->currentRow(), 0);
    }

    void enterInsertsTheReplyAndSendsNothing()
    {
        QSignalSpy submitted(composer(), &ComposerEdit::submitted);
        restart(u"Selam! /kar"_qs);
        QVERIFY(popup()->isVisible());
        QCOMPARE(popup()->list()->count(), 2);
        QTest::keyClick(composer(), Qt::Key_Down);
        QCOMPARE(popup()->list()->currentRow(), 1);
        QTest::keyClick(composer(), Qt::Key_Down); // wraps
        QCOMPARE(popup()->list()->currentRow(), 0);
        QTest::keyClick(composer(), Qt::Key_Return);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(composer()->toPlainText(), u"Selam! Merhaba Ayşe, kargonuz yolda."_qs);
        QCOMPARE(composer()->textCursor().position(), composer()->toPlainText().size());
        QCOMPARE(submitted.size(), 0);
        QVERIFY(composer()->hasFocus());
        // With the list closed Enter submits again.
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
    }

    void tabInsertsTheChosenReply()
    {
        restart(u"/KARGO"_qs);
        QTest::keyClick(composer(), Qt::Key_Up); // wraps to the last
        QTest::keyClick(composer(), Qt::Key_Tab);
        QCOMPARE(composer()->toPlainText(), u"Kargonuz gecikti Ayşe, özür dileriz."_qs);
        QVERIFY(composer()->hasFocus());
    }

    void escClosesTheListOnly()
    {
        QSignalSpy escaped(composer(), &ComposerEdit::escaped);
        QSignalSpy submitted(composer(), &ComposerEdit::submitted);
        restart(u"/ka"_qs);
        QVERIFY(popup()->isVisible());
        QTest::keyClick(composer(), Qt::Key_Escape);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(escaped.size(), 0);
        QCOMPARE(submitted.size(), 0);
        QVERIFY(composer()->hasFocus());
        QCOMPARE(composer()->toPlainText(), u"/ka"_qs);
        // Typing on opens it again; a second Esc (list closed) leaves the composer as before.
        typeText(composer(), u"r"_qs);
        QVERIFY(popup()->isVisible());
        QTest::keyClick(composer(), Qt::Key_Escape);
        QTest::keyClick(composer(), Qt::Key_Escape);
        QCOMPARE(escaped.size(), 1);
    }

    void emojiFromTheKeyboard()
    {
        restart(u"Teşekkürler "_qs);
        EmojiPicker *picker = m_view->composerTools()->emojiPicker();
        QVERIFY(!picker->isVisible());
        QTest::keyClick(composer(), Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTableWidget *grid = picker->grid();
        QCOMPARE(grid->currentRow(), 0);
        QCOMPARE(grid->currentColumn(), 0);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentRow(), 1);
        QCOMPARE(grid->currentColumn(), 1);
        const QString expected = EmojiPicker::emojis().at(EmojiPicker::kColumns + 1);
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(composer()->toPlainText(), u"Teşekkürler "_qs + expected);
        // An emoji outside the BMP is one character for the limit, not two UTF-16 units.
        restart();
        QTest::keyClick(composer(), Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(composer()->toPlainText(), EmojiPicker::emojis().first());
        QCOMPARE(composer()->toPlainText().size(), 2);
        QVERIFY2(m_view->counterLabel()->text().startsWith(u"1 / "_qs), qPrintable(m_view->counterLabel()->text()));
        // Esc closes the grid without inserting.
        QTest::keyClick(composer(), Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClick(grid, Qt::Key_Escape);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(composer()->toPlainText(), EmojiPicker::emojis().first());
        QCOMPARE(EmojiPicker::emojis().size(), 40);
    }

    void dialogValidatesAddsAndDeletes()
    {
        restart();
        QTest::keyClick(composer(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        SavedRepliesDialog *dialog = m_view->composerTools()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemLabel()->text().isEmpty(), qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(dialog->list()->count(), 3);
        QSignalSpy saved(dialog, &SavedRepliesDialog::saved);

        dialog->newButton()->click();
        dialog->shortcutField()->setText(u"çok güzel"_qs);
        dialog->bodyField()->setPlainText(u"x"_qs);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->problemLabel()->text().isEmpty());
        // Taken (folded) is refused by the store, and said.
        dialog->shortcutField()->setText(u"/KARGÖ"_qs);
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->saveButton()->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.last().first().toBool(), false);
        QVERIFY(dialog->problemLabel()->text().contains(u"/KARGÖ"_qs));
        QCOMPARE(dialog->list()->count(), 3);

        dialog->shortcutField()->setText(u"teşekkür"_qs);
        dialog->titleField()->setText(u"Teşekkür"_qs);
        dialog->bodyField()->setPlainText(u"Çok teşekkürler {name}!"_qs);
        dialog->saveButton()->click();
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.last().first().toBool(), true);
        QCOMPARE(dialog->list()->count(), 4);
        QVERIFY(dialog->problemLabel()->text().isEmpty());
        QCOMPARE(dialog->replies().at(dialog->list()->currentRow()).shortcut, u"teşekkür"_qs);

        // The composer finds it right away.
        restart(u"/tes"_qs);
        QVERIFY(popup()->isVisible());
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(composer()->toPlainText(), u"Çok teşekkürler Ayşe!"_qs);

        // Delete asks first: Cancel keeps it, Delete removes it.
        int asked = 0;
        auto answer = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                ++asked;
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        dialog->deleteButton()->click();
        QCOMPARE(asked, 1);
        QCOMPARE(dialog->list()->count(), 4);
        answer(QMessageBox::Yes);
        dialog->deleteButton()->click();
        QCOMPARE(asked, 2);
        QTRY_COMPARE(saved.size(), 3);
        QCOMPARE(saved.last().first().toBool(), true);
        QCOMPARE(dialog->list()->count(), 3);
        auto db = m_writer->openReader();
        QVERIFY(db);
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM saved_replies WHERE shortcut = 'teşekkür' AND deleted = 1"_qs), 1);
        dialog->close();
        restart(u"/tes"_qs);
        QVERIFY(!popup()->isVisible());
    }

    void helpListsTheKeys()
    {
        QString help;
        for (const QLabel *label : m_view->helpOverlay()->findChildren<QLabel *>())
            help += label->text();
        QVERIFY(help.contains(u"Ctrl+Shift+S"_qs));
        QVERIFY(help.contains(u"Ctrl+."_qs));
        QVERIFY(help.contains(u"/shortcut"_qs));
    }
};

QTEST_MAIN(TestComposerTools)
#include "tst_composertools.moc"
