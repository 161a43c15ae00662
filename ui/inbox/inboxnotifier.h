// New-message notifications and the unread count. Watches the store's changes: a customer's message that arrives
// while the workspace is open (sent after it was opened, minus a short grace) becomes a desktop notification with
// the sender and a plain-text preview; history (a workspace's first import, catching up after the app was closed)
// never floods the desktop — it only shows in the unread count. Several at once become one summary. The unread count
// across conversations (for the tray and the rail badge) follows every change of conversations.
// Where notifications go is an interface (NotificationSink): the main window shows them through its tray icon, tests
// count them.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace sd::store {
class ChangeNotifier;
class Database;
class StoreWriter;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

struct InboxNotification
{
    QString conversationId; // the conversation a click opens (the newest when count > 1)
    QString title;
    QString body; // plain text, one line, truncated
    int count = 1; // messages this notification stands for
};

class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    virtual void showNotification(const InboxNotification &notification) = 0;
    virtual void playSound() = 0;
};

class InboxNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPreviewChars = 100;
    static constexpr qint64 kGraceMs = 2 * 60 * 1000; // clocks differ a little between Meta and us
    static constexpr int kSummaryAbove = 3; // more new messages in one batch: one summary

    explicit InboxNotifier(QObject *parent = nullptr);
    ~InboxNotifier() override;

    // The workspace's store (null: detached). Messages sent before this moment are history.
    void setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier);
    void setSink(NotificationSink *sink) { m_sink = sink; }
    void setEnabled(bool on) { m_enabled = on; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setSoundEnabled(bool on) { m_sound = on; }
    [[nodiscard]] bool isSoundEnabled() const { return m_sound; }
    void setNowFunction(std::function<qint64()> now);
    // Messages of this conversation are not announced (the user is reading it in the active window).
    void setFocusedConversation(const QString &conversationId) { m_focused = conversationId; }

    [[nodiscard]] int unreadCount() const { return m_unread; }
    // Re-reads the unread count (also done after every change of conversations).
    void refreshUnread();

    // "Ayşe: Merhaba, kargom nerede?" → one line of at most maxChars, ending in "…" when cut.
    [[nodiscard]] static QString previewText(const QString &text, int maxChars = kPreviewChars);

Q_SIGNALS:
    void unreadCountChanged(int count);
    void notified(const sd::ui::InboxNotification &notification);

private:
    void onChanges(const sd::store::ChangeBatch &batch);
    void announce(const QStringList &messageIds);
    [[nodiscard]] qint64 now() const;

    std::unique_ptr<store::Database> m_reader;
    QPointer<store::ChangeNotifier> m_notifier;
    NotificationSink *m_sink = nullptr;
    std::function<qint64()> m_now;
    qint64 m_attachedAt = 0;
    bool m_enabled = true;
    bool m_sound = false;
    QString m_focused;
    int m_unread = 0;
    bool m_unreadQueued = false;
};

} // namespace sd::ui

Q_DECLARE_METATYPE(sd::ui::InboxNotification)
