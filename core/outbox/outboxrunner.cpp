#include "outboxrunner.h"

#include "common/logging.h"
#include "connectors/connectorregistry.h"
#include "connectors/orderconnector.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "outbox.h"
#include "store/database.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace sd::outbox {


namespace {

using net::NetError;

// The request provably did not reach the platform (or the platform said it did not process it).
bool notProcessed(const net::NetFailure &f)
{
    switch (f.kind) {
    case NetError::Offline:
    case NetError::Dns:
    case NetError::ConnectionRefused:
    case NetError::RateLimited:
        return true;
    default:
        return false;
    }
}

// The request may have been applied: its answer is lost or unreadable.
bool outcomeUnknown(const net::NetFailure &f)
{
    switch (f.kind) {
    case NetError::ConnectionLost:
    case NetError::Timeout:
    case NetError::Malformed:
        return true;
    case NetError::Server:
        return f.httpStatus != 501 && f.httpStatus != 505;
    default:
        return false;
    }
}

QString errorCode(const net::NetFailure &f)
{
    if (!f.platformCode.isEmpty())
        return f.platformCode;
    return f.httpStatus ? QString::number(f.httpStatus) : net::netErrorName(f.kind);
}

QJsonObject resultOf(const net::HttpResponse &r)
{
    QJsonObject o{ { QStringLiteral("httpStatus"), r.status } };
    if (r.json.isObject() && r.body.size() <= 8192)
        o.insert(QStringLiteral("body"), r.json.object());
    else if (r.json.isArray() && r.body.size() <= 8192)
        o.insert(QStringLiteral("body"), r.json.array());
    return o;
}

} // namespace

OutboxRunner::OutboxRunner(Outbox *outbox, ActionDispatcher dispatcher, net::NetworkContext *network, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_dispatcher(std::move(dispatcher))
    , m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxRunner::pump);
    connect(m_outbox, &Outbox::itemChanged, this, [this](const OutboxItem &item) {
        Q_EMIT itemChanged(item);
        if (item.state == OutboxState::Pending && !m_busy)
            schedulePump();
    });
}

OutboxRunner::~OutboxRunner() = default;

qint64 OutboxRunner::now() const
{
    return m_outbox->now();
}

void OutboxRunner::setConnection(const QString &platform, const connectors::ConnectionConfig &config)
{
    if (auto *old = m_connectors.take(config.connectionId))
        old->deleteLater();
    static const connectors::ConnectorRegistry registry = connectors::ConnectorRegistry::builtIn();
    connectors::OrderConnector *connector = registry.create(platform, m_network, config, this);
    if (!connector) {
        qCWarning(lcOutbox) << "no connector for platform" << platform;
        return;
    }
    m_connectors.insert(config.connectionId, connector);
    schedulePump();
}

Status OutboxRunner::check(const QString &action, const LocalOrder &order, const QJsonObject &payload) const
{
    const ActionSpec *spec = m_dispatcher.find(order.platform, action);
    if (!spec || !spec->send)
        return Error{ QString(kOutboxErrorDomain), static_cast<int>(OutboxError::InvalidArgument),
            QCoreApplication::translate("sd::outbox", "%1 orders have no “%2” action.").arg(order.platform, action) };
    connectors::OrderConnector *connector = m_connectors.value(order.connectionId);
    if (!connector)
        return {};
    Result<net::HttpJob *> built = spec->send(*connector, order.order, payload);
    if (!built)
        return built.error();
    delete *built; // never started
    return {};
}

void OutboxRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_busy = true; // nothing runs before the interrupted items are reconciled
    m_outbox->recoverInterrupted(this, [this](const Result<QStringList> &ids) {
        m_busy = false;
        if (!ids)
            qCWarning(lcOutbox) << "could not recover interrupted items:" << ids.error().message;
        else if (!ids->isEmpty())
            qCInfo(lcOutbox) << ids->size() << "item(s) were interrupted mid-call; reconciling them first";
        schedulePump();
    });
}

void OutboxRunner::stop()
{
    m_started = false;
    m_timer.stop();
}

void OutboxRunner::wake()
{
    schedulePump();
}

void OutboxRunner::schedulePump()
{
    if (m_pumpQueued || !m_started)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pumpQueued = false;
        pump();
    }, Qt::QueuedConnection);
}

void OutboxRunner::pump()
{
    if (!m_started || m_busy)
        return;
    m_timer.stop();
    const qint64 t = now();
    Result<QList<OutboxItem>> due = m_outbox->due(t, 200);
    if (!due) {
        qCWarning(lcOutbox) << "reading the outbox failed:" << due.error().message;
        Q_EMIT idle();
        return;
    }
    for (const OutboxItem &item : *due) {
        // Only order actions: other targets (Meta replies) have their own runner (core/inbox/metasendrunner.h).
        if (item.targetTable == u"orders" && m_connectors.contains(item.connectionId)) {
            process(item);
            return;
        }
    }
    // Nothing runnable now: wake up for the next attempt that is due later.
    Result<qint64> next = m_outbox->nextDueAt();
    if (next && *next > t)
        m_timer.start(std::chrono::milliseconds(qMin<qint64>(*next - t, 24LL * 3600 * 1000)));
    Q_EMIT idle();
}

void OutboxRunner::process(const OutboxItem &item)
{
    m_busy = true;
    m_current = item.id;
    if (!m_reader) {
        auto r = m_outbox->writer()->openReader();
        if (!r) {
            fail(item, r.error().message, QStringLiteral("local"));
            return;
        }
        m_reader = std::move(r).value();
    }
    Result<LocalOrder> order = LocalOrders::load(*m_reader, item.targetId);
    if (!order) {
        fail(item, order.error().message, QStringLiteral("local"));
        return;
    }
    const ActionSpec *spec = m_dispatcher.find(order->platform, item.action);
    if (!spec) {
        fail(item,
            QCoreApplication::translate("sd::outbox", "“%1” is not an action SellerDesk can do on %2.")
                .arg(item.action, order->platform),
            QStringLiteral("local"));
        return;
    }
    connectors::OrderConnector &connector = *m_connectors.value(item.connectionId);
    if (item.sentAtMs != 0)
        reconcile(item, *order, *spec, connector);
    else if (spec->baseline && !item.result.contains(u"baseline"))
        takeBaseline(item, *order, *spec, connector);
    else
        send(item, *order, *spec, connector);
}

void OutboxRunner::reconcile(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
    connectors::OrderConnector &connector)
{
    switch (spec.rule) {
    case ResendRule::Resend:
        qCInfo(lcOutbox) << "item" << item.id << "outcome unknown; the call is safe to repeat";
        send(item, order, spec, connector);
        return;
    case ResendRule::AskUser: {
        Transition t;
        t.to = OutboxState::NeedsCheck;
        t.lastError = QCoreApplication::translate("sd::outbox",
            "The platform's answer was lost. Check on the platform whether it was applied; retry only if it was not.");
        finishItem(item.id, t);
        return;
    }
    case ResendRule::ProbeFirst:
        break;
    }
    Result<net::HttpJob *> probe = spec.probe(connector, order.order);
    if (!probe) {
        fail(item, probe.error().message, QStringLiteral("local"));
        return;
    }
    net::HttpJob *job = *probe;
    const ActionSpec specCopy = spec;
    const LocalOrder orderCopy = order;
    QPointer<connectors::OrderConnector> conn(&connector);
    connect(job, &net::HttpJob::finished, this,
        [this, job, item, specCopy, orderCopy, conn](const Result<net::HttpResponse> &r) {
            if (!r) {
                onProbeFailed(item, job->failure());
                return;
            }
            switch (specCopy.judge(*r, orderCopy.order, item.payload, item.result.value(u"baseline").toObject())) {
            case Probed::Applied: {
                qCInfo(lcOutbox) << "item" << item.id << "was applied before its answer was lost";
                Transition t;
                t.to = OutboxState::Done;
                t.sentAtMs = 0;
                t.lastError = QString();
                QJsonObject result = item.result;
                result.insert(QStringLiteral("reconciled"), true);
                t.result = result;
                const OrderEffect effect = specCopy.effect ? specCopy.effect(orderCopy.order, item.payload) : OrderEffect{};
                const QString orderId = orderCopy.id;
                const qint64 at = now();
                t.alongside = [orderId, effect, at](store::Transaction &tx) {
                    return LocalOrders::apply(tx, orderId, effect, at);
                };
                finishItem(item.id, t);
                return;
            }
            case Probed::NotApplied: {
                qCInfo(lcOutbox) << "item" << item.id << "did not reach the platform; sending it again";
                if (!conn) {
                    m_busy = false;
                    schedulePump();
                    return;
                }
                OutboxItem again = item;
                again.sentAtMs = 0;
                send(again, orderCopy, specCopy, *conn);
                return;
            }
            case Probed::Unknown: {
                Transition t;
                t.to = OutboxState::NeedsCheck;
                t.lastError = QCoreApplication::translate("sd::outbox",
                    "Whether the platform applied this could not be established. Check the order on the platform.");
                finishItem(item.id, t);
                return;
            }
            }
        });
    job->start();
}

void OutboxRunner::takeBaseline(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
    connectors::OrderConnector &connector)
{
    Result<net::HttpJob *> probe = spec.probe(connector, order.order);
    if (!probe) {
        fail(item, probe.error().message, QStringLiteral("local"));
        return;
    }
    net::HttpJob *job = *probe;
    const ActionSpec specCopy = spec;
    const LocalOrder orderCopy = order;
    QPointer<connectors::OrderConnector> conn(&connector);
    connect(job, &net::HttpJob::finished, this,
        [this, job, item, specCopy, orderCopy, conn](const Result<net::HttpResponse> &r) {
            if (!r) {
                onProbeFailed(item, job->failure());
                return;
            }
            const QJsonObject baseline = specCopy.baseline(*r, item.payload);
            if (baseline.isEmpty()) {
                fail(item, QCoreApplication::translate("sd::outbox", "The platform's answer could not be read."),
                    QStringLiteral("probe"));
                return;
            }
            OutboxItem withBaseline = item;
            withBaseline.result.insert(QStringLiteral("baseline"), baseline);
            if (!conn) {
                m_busy = false;
                schedulePump();
                return;
            }
            send(withBaseline, orderCopy, specCopy, *conn);
        });
    job->start();
}

void OutboxRunner::send(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec,
    connectors::OrderConnector &connector)
{
    Result<net::HttpJob *> built = spec.send(connector, order.order, item.payload);
    if (!built) {
        // The platform's rules refuse it before any call: failed now, never retried.
        fail(item, built.error().message, QStringLiteral("local"));
        return;
    }
    net::HttpJob *job = *built;
    // The outbox decides about every repetition (a job-level retry could repeat an applied call).
    job->setRetryPolicy(net::RetryPolicy::none());
    job->setSendOnce(true);
    Transition running;
    running.to = OutboxState::Running;
    running.countAttempt = true;
    running.sentAtMs = now();
    running.result = item.result; // keeps a baseline taken just now
    const ActionSpec specCopy = spec;
    const LocalOrder orderCopy = order;
    QPointer<net::HttpJob> guard(job);
    // Committed before the request leaves: a crash from here on is reconciled at the next start.
    m_outbox->apply(item.id, running, this, [this, guard, specCopy, orderCopy](const Result<OutboxItem> &marked) {
        if (!guard)
            return;
        net::HttpJob *sending = guard;
        if (!marked) {
            qCWarning(lcOutbox) << "could not mark the item running:" << marked.error().message;
            sending->deleteLater();
            m_busy = false;
            m_current.clear();
            schedulePump();
            return;
        }
        const OutboxItem current = *marked;
        connect(sending, &net::HttpJob::finished, this,
            [this, sending, current, specCopy, orderCopy](const Result<net::HttpResponse> &r) {
                onSent(current, orderCopy, specCopy, r.ok(), r ? *r : sending->lastResponse(), sending->failure());
            });
        qCDebug(lcOutbox) << "sending item" << current.id << current.action << "attempt" << current.attempts;
        sending->start();
    });
}

void OutboxRunner::onSent(const OutboxItem &item, const LocalOrder &order, const ActionSpec &spec, bool ok,
    const net::HttpResponse &response, const net::NetFailure &f)
{
    Transition t;
    if (ok) {
        t.to = OutboxState::Done;
        t.sentAtMs = 0;
        t.lastError = QString();
        t.errorCode = QString();
        t.errorMessage = QString();
        QJsonObject result = resultOf(response);
        if (item.result.contains(u"baseline"))
            result.insert(QStringLiteral("baseline"), item.result.value(u"baseline"));
        t.result = result;
        const OrderEffect effect = spec.effect ? spec.effect(order.order, item.payload) : OrderEffect{};
        const QString orderId = order.id;
        const qint64 at = now();
        t.alongside = [orderId, effect, at](store::Transaction &tx) { return LocalOrders::apply(tx, orderId, effect, at); };
        finishItem(item.id, t);
        return;
    }
    qCInfo(lcOutbox) << "item" << item.id << "attempt" << item.attempts << "failed:" << f.logLine();
    t.lastError = f.userMessage();
    t.errorCode = errorCode(f);
    t.errorMessage = f.platformMessage;
    const bool unknown = outcomeUnknown(f) && f.retryable != std::optional<bool>(false);
    const bool transient = unknown || notProcessed(f) || f.retryable == std::optional<bool>(true);
    if (!transient) {
        t.to = OutboxState::Failed; // the platform refused it: its reason is kept, no retry
        t.sentAtMs = 0;
        finishItem(item.id, t);
        return;
    }
    if (item.attempts >= m_policy.maxAttempts) {
        if (unknown && spec.rule != ResendRule::Resend) {
            t.to = OutboxState::NeedsCheck;
            t.lastError = QCoreApplication::translate("sd::outbox",
                "No answer from the platform after %n attempt(s). Check the order on the platform, then retry or leave it.",
                nullptr, item.attempts);
        } else {
            t.to = OutboxState::Failed;
            t.sentAtMs = 0;
        }
        finishItem(item.id, t);
        return;
    }
    t.to = OutboxState::Pending;
    if (!unknown)
        t.sentAtMs = 0; // provably not applied: a plain resend next time
    qint64 wait = backoffMs(item.attempts);
    if (f.retryAfter)
        wait = qMax<qint64>(wait, f.retryAfter->count());
    t.nextAttemptAtMs = now() + wait;
    finishItem(item.id, t);
}

void OutboxRunner::onProbeFailed(const OutboxItem &item, const net::NetFailure &f)
{
    qCInfo(lcOutbox) << "reading the platform's state for item" << item.id << "failed:" << f.logLine();
    Transition t;
    t.countAttempt = true; // probes count: the loop stays bounded
    t.lastError = f.userMessage();
    t.errorCode = errorCode(f);
    t.errorMessage = f.platformMessage;
    if (!f.isTransient() || item.attempts + 1 >= m_policy.maxAttempts) {
        t.to = item.sentAtMs ? OutboxState::NeedsCheck : OutboxState::Failed;
        finishItem(item.id, t);
        return;
    }
    t.to = OutboxState::Pending;
    qint64 wait = backoffMs(item.attempts + 1);
    if (f.retryAfter)
        wait = qMax<qint64>(wait, f.retryAfter->count());
    t.nextAttemptAtMs = now() + wait;
    finishItem(item.id, t);
}

void OutboxRunner::fail(const OutboxItem &item, const QString &message, const QString &code, const QString &platformMessage)
{
    Transition t;
    t.to = OutboxState::Failed;
    t.lastError = message;
    t.errorCode = code;
    t.errorMessage = platformMessage;
    t.sentAtMs = 0;
    finishItem(item.id, t);
}

void OutboxRunner::finishItem(const QString &id, const Transition &transition)
{
    m_outbox->apply(id, transition, this, [this, id](const Result<OutboxItem> &r) {
        if (!r)
            qCWarning(lcOutbox) << "could not record the outcome of item" << id << ":" << r.error().message;
        m_busy = false;
        m_current.clear();
        schedulePump();
    });
}

qint64 OutboxRunner::backoffMs(int attempts) const
{
    const qint64 base = m_policy.baseDelay.count();
    const qint64 ceiling = qMin<qint64>(m_policy.maxDelay.count(), base << qMin(qMax(attempts - 1, 0), 20));
    // Half fixed, half jitter: never hammering, never all items at once.
    return ceiling / 2 + qint64(QRandomGenerator::global()->bounded(double(ceiling / 2 + 1)));
}

} // namespace sd::outbox
