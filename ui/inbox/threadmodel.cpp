#include "threadmodel.h"

#include "store/changenotifier.h"
#include "store/database.h"

#include <QDateTime>
#include <QUrl>

namespace sd::ui {

ThreadModel::ThreadModel(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent), m_reader(std::move(reader)), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &ThreadModel::onChanges);
}

ThreadModel::~ThreadModel() = default;

void ThreadModel::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    reload();
}

void ThreadModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild();
}

void ThreadModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    rebuild();
}

void ThreadModel::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
    rebuild();
}

void ThreadModel::reload()
{
    m_messages.clear();
    if (m_reader && !m_conversationId.isEmpty()) {
        auto rows = inbox::InboxQuery::messages(*m_reader, m_conversationId);
        if (rows)
            m_messages = rows.value();
    }
    rebuild();
    Q_EMIT reloaded();
}

QDateTime ThreadModel::timeOf(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms).toTimeZone(m_zone);
}

void ThreadModel::rebuild()
{
    beginResetModel();
    m_items.clear();
    QDate current;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const inbox::ThreadMessage &m = m_messages.at(i);
        const QDate day = timeOf(m.sentAt).date();
        if (day != current) {
            m_items.append({Kind::DaySeparator, int(i), -1, day});
            current = day;
        }
        m_items.append({Kind::Message, int(i), -1, day});
        if (m.unsent)
            continue; // a removed message shows no attachments
        for (qsizetype a = 0; a < m.attachments.size(); ++a)
            m_items.append({Kind::Attachment, int(i), int(a), day});
    }
    endResetModel();
}

void ThreadModel::onChanges(const sd::store::ChangeBatch &batch)
{
    if (m_conversationId.isEmpty())
        return;
    for (const store::Change &c : batch) {
        if (c.table == QLatin1String("messages") || c.table == QLatin1String("attachments")
            || (c.table == QLatin1String("conversations") && c.ids.contains(m_conversationId))) {
            if (!m_reloadQueued) {
                m_reloadQueued = true;
                QMetaObject::invokeMethod(this, [this] {
                    m_reloadQueued = false;
                    reload();
                }, Qt::QueuedConnection);
            }
            return;
        }
    }
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString ThreadModel::dayLabel(QDate day, QDate today, const QLocale &locale)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return locale.toString(day, QLocale::LongFormat);
}

ThreadModel::Delivery ThreadModel::deliveryOf(const QString &status)
{
    if (status == QLatin1String("pending"))
        return Delivery::Pending;
    if (status == QLatin1String("failed"))
        return Delivery::Failed;
    if (status == QLatin1String("sent") || status == QLatin1String("delivered") || status == QLatin1String("read"))
        return Delivery::Sent;
    return Delivery::Received;
}

QString ThreadModel::attachmentLabel(const inbox::ThreadAttachment &a)
{
    QString kind;
    if (a.kind == QLatin1String("image"))
        kind = tr("Image");
    else if (a.kind == QLatin1String("video"))
        kind = tr("Video");
    else if (a.kind == QLatin1String("audio"))
        kind = tr("Voice message");
    else if (a.kind == QLatin1String("file"))
        kind = tr("File");
    else if (a.kind == QLatin1String("sticker"))
        kind = tr("Sticker");
    else if (a.kind == QLatin1String("story_reply"))
        kind = tr("Reply to your story");
    else if (a.kind == QLatin1String("story_mention"))
        kind = tr("Mentioned you in a story");
    else if (a.kind == QLatin1String("share"))
        kind = tr("Shared post");
    else
        kind = tr("Attachment this app cannot show");
    return a.name.isEmpty() ? kind : tr("%1: %2").arg(kind, a.name);
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const inbox::ThreadMessage &m = m_messages.at(item.message);
    const inbox::ThreadAttachment *att = item.attachment >= 0 ? &m.attachments.at(item.attachment) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (item.kind == Kind::DaySeparator)
            return dayLabel(item.day, timeOf(m_now()).date(), m_locale);
        if (att)
            return attachmentLabel(*att);
        return m.unsent ? tr("This message was removed by its sender.") : m.text;
    case KindRole:
        return QVariant::fromValue(item.kind);
    case MessageIdRole:
        return m.id;
    case TextRole:
        return item.kind == Kind::Message && !m.unsent ? m.text : QString();
    case OutgoingRole:
        return m.outgoing;
    case TimeRole:
        return timeOf(m.sentAt);
    case TimeTextRole:
        return m_locale.toString(timeOf(m.sentAt).time(), QLocale::ShortFormat);
    case DeliveryRole:
        return QVariant::fromValue(deliveryOf(m.status));
    case UnsentRole:
        return m.unsent;
    case FailureReasonRole:
        return m.failureReason;
    case AttachmentKindRole:
        return att ? att->kind : QString();
    case UrlRole: {
        if (!att)
            return QUrl();
        const QUrl url(att->url.isEmpty() ? att->previewUrl : att->url, QUrl::StrictMode);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        return web ? url : QUrl();
    }
    case SenderRole:
        return m.sender;
    case DayRole:
        return item.day;
    default:
        return {};
    }
}

} // namespace sd::ui
