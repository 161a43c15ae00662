#include "secrets/keychainsecretstore.h"

#include "common/logging.h"
#include "common/redactor.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace sd {
namespace {

const char *kindName(int kind)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[kind];
}

SecretError mapKeychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretError::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, std::chrono::milliseconds timeout,
                                         QObject *parent)
    : SecretStore(parent), m_service(service), m_timeout(timeout)
{
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this, &KeychainSecretStore::onJobTimeout);
}

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job keeps going and deletes itself when it finishes; our connection to it dies with us.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    enqueue(Operation::read(key, context, std::move(done)));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    enqueue(Operation::write(key, value, context, std::move(done)));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    enqueue(Operation::remove(key, context, std::move(done)));
}

void KeychainSecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    scheduleNext();
}

// The next job always starts from the event loop: callers never get an answer inside their own
// call, and a long queue does not recurse.
void KeychainSecretStore::scheduleNext()
{
    if (m_current || m_nextScheduled || m_queue.empty())
        return;
    m_nextScheduled = true;
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    m_nextScheduled = false;
    while (!m_current && !m_queue.empty()) {
        Operation op = std::move(m_queue.front());
        m_queue.pop_front();
        // Nobody waits for this value any more; writes and removals still run, the caller asked for them.
        if (op.kind == Kind::Read && op.contextGone()) {
            qCDebug(lcSecrets) << "skipping read of" << op.key << "whose caller is gone";
            continue;
        }
        m_current = std::move(op);
    }
    if (!m_current)
        return;

    QKeychain::Job *job = nullptr;
    switch (m_current->kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setBinaryData(m_current->value);
        job = writeJob;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: an abandoned job must outlive us and delete itself once its backend call returns.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current->key);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    m_job = job;
    qCDebug(lcSecrets) << "keychain" << kindName(int(m_current->kind)) << m_current->key;
    m_jobTimer.start(m_timeout);
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_current || job != m_job)
        return; // an abandoned job; it was already answered with a timeout
    m_jobTimer.stop();
    disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;

    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        if (m_current->kind == Kind::Read) {
            QByteArray value = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
            redaction::registerSecret(value);
            finish(std::move(value));
        } else {
            finish(QByteArray());
        }
        return;
    }

    const SecretError code = mapKeychainError(error);
    if (code == SecretError::NotFound && m_current->kind == Kind::Remove) {
        finish(QByteArray()); // already gone is what the caller wanted
        return;
    }
    if (code == SecretError::NotFound) {
        qCDebug(lcSecrets) << "keychain" << kindName(int(m_current->kind)) << m_current->key << "not found";
        finish(makeError(code, m_current->key));
        return;
    }
    const QString detail = redaction::redact(job->errorString());
    qCWarning(lcSecrets).noquote() << "keychain" << kindName(int(m_current->kind)) << m_current->key
                                   << "failed:" << int(error) << detail;
    finish(makeError(code, m_current->key, m_timeout, detail));
}

void KeychainSecretStore::onJobTimeout()
{
    if (!m_current)
        return;
    if (m_job) {
        // Abandon it: it still deletes itself when the backend eventually answers.
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
    }
    qCWarning(lcSecrets) << "keychain" << kindName(int(m_current->kind)) << m_current->key
                         << "timed out after" << m_timeout.count() << "ms";
    finish(makeError(SecretError::Timeout, m_current->key, m_timeout));
}

void KeychainSecretStore::finish(Result<QByteArray> outcome)
{
    Operation op = std::move(*m_current);
    m_current.reset();
    scheduleNext(); // before the callback, which may destroy this store

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
