#include "composertools.h"

#include "emojipicker.h"
#include "inbox/savedreplies.h"
#include "savedrepliesdialog.h"
#include "savedreplypopup.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QToolButton>

namespace sd::ui {

using namespace Qt::StringLiterals;

namespace {

class ComposerHelpLabel : public QLabel
{
public:
    explicit ComposerHelpLabel(QWidget *parent) : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(event);
    }

private:
    void retranslate()
    {
        setText(ComposerTools::tr("/shortcut in a reply\tinsert a saved reply (Up/Down, Enter or Tab, Esc)\n"
                                  "Ctrl+Shift+S\tmanage saved replies\n"
                                  "Ctrl+.\tinsert an emoji (arrows, Enter)"));
    }
};

} // namespace

ComposerTools::ComposerTools(QWidget *view, QPlainTextEdit *composer)
    : QObject(view), m_view(view), m_composer(composer)
{
    m_popup = new SavedReplyPopup(composer, view);
    m_emoji = new EmojiPicker(view);
    connect(m_emoji, &EmojiPicker::picked, this, [this](const QString &emoji) {
        m_composer->setFocus(Qt::PopupFocusReason);
        m_composer->textCursor().insertText(emoji);
    });

    m_repliesButton = new QToolButton(view);
    m_repliesButton->setObjectName(u"composerSavedReplies"_s);
    m_repliesButton->setAutoRaise(true);
    connect(m_repliesButton, &QToolButton::clicked, this, &ComposerTools::openSavedReplies);
    m_emojiButton = new QToolButton(view);
    m_emojiButton->setObjectName(u"composerEmoji"_s);
    m_emojiButton->setAutoRaise(true);
    m_emojiButton->setText(QString::fromUcs4(U"\U0001F642"));
    connect(m_emojiButton, &QToolButton::clicked, this, &ComposerTools::openEmojiPicker);
    m_repliesButton->installEventFilter(this);

    auto *manage = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), view, [this] { openSavedReplies(); });
    auto *emoji = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period), composer, [this] { openEmojiPicker(); });
    manage->setContext(Qt::WidgetWithChildrenShortcut);
    emoji->setContext(Qt::WidgetShortcut);
    retranslate();
}

ComposerTools::~ComposerTools() = default;

void ComposerTools::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier)
{
    if (m_dialog)
        m_dialog->close();
    m_writer = writer;
    m_reader.reset();
    m_workspaceId.clear();
    if (writer) {
        auto r = writer->openReader();
        if (r)
            m_reader = std::move(r).value();
    }
    disconnect(m_changes);
    if (notifier) {
        m_changes = connect(notifier, &store::ChangeNotifier::changed, this, [this](const store::ChangeBatch &batch) {
            for (const store::Change &c : batch) {
                if (c.table == u"saved_replies"_s && m_popup->isVisible()) {
                    m_popup->refresh();
                    return;
                }
            }
        });
    }
    m_popup->setFinder([this](const QString &prefix) {
        QList<inbox::SavedReply> out;
        const QString ws = workspaceId();
        if (!m_reader || ws.isEmpty())
            return out;
        auto found = inbox::SavedReplies::findByPrefix(*m_reader, ws, prefix);
        if (found)
            out = found.value();
        return out;
    });
    m_repliesButton->setEnabled(m_reader != nullptr);
}

void ComposerTools::setCustomerNameFunction(std::function<QString()> name)
{
    m_popup->setCustomerNameFunction(std::move(name));
}

QString ComposerTools::workspaceId()
{
    // A store holds one workspace.
    if (m_workspaceId.isEmpty() && m_reader)
        m_workspaceId = m_reader->queryText(u"SELECT id FROM workspaces WHERE deleted = 0 ORDER BY seq LIMIT 1"_s)
                            .valueOr(QString());
    return m_workspaceId;
}

SavedRepliesDialog *ComposerTools::dialog() const
{
    return m_dialog;
}

QLabel *ComposerTools::createHelpLabel(QWidget *parent) const
{
    return new ComposerHelpLabel(parent);
}

void ComposerTools::openSavedReplies()
{
    if (!m_writer || workspaceId().isEmpty())
        return;
    if (!m_dialog) {
        m_dialog = new SavedRepliesDialog(m_writer, workspaceId(), m_view);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::finished, this, [this] { m_composer->setFocus(Qt::OtherFocusReason); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ComposerTools::openEmojiPicker()
{
    if (!m_composer->isEnabled())
        return;
    m_popup->hide();
    const QRect caret = m_composer->cursorRect();
    m_emoji->popup(m_composer->viewport()->mapToGlobal(caret.bottomLeft()));
}

bool ComposerTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_repliesButton && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ComposerTools::retranslate()
{
    m_repliesButton->setText(tr("Saved replies…"));
    m_repliesButton->setToolTip(tr("Manage saved replies; type /shortcut in a reply to insert one (Ctrl+Shift+S)"));
    m_emojiButton->setToolTip(tr("Insert an emoji (Ctrl+.)"));
    m_emojiButton->setAccessibleName(tr("Emoji"));
}

} // namespace sd::ui
