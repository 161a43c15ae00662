// The inbox's conversation list: lazy (keyset pages over a read-only store connection, fetched as the view
// scrolls), newest activity first, filtered by unread, channel, assignee, label and workflow state (open / done /
// snoozed), refreshed when the store publishes changes.
#pragma once

#include "inbox/inboxquery.h"

#include <QAbstractListModel>
#include <functional>
#include <memory>

namespace sd::store {
class ChangeNotifier;
class Database;
struct Change;
using ChangeBatch = QList<Change>;
} // namespace sd::store

namespace sd::ui {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConnectionIdRole,
        ChannelRole, // "messenger" / "instagram"
        NameRole,
        AvatarUrlRole, // QUrl (empty when Meta gave none)
        PreviewRole,
        TimeRole, // QDateTime of the last activity (invalid when none)
        UnreadRole, // int
        LastInboundRole, // qint64 ms: the customer's last message (the messaging window)
        ParticipantIdRole,
        AssigneeRole, // display name ("Me" for the local member), empty when unassigned
        AssignedToMeRole, // bool
        LabelsRole, // QStringList
        StatusRole, // "open", "done", "snoozed"
        SnoozedUntilRole, // QDateTime while snoozed, else invalid
    };

    // reader: a read-only connection (LocalStore::openReader) the model owns; notifier may be null.
    explicit ConversationListModel(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier = nullptr,
        QObject *parent = nullptr);
    ~ConversationListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] inbox::ConversationFilter filter() const { return m_filter; }
    void setFilter(const inbox::ConversationFilter &filter);
    void setUnreadOnly(bool on);
    void setChannel(const QString &channel);
    void setAssigneeFilter(inbox::ConversationFilter::Assignee assignee);
    void setLabel(const QString &label);
    void setState(inbox::ConversationFilter::State state);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // The clock snoozes are compared with (tests and the view pin it); unset: the filter's nowMs or the wall clock.
    // Reloads the rows (a reset).
    void setNowFunction(std::function<qint64()> now);
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    [[nodiscard]] int rowOf(const QString &conversationId) const;
    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] const inbox::ConversationSummary *summaryAt(int row) const;
    // Reloads the rows loaded so far (at least one page), keeping the count. Called on store changes.
    void refresh();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Whether the workspace holds any conversation at all, whatever the filters (the view's empty state).
    [[nodiscard]] bool hasAnyConversation() const;

Q_SIGNALS:
    void refreshed();

private:
    void reload();
    void onChanges(const sd::store::ChangeBatch &batch);
    [[nodiscard]] QList<inbox::ConversationSummary> load(const std::optional<inbox::ActivityKey> &after, int limit);

    std::unique_ptr<store::Database> m_reader;
    QList<inbox::ConversationSummary> m_rows;
    inbox::ConversationFilter m_filter;
    std::function<qint64()> m_now;
    int m_pageSize = 100;
    bool m_atEnd = false;
    bool m_busy = false;
    bool m_refreshQueued = false;
    QString m_lastError;
};

} // namespace sd::ui
