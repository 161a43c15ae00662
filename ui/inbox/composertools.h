// The composer's helpers, kept apart from inboxview.cpp: saved replies inserted with /shortcut
// (savedreplypopup.h), the "Saved replies…" dialog (savedrepliesdialog.h, Ctrl+Shift+S) and the emoji grid
// (emojipicker.h, Ctrl+.). The buttons go next to Send; the keys are listed in the view's help overlay.
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QWidget;

namespace sd::store {
class ChangeNotifier;
class Database;
class StoreWriter;
} // namespace sd::store

namespace sd::ui {

class EmojiPicker;
class SavedRepliesDialog;
class SavedReplyPopup;

class ComposerTools : public QObject
{
    Q_OBJECT
public:
    // view: where the popup floats and the shortcuts live; composer: the text the tools insert into.
    ComposerTools(QWidget *view, QPlainTextEdit *composer);
    ~ComposerTools() override;

    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier);
    // The current conversation's customer name, for {name}.
    void setCustomerNameFunction(std::function<QString()> name);

    [[nodiscard]] QToolButton *savedRepliesButton() const { return m_repliesButton; }
    [[nodiscard]] QToolButton *emojiButton() const { return m_emojiButton; }
    [[nodiscard]] SavedReplyPopup *popup() const { return m_popup; }
    [[nodiscard]] EmojiPicker *emojiPicker() const { return m_emoji; }
    [[nodiscard]] SavedRepliesDialog *dialog() const; // the open dialog, if any
    // A label for the help overlay listing the keys (retranslates itself).
    [[nodiscard]] QLabel *createHelpLabel(QWidget *parent) const;

    void openSavedReplies();
    void openEmojiPicker();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QString workspaceId();

    QWidget *m_view;
    QPlainTextEdit *m_composer;
    QPointer<store::StoreWriter> m_writer;
    QMetaObject::Connection m_changes;
    std::unique_ptr<store::Database> m_reader;
    QString m_workspaceId;
    SavedReplyPopup *m_popup;
    EmojiPicker *m_emoji;
    QPointer<SavedRepliesDialog> m_dialog;
    QToolButton *m_repliesButton;
    QToolButton *m_emojiButton;
};

} // namespace sd::ui
