// One conversation as a flat list for the thread view: day separators, messages (in/out, time, delivery state,
// removed ones marked) and each attachment as an item of its own right after its message. Text is plain text
// throughout; the view never interprets it as HTML.
#pragma once

#include "inbox/inboxquery.h"

#include <QAbstractListModel>
#include <QDate>
#include <QLocale>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace sd::store {
class ChangeNotifier;
class Database;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { DaySeparator, Message, Attachment };
    Q_ENUM(Kind)
    enum class Delivery { Received, Pending, Sent, Failed };
    Q_ENUM(Delivery)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        MessageIdRole,
        TextRole, // plain text (empty for a removed message)
        OutgoingRole,
        TimeRole, // QDateTime in the model's time zone
        TimeTextRole, // "14:05" in the model's locale
        DeliveryRole, // Delivery
        UnsentRole, // removed by its sender
        FailureReasonRole,
        AttachmentKindRole,
        UrlRole, // QUrl of an attachment (http/https only, else empty)
        SenderRole,
        DayRole, // QDate
    };

    explicit ThreadModel(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier = nullptr,
        QObject *parent = nullptr);
    ~ThreadModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setConversation(const QString &conversationId);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void reload();
    [[nodiscard]] int messageCount() const { return int(m_messages.size()); }
    [[nodiscard]] const QList<inbox::ThreadMessage> &messages() const { return m_messages; }

    // Presentation: the locale of day and time texts, the time zone days are counted in, and "now" (for
    // Today/Yesterday). Defaults: QLocale(), the system zone, the wall clock.
    void setLocale(const QLocale &locale);
    void setTimeZone(const QTimeZone &zone);
    void setNowFunction(std::function<qint64()> now);

    // "Today", "Yesterday", or the long date in the locale ("20 Kasım 2026 Cuma", "Friday, November 20, 2026").
    [[nodiscard]] static QString dayLabel(QDate day, QDate today, const QLocale &locale);
    [[nodiscard]] static Delivery deliveryOf(const QString &status);
    [[nodiscard]] static QString attachmentLabel(const inbox::ThreadAttachment &attachment);

Q_SIGNALS:
    void reloaded();

private:
    struct Item
    {
        Kind kind = Kind::Message;
        int message = -1;
        int attachment = -1;
        QDate day;
    };
    void rebuild();
    void onChanges(const sd::store::ChangeBatch &batch);
    [[nodiscard]] QDateTime timeOf(qint64 ms) const;

    std::unique_ptr<store::Database> m_reader;
    QString m_conversationId;
    QList<inbox::ThreadMessage> m_messages;
    QList<Item> m_items;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<qint64()> m_now;
    bool m_reloadQueued = false;
};

} // namespace sd::ui
