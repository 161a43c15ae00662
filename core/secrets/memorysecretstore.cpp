#include "secrets/memorysecretstore.h"

#include "common/redactor.h"

#include <utility>

namespace sd {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MemorySecretStore::answerFront);
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    enqueue(Operation::read(key, context, std::move(done)));
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    enqueue(Operation::write(key, value, context, std::move(done)));
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    enqueue(Operation::remove(key, context, std::move(done)));
}

void MemorySecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_timer.isActive())
        m_timer.start(m_delay);
}

void MemorySecretStore::answerFront()
{
    if (m_queue.empty())
        return;
    Operation op = std::move(m_queue.front());
    m_queue.pop_front();
    ++m_answered;

    Result<QByteArray> outcome = QByteArray();
    if (m_failure) {
        outcome = makeError(*m_failure, op.key, m_delay);
    } else {
        switch (op.kind) {
        case Kind::Read: {
            const auto it = m_values.constFind(op.key);
            if (it == m_values.cend())
                outcome = makeError(SecretError::NotFound, op.key);
            else
                outcome = it.value();
            break;
        }
        case Kind::Write:
            m_values.insert(op.key, op.value);
            break;
        case Kind::Remove:
            m_values.remove(op.key); // removing a missing key succeeds, as in the keychain
            break;
        }
    }

    // Arm the next answer before the callback, which may destroy this store.
    if (!m_queue.empty())
        m_timer.start(m_delay);

    if (op.contextGone())
        return;
    if (op.kind == Kind::Read) {
        if (op.readDone)
            op.readDone(std::move(outcome));
    } else if (op.done) {
        op.done(outcome.ok() ? Status() : Status(outcome.error()));
    }
}

} // namespace sd
