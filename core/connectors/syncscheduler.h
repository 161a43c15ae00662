// Keeps the orders and the Meta inboxes of every connection of the open workspace fresh: a sync of each
// connection every few minutes and on demand, one OrderSync (or, for a Meta connection, one MetaSync with the Page
// token from the keychain; its cursor and health kept in the row's settings JSON) per connection at a time, pages written through the StoreWriter (off the calling
// thread). Each connection's state (syncing / ok / error with the typed, translated message / last success) is
// kept here and in the connection's row. A failed sync keeps its cursor, so the next one fetches the same window
// again: going offline or a bad network never loses an order.
#pragma once

#include "connectionservice.h"
#include "ordersync.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace sd::connectors {

struct ConnectionSyncState
{
    enum class Kind { Idle, Syncing, Ok, Error };
    Kind kind = Kind::Idle;
    QString message; // translated; the failure for Error
    qint64 lastSuccessMs = 0; // UTC ms, 0 = never
    int pages = 0; // of the running or last sync
    int newOrChanged = 0; // rows inserted or updated by the last sync
};

class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2 * 60 * 1000;

    // service must outlive the scheduler.
    explicit SyncScheduler(ConnectionService *service, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }
    // Starts the periodic syncs (the first one now).
    void start();
    // Stops the timer and cancels the running syncs (what was written stays).
    void stop();
    // Syncs every connection that is not syncing already.
    void syncNow();
    void syncConnection(const QString &connectionId);

    [[nodiscard]] bool isSyncing() const { return !m_running.isEmpty(); }
    [[nodiscard]] ConnectionSyncState state(const QString &connectionId) const { return m_states.value(connectionId); }
    [[nodiscard]] QHash<QString, ConnectionSyncState> states() const { return m_states; }
    // One line for the status bar ("Syncing 2 of 4 connections…", "4 connections synced at 14:02", …).
    [[nodiscard]] QString summary() const;
    // The failures, one line each (the status bar's tooltip).
    [[nodiscard]] QString details() const;

Q_SIGNALS:
    void stateChanged(const QString &connectionId);
    // A round started (running: connections syncing now).
    void syncStarted(int running);
    // running / total connections of the current round; total 0 = idle.
    void progress(int done, int total);
    // Every sync of the round is over.
    void syncFinished(bool allOk);
    void connectionSynced(const QString &connectionId, const sd::connectors::OrderSyncReport &report);
    // A Meta connection's sync ended (messages: rows inserted or updated).
    void inboxSynced(const QString &connectionId, bool ok, int messages);

private:
    struct Run;
    void startOne(const ConnectionInfo &connection);
    void startMeta(const ConnectionInfo &connection, const std::shared_ptr<Run> &run);
    void finishOne(const QString &connectionId, bool ok, const QString &message, const OrderSyncReport *report);
    void setState(const QString &connectionId, const ConnectionSyncState &state);

    ConnectionService *m_service;
    QTimer m_timer;
    QHash<QString, std::shared_ptr<Run>> m_running;
    QHash<QString, ConnectionSyncState> m_states;
    int m_roundTotal = 0;
    int m_roundDone = 0;
    bool m_roundOk = true;
};

} // namespace sd::connectors
