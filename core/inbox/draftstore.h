// The composer's drafts, one per conversation, kept in the workspace's encrypted store (table drafts, 0009) so that
// they survive a restart. Typing is coalesced: a draft is written shortly after the last keystroke, on flush() and
// when the store is let go; an empty draft (and clear(), after a send) removes the row.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace sd::store {
class Database;
class StoreWriter;
} // namespace sd::store

namespace sd::inbox {

class DraftStore : public QObject
{
    Q_OBJECT

public:
    explicit DraftStore(store::StoreWriter *writer, QObject *parent = nullptr);
    ~DraftStore() override; // flushes

    // The draft of a conversation: what was typed last, written or not yet.
    [[nodiscard]] QString draft(const QString &conversationId);
    // Keeps text as the conversation's draft (written after the delay; empty removes it).
    void setDraft(const QString &conversationId, const QString &text);
    // Removes the draft now (after a send).
    void clear(const QString &conversationId);
    // Submits every pending draft to the writer now.
    void flush();
    // How long after the last change a draft is written (default 600 ms).
    void setDelayMs(int ms) { m_timer.setInterval(ms); }
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    // Conversations with a stored draft (for a list's marker).
    [[nodiscard]] QStringList conversationsWithDrafts();

Q_SIGNALS:
    // After the writes of one flush committed (or failed: ok false).
    void flushed(bool ok);

private:
    store::Database *reader();

    QPointer<store::StoreWriter> m_writer;
    std::unique_ptr<store::Database> m_reader;
    QHash<QString, QString> m_pending; // conversation → text not yet written
    QTimer m_timer;
};

} // namespace sd::inbox
