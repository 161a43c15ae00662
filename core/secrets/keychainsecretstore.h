// The SecretStore of the operating system's keychain, through QtKeychain.
#pragma once

#include "secrets/secretoperation.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

namespace QKeychain {
class Job;
}

namespace sd {

// Runs one keychain job at a time, in the order the calls were made. Every job has its own timeout;
// a job that does not answer in time is abandoned (it deletes itself whenever it finishes) and the
// caller gets SecretError::Timeout. There is never a plaintext fallback. Every value read or written
// is registered with the redactor.
//
// Operations still queued when the store is destroyed are dropped without an answer.
//
// QtKeychain itself runs the jobs of a process one at a time. A job that never returns (a hung keychain
// service) therefore holds back every later job of the process, and those time out as well, until the
// service answers it.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::seconds(15);

    explicit KeychainSecretStore(const QString &service = QStringLiteral("SellerDesk"),
                                 std::chrono::milliseconds timeout = kDefaultTimeout,
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    using Operation = SecretOperation;
    using Kind = SecretOperation::Kind;

    void enqueue(Operation operation);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    void onJobTimeout();
    void finish(Result<QByteArray> outcome);

    QString m_service;
    std::chrono::milliseconds m_timeout;
    std::deque<Operation> m_queue;
    std::optional<Operation> m_current;
    QPointer<QKeychain::Job> m_job;
    QTimer m_jobTimer;
    bool m_nextScheduled = false;
};

} // namespace sd
