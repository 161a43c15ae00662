#include "savedreplypopup.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;

namespace {

bool isShortcutChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

} // namespace

SavedReplyPopup::SavedReplyPopup(QPlainTextEdit *edit, QWidget *host) : QFrame(host), m_edit(edit)
{
    setObjectName(u"savedReplyPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"savedReplyList"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemClicked, this, [this] { acceptCurrent(); });
    hide();

    connect(m_edit, &QPlainTextEdit::textChanged, this, &SavedReplyPopup::refresh);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &SavedReplyPopup::refresh);
    m_edit->installEventFilter(this);
}

void SavedReplyPopup::refresh()
{
    if (m_inserting)
        return;
    m_tokenStart = m_tokenEnd = -1;
    const QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection() || !m_finder || !m_edit->hasFocus()) { // e.g. a draft restored elsewhere
        hide();
        return;
    }
    const QString text = cursor.block().text();
    const int pos = cursor.positionInBlock();
    int start = pos;
    while (start > 0 && isShortcutChar(text.at(start - 1)))
        --start;
    const int slash = start - 1;
    // "/" at the start of a word: not in a URL or a date like 12/05.
    if (slash < 0 || text.at(slash) != u'/' || (slash > 0 && !text.at(slash - 1).isSpace())) {
        hide();
        return;
    }
    m_replies = m_finder(text.mid(start, pos - start));
    if (m_replies.isEmpty()) {
        hide();
        return;
    }
    m_tokenStart = cursor.block().position() + slash;
    m_tokenEnd = cursor.block().position() + pos;
    m_list->clear();
    for (const inbox::SavedReply &r : std::as_const(m_replies)) {
        const QString preview = r.body.simplified();
        auto *item = new QListWidgetItem(u'/' + r.shortcut + u"  —  "_s + (r.title.isEmpty() ? preview : r.title),
                                         m_list);
        item->setToolTip(r.body);
    }
    m_list->setCurrentRow(0);
    place();
    show();
    raise();
}

void SavedReplyPopup::place()
{
    QWidget *host = parentWidget();
    const int rows = qMin(int(m_replies.size()), 6);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int w = qMin(qMax(m_edit->width(), 200), host->width());
    const int h = rows * rowHeight + 2 * m_list->frameWidth() + 4;
    const QPoint caret = m_edit->mapTo(host, m_edit->cursorRect().topLeft());
    const QPoint editTop = m_edit->mapTo(host, QPoint(0, 0));
    int y = caret.y() - h - 2;
    if (y < 0)
        y = caret.y() + m_edit->cursorRect().height() + 2;
    resize(w, h);
    move(qBound(0, editTop.x(), qMax(0, host->width() - w)), y);
}

void SavedReplyPopup::acceptCurrent()
{
    const int row = m_list->currentRow();
    if (!isVisible() || row < 0 || row >= m_replies.size() || m_tokenStart < 0) {
        hide();
        return;
    }
    const QString text = inbox::SavedReplies::expand(m_replies.at(row).body, m_name ? m_name() : QString());
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(m_tokenStart);
    cursor.setPosition(m_tokenEnd, QTextCursor::KeepAnchor);
    m_inserting = true;
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    m_inserting = false;
    hide();
}

bool SavedReplyPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusOut) {
            hide();
        } else if (isVisible() && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
            auto *key = static_cast<QKeyEvent *>(event);
            const auto mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
            const bool ours = mods == Qt::NoModifier
                && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                    || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab || key->key() == Qt::Key_Escape
                    || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown);
            if (ours && event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key is the list's, not a window shortcut's
                return true;
            }
            if (ours) {
                const int n = m_list->count();
                switch (key->key()) {
                case Qt::Key_Up:
                    m_list->setCurrentRow((m_list->currentRow() - 1 + n) % n);
                    break;
                case Qt::Key_Down:
                    m_list->setCurrentRow((m_list->currentRow() + 1) % n);
                    break;
                case Qt::Key_PageUp:
                    m_list->setCurrentRow(0);
                    break;
                case Qt::Key_PageDown:
                    m_list->setCurrentRow(n - 1);
                    break;
                case Qt::Key_Escape:
                    hide();
                    break;
                default:
                    acceptCurrent();
                    break;
                }
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sd::ui
