#include "outboxitem.h"

#include <QCoreApplication>

namespace sd::outbox {

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Running:
        return QStringLiteral("running");
    case OutboxState::Done:
        return QStringLiteral("done");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::NeedsCheck:
        return QStringLiteral("needs_check");
    }
    return QStringLiteral("pending");
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    for (OutboxState s : { OutboxState::Pending, OutboxState::Running, OutboxState::Done, OutboxState::Failed,
             OutboxState::NeedsCheck }) {
        if (outboxStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString outboxStateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QCoreApplication::translate("sd::outbox", "Pending");
    case OutboxState::Running:
        return QCoreApplication::translate("sd::outbox", "Sending");
    case OutboxState::Done:
        return QCoreApplication::translate("sd::outbox", "Done");
    case OutboxState::Failed:
        return QCoreApplication::translate("sd::outbox", "Failed");
    case OutboxState::NeedsCheck:
        return QCoreApplication::translate("sd::outbox", "Needs a check");
    }
    return {};
}

QJsonObject OutboxItem::toJson() const
{
    QJsonObject o{
        { QStringLiteral("id"), id },
        { QStringLiteral("connection"), connectionId },
        { QStringLiteral("action"), action },
        { QStringLiteral("order"), targetTable == u"orders" ? targetId : QString() },
        { QStringLiteral("payload"), payload },
        { QStringLiteral("idempotencyKey"), idempotencyKey },
        { QStringLiteral("state"), outboxStateName(state) },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("nextAttemptAt"), nextAttemptAtMs },
        { QStringLiteral("error"), lastError },
        { QStringLiteral("errorCode"), errorCode },
        { QStringLiteral("errorMessage"), errorMessage },
        { QStringLiteral("result"), result },
        { QStringLiteral("batch"), batchId },
        { QStringLiteral("createdAt"), createdAtMs },
        { QStringLiteral("updatedAt"), updatedAtMs },
    };
    return o;
}

} // namespace sd::outbox
