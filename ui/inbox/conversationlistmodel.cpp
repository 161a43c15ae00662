#include "conversationlistmodel.h"

#include "store/changenotifier.h"
#include "threadmodel.h"
#include "store/database.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <QUrl>

namespace sd::ui {

using namespace Qt::StringLiterals;

ConversationListModel::ConversationListModel(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier,
    QObject *parent)
    : QAbstractListModel(parent), m_reader(std::move(reader))
{
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &ConversationListModel::onChanges);
    m_rows = load(std::nullopt, m_pageSize);
}

ConversationListModel::~ConversationListModel() = default;

QList<inbox::ConversationSummary> ConversationListModel::load(const std::optional<inbox::ActivityKey> &after, int limit)
{
    if (!m_reader) {
        m_atEnd = true;
        return {};
    }
    inbox::ConversationFilter filter = m_filter;
    if (m_now && filter.nowMs == 0)
        filter.nowMs = m_now();
    auto rows = inbox::InboxQuery::conversations(*m_reader, filter, after, limit);
    if (!rows) {
        m_lastError = rows.error().message;
        m_atEnd = true;
        return {};
    }
    m_lastError.clear();
    m_atEnd = rows->size() < limit;
    return rows.value();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inbox::ConversationSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name.isEmpty() ? tr("Unknown person") : c.name;
    case Qt::ToolTipRole:
        return c.preview;
    case IdRole:
        return c.id;
    case ConnectionIdRole:
        return c.connectionId;
    case ChannelRole:
        return c.channel;
    case AvatarUrlRole:
        return c.pictureUrl.isEmpty() ? QUrl() : QUrl(c.pictureUrl);
    case PreviewRole:
        // The ingest writes "[kind]" for a message that is only an attachment: shown as a translated label.
        if (c.preview.size() > 2 && c.preview.startsWith(u'[') && c.preview.endsWith(u']')) {
            static const QStringList kinds = {u"image"_qs, u"video"_qs, u"audio"_qs, u"file"_qs, u"sticker"_qs,
                                              u"story_reply"_qs, u"story_mention"_qs, u"share"_qs, u"unsupported"_qs};
            inbox::ThreadAttachment a;
            a.kind = c.preview.mid(1, c.preview.size() - 2);
            if (kinds.contains(a.kind))
                return ThreadModel::attachmentLabel(a);
        }
        return c.preview;
    case TimeRole:
        return c.lastMessageAt > 0 ? QDateTime::fromMSecsSinceEpoch(c.lastMessageAt) : QDateTime();
    case UnreadRole:
        return c.unread;
    case LastInboundRole:
        return c.lastInboundAt;
    case ParticipantIdRole:
        return c.participantId;
    case AssigneeRole:
        return c.assigneeName;
    case AssignedToMeRole:
        return c.assignedToMe;
    case LabelsRole:
        return c.labels;
    case StatusRole:
        return c.status;
    case SnoozedUntilRole:
        return c.snoozedUntil > 0 ? QDateTime::fromMSecsSinceEpoch(c.snoozedUntil) : QDateTime();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(ConnectionIdRole, "connectionId");
    names.insert(ChannelRole, "channel");
    names.insert(NameRole, "name");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(PreviewRole, "preview");
    names.insert(TimeRole, "time");
    names.insert(UnreadRole, "unread");
    names.insert(LastInboundRole, "lastInbound");
    names.insert(ParticipantIdRole, "participantId");
    names.insert(AssigneeRole, "assignee");
    names.insert(AssignedToMeRole, "assignedToMe");
    names.insert(LabelsRole, "labels");
    names.insert(StatusRole, "status");
    names.insert(SnoozedUntilRole, "snoozedUntil");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return; // not re-entered from a slot of rowsAboutToBeInserted
    m_busy = true;
    const std::optional<inbox::ActivityKey> after =
        m_rows.isEmpty() ? std::nullopt : std::optional<inbox::ActivityKey>(m_rows.constLast().key());
    const QList<inbox::ConversationSummary> more = load(after, m_pageSize);
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows += more;
        endInsertRows();
    }
    m_busy = false;
}

void ConversationListModel::setFilter(const inbox::ConversationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConversationListModel::setUnreadOnly(bool on)
{
    auto f = m_filter;
    f.unreadOnly = on;
    setFilter(f);
}

void ConversationListModel::setChannel(const QString &channel)
{
    auto f = m_filter;
    f.channel = channel;
    setFilter(f);
}

void ConversationListModel::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
    reload();
}

void ConversationListModel::setAssigneeFilter(inbox::ConversationFilter::Assignee assignee)
{
    auto f = m_filter;
    f.assignee = assignee;
    setFilter(f);
}

void ConversationListModel::setLabel(const QString &label)
{
    auto f = m_filter;
    f.label = label;
    setFilter(f);
}

void ConversationListModel::setState(inbox::ConversationFilter::State state)
{
    auto f = m_filter;
    f.state = state;
    setFilter(f);
}

void ConversationListModel::reload()
{
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows = load(std::nullopt, m_pageSize);
    endResetModel();
}

bool ConversationListModel::hasAnyConversation() const
{
    if (!m_rows.isEmpty())
        return true;
    return m_reader->queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM conversations WHERE deleted = 0)")).valueOr(0) != 0;
}

void ConversationListModel::refresh()
{
    const int want = qMax(m_pageSize, int(m_rows.size()));
    QList<inbox::ConversationSummary> fresh = load(std::nullopt, want);
    bool sameOrder = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < fresh.size(); ++i)
        sameOrder = fresh.at(i).id == m_rows.at(i).id;
    if (sameOrder) {
        m_rows = std::move(fresh);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        const QScopedValueRollback busy(m_busy, true);
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
    }
    Q_EMIT refreshed();
}

void ConversationListModel::onChanges(const sd::store::ChangeBatch &batch)
{
    for (const store::Change &c : batch) {
        // Labels and members show in the rows too.
        if (c.table == QLatin1String("conversations") || c.table == QLatin1String("messages")
            || c.table == QLatin1String("conversation_tags") || c.table == QLatin1String("tags")
            || c.table == QLatin1String("workspace_members")) {
            // One refresh for a burst of commits (a sync writes one page per transaction).
            if (!m_refreshQueued) {
                m_refreshQueued = true;
                QMetaObject::invokeMethod(this, [this] {
                    m_refreshQueued = false;
                    refresh();
                }, Qt::QueuedConnection);
            }
            return;
        }
    }
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return int(i);
    }
    return -1;
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const inbox::ConversationSummary *ConversationListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace sd::ui
