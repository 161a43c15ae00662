#include "secrets/secretsync.h"

#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <optional>
#include <utility>

namespace sd {
namespace {

// Starts an operation with the loop as its context (so a late answer after a timeout is dropped by the
// store) and waits for its answer.
template<typename T, typename Start>
Result<T> runBlocking(const QString &key, int timeoutMs, Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> answer;
    start(&loop, [&answer, &loop](Result<T> result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    if (!answer) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!answer)
        return SecretStore::makeError(SecretError::Timeout, key, std::chrono::milliseconds(timeoutMs));
    return std::move(*answer);
}

} // namespace

Result<QByteArray> readSecretBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    return runBlocking<QByteArray>(key, timeoutMs, [&](QObject *context, auto done) {
        store.read(key, context, std::move(done));
    });
}

Status writeSecretBlocking(SecretStore &store, const QString &key, const QByteArray &value, int timeoutMs)
{
    return runBlocking<void>(key, timeoutMs, [&](QObject *context, auto done) {
        store.write(key, value, context, std::move(done));
    });
}

Status removeSecretBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    return runBlocking<void>(key, timeoutMs, [&](QObject *context, auto done) {
        store.remove(key, context, std::move(done));
    });
}

} // namespace sd
