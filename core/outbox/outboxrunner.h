// Runs the outbox: due items one at a time on the caller's event loop (asynchronous, never blocking), each
// request marked running (committed) before it leaves; transient failures retried with backoff up to a bound;
// a request whose answer was lost reconciled by its ActionSpec's ResendRule before anything is sent again.
#pragma once

#include "actiondispatcher.h"
#include "connectors/connectionconfig.h"
#include "outboxitem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <memory>

namespace sd::net {
class NetworkContext;
struct NetFailure;
}

namespace sd::store {
class Database;
}

namespace sd::connectors {
class OrderConnector;
}

namespace sd::outbox {

class Outbox;
struct Transition;

struct RunnerPolicy
{
    int maxAttempts = 5; // requests per item (probes included) before it fails or needs a check
    std::chrono::milliseconds baseDelay{ 2000 }; // first retry's wait, doubled each time
    std::chrono::milliseconds maxDelay{ 5 * 60 * 1000 };
};

class OutboxRunner : public QObject
{
    Q_OBJECT

public:
    // outbox and network must outlive the runner; both live in this thread.
    OutboxRunner(Outbox *outbox, ActionDispatcher dispatcher, net::NetworkContext *network, QObject *parent = nullptr);
    ~OutboxRunner() override;

    void setPolicy(const RunnerPolicy &policy) { m_policy = policy; }
    // Items of a connection run only once its config (with credentials) is known. Replaces an earlier one.
    void setConnection(const QString &platform, const connectors::ConnectionConfig &config);
    [[nodiscard]] bool hasConnection(const QString &connectionId) const { return m_connectors.contains(connectionId); }
    // The platform's rules on an action for the order as the cache has it, without sending anything (the spec's
    // request is built and dropped): the refusal (an ActionError with the platform's rule in its message), or ok.
    // Ok as well when the order's connection has no config yet: the item then waits and is checked when it runs.
    [[nodiscard]] Status check(const QString &action, const LocalOrder &order, const QJsonObject &payload) const;

    // Reconciles items a previous process left running, then runs every due item and keeps watching.
    void start();
    // Finishes the item in flight (its result is recorded) and runs nothing more.
    void stop();
    // Looks for due items now (after an enqueue; the runner also notices the Outbox's own enqueues).
    void wake();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString currentItem() const { return m_current; }

Q_SIGNALS:
    // Every committed change of an item (forwarded from Outbox::itemChanged): progress UIs follow bulk actions.
    void itemChanged(const sd::outbox::OutboxItem &item);
    // Nothing is due now (items may wait for a later attempt or for their connection).
    void idle();

private:
    void schedulePump();
    void pump();
    void process(const OutboxItem &item);
    void reconcile(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
        connectors::OrderConnector &connector);
    void takeBaseline(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
        connectors::OrderConnector &connector);
    void send(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
        connectors::OrderConnector &connector);
    void onSent(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec, bool ok,
        const net::HttpResponse &response, const net::NetFailure &failure);
    void onProbeFailed(const OutboxItem &item, const net::NetFailure &failure);
    void finishItem(const QString &id, const Transition &transition);
    void fail(const OutboxItem &item, const QString &message, const QString &code = {}, const QString &platformMessage = {});
    [[nodiscard]] qint64 backoffMs(int attempts) const;
    [[nodiscard]] qint64 now() const;

    Outbox *m_outbox;
    ActionDispatcher m_dispatcher;
    QPointer<net::NetworkContext> m_network;
    RunnerPolicy m_policy;
    QHash<QString, connectors::OrderConnector *> m_connectors; // by connection id, owned (children)
    std::unique_ptr<store::Database> m_reader;
    QTimer m_timer; // the next due item
    bool m_started = false;
    bool m_busy = false;
    bool m_pumpQueued = false;
    QString m_current;
};

} // namespace sd::outbox
