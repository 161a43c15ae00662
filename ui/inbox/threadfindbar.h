// Find in the open thread (Ctrl+F): highlights every hit in the thread's QTextBrowser, Enter / Shift+Enter (or
// F3 / Shift+F3) go to the next / previous hit, a "3 / 17" counter, Esc closes. Matching is Turkish-folded
// (İ/ı/I → i, ç → c, …) over the document's text — QTextDocument::find is not Turkish-aware.
// Also marks one message (a search result): its bubble is highlighted with the query's hits in it and scrolled
// into view. Highlights are extra selections of the browser: the document (plain text) is never changed.
#pragma once

#include "inbox/messagesearch.h"

#include <QFrame>
#include <QPointer>
#include <QTextEdit>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTextCursor;
class QToolButton;

namespace sd::ui {

class ThreadFindBar : public QFrame
{
    Q_OBJECT
public:
    explicit ThreadFindBar(QTextBrowser *thread, QWidget *parent = nullptr);

    // The thread view calls this on each message's bubble block, so that a message can be found again.
    static void markMessageBlock(QTextCursor &cursor, const QString &messageId);
    // The document position of a message's bubble, or -1.
    [[nodiscard]] static int messagePosition(const QTextBrowser *thread, const QString &messageId);

    void open(); // shows the bar, focuses the field with its text selected
    void close();
    void setQuery(const QString &query);
    void next();
    void previous();
    // Another conversation is shown: the hits are searched again from its first one.
    void restart();

    // Highlights a message (and the words of query in it) and scrolls to it; kept across re-renders of the same
    // thread until another message is marked, the conversation changes or clearMessageHighlight().
    bool highlightMessage(const QString &messageId, const QString &query);
    void clearMessageHighlight();
    [[nodiscard]] QString highlightedMessage() const { return m_messageId; }

    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QLabel *counter() const { return m_counter; }
    [[nodiscard]] int hitCount() const { return int(m_hits.size()); }
    [[nodiscard]] int currentHit() const { return m_current; } // 0-based; -1: none
    [[nodiscard]] QList<inbox::TextRange> hits() const { return m_hits; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recompute();
    void scheduleRecompute();
    void applySelections();
    void updateCounter();
    void goTo(int index);

    QPointer<QTextBrowser> m_thread;
    QLineEdit *m_field;
    QLabel *m_counter;
    QToolButton *m_prev;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<inbox::TextRange> m_hits;
    int m_current = -1;
    QString m_messageId;
    QString m_messageQuery;
    bool m_recomputeQueued = false;
};

} // namespace sd::ui
