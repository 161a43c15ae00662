// One recorded platform action as the outbox keeps it (table `outbox`, migrations 0001 and 0005).
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sd::outbox {

enum class OutboxState {
    Pending, // waiting for its (next) attempt; nextAttemptAtMs says when
    Running, // marked before the request leaves; found so at start-up = the process died mid-call
    Done, // the platform accepted it (result holds its answer)
    Failed, // refused (by the platform's rules or the platform) or out of attempts; the user may retry
    NeedsCheck, // sent, but whether the platform applied it could not be established: the user checks
};

// Stable names stored in the database ("pending", "running", "done", "failed", "needs_check").
[[nodiscard]] QString outboxStateName(OutboxState state);
[[nodiscard]] std::optional<OutboxState> outboxStateFromName(const QString &name);
// Translated label for the UI and the CLI.
[[nodiscard]] QString outboxStateLabel(OutboxState state);

struct OutboxItem
{
    QString id;
    QString workspaceId;
    QString connectionId;
    QString action; // e.g. "pick", "invoice-link" (see ActionDispatcher)
    QString targetTable; // "orders" for order actions
    QString targetId; // the row's id
    QJsonObject payload;
    QString idempotencyKey;
    OutboxState state = OutboxState::Pending;
    int attempts = 0; // requests sent so far
    qint64 nextAttemptAtMs = 0; // pending: not before this (UTC ms)
    QString lastError; // translated, for the user
    QString errorCode; // the platform's code, "local" for a refusal before the call
    QString errorMessage; // the platform's own text
    QJsonObject result; // done: the platform's answer; before: what a pre-send read found ("baseline")
    qint64 sentAtMs = 0; // non-zero while a sent request's outcome is unknown
    QString batchId; // bulk actions: the items enqueued together
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    [[nodiscard]] bool isFinal() const
    {
        return state == OutboxState::Done || state == OutboxState::Failed || state == OutboxState::NeedsCheck;
    }
    [[nodiscard]] QJsonObject toJson() const; // the CLI's shape (README "CLI JSON shapes")
};

} // namespace sd::outbox

Q_DECLARE_METATYPE(sd::outbox::OutboxItem)
