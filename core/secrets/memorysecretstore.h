// An in-memory SecretStore for tests of logic: answers asynchronously, in call order, and can be told
// to fail or to be slow.
#pragma once

#include "secrets/secretoperation.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

namespace sd {

// Operations run one at a time, in call order, each answered from the event loop after delay()
// (zero: on the next pass of the event loop). An operation takes effect when it is answered.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

    // Every operation answered from now on fails with this error and changes nothing, until cleared.
    void setFailure(SecretError error) { m_failure = error; }
    void clearFailure() { m_failure.reset(); }
    [[nodiscard]] std::optional<SecretError> failure() const { return m_failure; }

    // How long each operation takes before it is answered; used to test the timeouts of callers.
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    [[nodiscard]] std::chrono::milliseconds delay() const { return m_delay; }

    // Inspection for tests (synchronous, not through the queue).
    [[nodiscard]] bool contains(const QString &key) const { return m_values.contains(key); }
    [[nodiscard]] QByteArray value(const QString &key) const { return m_values.value(key); }
    [[nodiscard]] QStringList keys() const { return m_values.keys(); }
    [[nodiscard]] int pendingCount() const { return int(m_queue.size()); }
    [[nodiscard]] int answeredCount() const { return m_answered; }

private:
    using Operation = SecretOperation;
    using Kind = SecretOperation::Kind;

    void enqueue(Operation operation);
    void answerFront();

    QHash<QString, QByteArray> m_values;
    std::deque<Operation> m_queue;
    std::optional<SecretError> m_failure;
    std::chrono::milliseconds m_delay{0};
    QTimer m_timer;
    int m_answered = 0;
};

} // namespace sd
