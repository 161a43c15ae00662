#include "threadfindbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace sd::ui {

namespace {

constexpr int kMessageIdProperty = QTextFormat::UserProperty + 101;
constexpr int kMaxHits = 10000; // beyond this the counter says so and only these are highlighted

const QColor kHitColor(0xFF, 0xE0, 0x82);
const QColor kCurrentColor(0xFF, 0x98, 0x00);

} // namespace

ThreadFindBar::ThreadFindBar(QTextBrowser *thread, QWidget *parent)
    : QFrame(parent), m_thread(thread)
{
    setObjectName(QStringLiteral("inboxFindBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("inboxFindField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("inboxFindCounter"));
    m_counter->setTextFormat(Qt::PlainText);
    m_prev = new QToolButton(this);
    m_prev->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        recompute();
        goTo(m_hits.isEmpty() ? -1 : 0);
    });
    connect(m_prev, &QToolButton::clicked, this, &ThreadFindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &ThreadFindBar::next);
    connect(m_close, &QToolButton::clicked, this, &ThreadFindBar::close);
    if (m_thread)
        connect(m_thread->document(), &QTextDocument::contentsChanged, this, &ThreadFindBar::scheduleRecompute);
    retranslate();
    hide();
}

void ThreadFindBar::markMessageBlock(QTextCursor &cursor, const QString &messageId)
{
    QTextBlockFormat f = cursor.blockFormat();
    f.setProperty(kMessageIdProperty, messageId);
    cursor.setBlockFormat(f);
}

int ThreadFindBar::messagePosition(const QTextBrowser *thread, const QString &messageId)
{
    if (!thread || messageId.isEmpty())
        return -1;
    for (QTextBlock b = thread->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().property(kMessageIdProperty).toString() == messageId)
            return b.position();
    }
    return -1;
}

void ThreadFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    recompute();
    if (m_current < 0 && !m_hits.isEmpty())
        goTo(0);
}

void ThreadFindBar::close()
{
    hide();
    m_hits.clear();
    m_current = -1;
    applySelections();
    updateCounter();
    if (m_thread)
        m_thread->setFocus(Qt::OtherFocusReason);
}

void ThreadFindBar::setQuery(const QString &query)
{
    m_field->setText(query);
}

void ThreadFindBar::next()
{
    if (!m_hits.isEmpty())
        goTo((m_current + 1) % int(m_hits.size()));
}

void ThreadFindBar::previous()
{
    if (!m_hits.isEmpty())
        goTo(m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1);
}

void ThreadFindBar::restart()
{
    recompute();
    goTo(m_hits.isEmpty() ? -1 : 0);
}

bool ThreadFindBar::highlightMessage(const QString &messageId, const QString &query)
{
    const int pos = messagePosition(m_thread, messageId);
    if (pos < 0) {
        clearMessageHighlight();
        return false;
    }
    m_messageId = messageId;
    m_messageQuery = query;
    applySelections();
    QTextCursor c(m_thread->document());
    c.setPosition(pos);
    m_thread->setTextCursor(c);
    // The bubble near the middle of the view rather than at its edge.
    const QRect r = m_thread->cursorRect(c);
    QScrollBar *bar = m_thread->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - m_thread->viewport()->height() / 3);
    return true;
}

void ThreadFindBar::clearMessageHighlight()
{
    m_messageId.clear();
    m_messageQuery.clear();
    applySelections();
}

void ThreadFindBar::scheduleRecompute()
{
    if (m_recomputeQueued)
        return;
    m_recomputeQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_recomputeQueued = false;
        // The thread was rendered again (new message, other conversation): a marked message that is gone is
        // no longer marked.
        if (!m_messageId.isEmpty() && messagePosition(m_thread, m_messageId) < 0) {
            m_messageId.clear();
            m_messageQuery.clear();
        }
        const int keep = m_current;
        recompute();
        if (!m_hits.isEmpty())
            m_current = qBound(0, keep, int(m_hits.size()) - 1);
        applySelections();
        updateCounter();
    }, Qt::QueuedConnection);
}

void ThreadFindBar::recompute()
{
    m_hits.clear();
    m_current = -1;
    if (m_thread && !isHidden() && !m_field->text().trimmed().isEmpty()) {
        // Document positions and toPlainText() indexes agree: one position per character and per block break.
        m_hits = inbox::MessageSearch::foldedOccurrences(m_thread->document()->toPlainText(), m_field->text());
        if (m_hits.size() > kMaxHits)
            m_hits.resize(kMaxHits);
    }
    applySelections();
    updateCounter();
}

void ThreadFindBar::goTo(int index)
{
    m_current = index;
    applySelections();
    updateCounter();
    if (index < 0 || index >= m_hits.size() || !m_thread)
        return;
    QTextCursor c(m_thread->document());
    c.setPosition(int(m_hits.at(index).first));
    c.setPosition(int(m_hits.at(index).first + m_hits.at(index).second), QTextCursor::KeepAnchor);
    m_thread->setTextCursor(c);
    m_thread->ensureCursorVisible();
}

void ThreadFindBar::applySelections()
{
    if (!m_thread)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_thread->document();
    if (!m_messageId.isEmpty()) {
        const int pos = messagePosition(m_thread, m_messageId);
        // A bubble of several lines is several blocks with the same mark.
        for (QTextBlock block = pos >= 0 ? doc->findBlock(pos) : QTextBlock();
             block.isValid() && block.blockFormat().property(kMessageIdProperty).toString() == m_messageId;
             block = block.next()) {
            QTextEdit::ExtraSelection bubble;
            bubble.cursor = QTextCursor(block);
            bubble.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QColor c = m_thread->palette().color(QPalette::Highlight);
            c.setAlphaF(0.35);
            bubble.format.setBackground(c);
            bubble.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(bubble);
            for (const inbox::TextRange &r : inbox::MessageSearch::foldedOccurrences(block.text(), m_messageQuery)) {
                QTextEdit::ExtraSelection word;
                word.cursor = QTextCursor(doc);
                word.cursor.setPosition(block.position() + int(r.first));
                word.cursor.setPosition(block.position() + int(r.first + r.second), QTextCursor::KeepAnchor);
                word.format.setBackground(kHitColor);
                word.format.setForeground(Qt::black);
                selections.append(word);
            }
        }
    }
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        QTextEdit::ExtraSelection hit;
        hit.cursor = QTextCursor(doc);
        hit.cursor.setPosition(int(m_hits.at(i).first));
        hit.cursor.setPosition(int(m_hits.at(i).first + m_hits.at(i).second), QTextCursor::KeepAnchor);
        hit.format.setBackground(i == m_current ? kCurrentColor : kHitColor);
        hit.format.setForeground(Qt::black);
        selections.append(hit);
    }
    m_thread->setExtraSelections(selections);
}

void ThreadFindBar::updateCounter()
{
    if (m_field->text().trimmed().isEmpty())
        m_counter->clear();
    else if (m_hits.isEmpty())
        m_counter->setText(tr("No results"));
    else
        m_counter->setText(tr("%1 / %2").arg(m_current + 1).arg(m_hits.size()));
}

bool ThreadFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        case Qt::Key_F3:
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ThreadFindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in this conversation"));
    m_prev->setToolTip(tr("Previous (Shift+Enter)"));
    m_next->setToolTip(tr("Next (Enter)"));
    m_close->setToolTip(tr("Close (Esc)"));
    updateCounter();
}

void ThreadFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace sd::ui
