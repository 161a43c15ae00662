// MemorySecretStore (the test double of the keychain), the blocking helpers of the CLI, and the error
// texts every store shares.
#include "common/redactor.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretsync.h"

#include <QTest>

#include <optional>

using namespace sd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sd::SecretError)

namespace {

constexpr int kWaitMs = 5000;

QString key(const char *name) { return SecretStore::keyFor(QStringLiteral("shop"), QString::fromLatin1(name)); }

Result<QByteArray> readNow(SecretStore &store, const QString &k)
{
    std::optional<Result<QByteArray>> answer;
    QObject context;
    store.read(k, &context, [&answer](Result<QByteArray> r) { answer.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("no answer")};
    return std::move(*answer);
}

Status writeNow(SecretStore &store, const QString &k, const QByteArray &value)
{
    std::optional<Status> answer;
    QObject context;
    store.write(k, value, &context, [&answer](Status s) { answer.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("no answer")};
    return std::move(*answer);
}

Status removeNow(SecretStore &store, const QString &k)
{
    std::optional<Status> answer;
    QObject context;
    store.remove(k, &context, [&answer](Status s) { answer.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("no answer")};
    return std::move(*answer);
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { redaction::clearRegisteredSecrets(); }

    void answersFromTheEventLoop()
    {
        MemorySecretStore store;
        QObject context;
        bool answered = false;
        store.write(key("async"), "value-123456", &context, [&answered](Status s) {
            QVERIFY(s.ok());
            answered = true;
        });
        QVERIFY(!answered); // never inside the call
        QCOMPARE(store.pendingCount(), 1);
        QVERIFY(!store.contains(key("async"))); // takes effect when answered
        QVERIFY(QTest::qWaitFor([&answered] { return answered; }, kWaitMs));
        QCOMPARE(store.value(key("async")), QByteArray("value-123456"));
        QCOMPARE(store.answeredCount(), 1);
    }

    void readWriteOverwriteRemove()
    {
        MemorySecretStore store;
        const auto missing = readNow(store, key("token"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().domain, SecretStore::errorDomain());
        QVERIFY(missing.error().is(SecretError::NotFound));
        QVERIFY(missing.error().message.contains(key("token")));

        QVERIFY(writeNow(store, key("token"), "first-aaaaaa").ok());
        QVERIFY(writeNow(store, key("token"), QByteArray("\0\xff şifre İğdır", 18)).ok());
        const auto read = readNow(store, key("token"));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QByteArray("\0\xff şifre İğdır", 18));

        QVERIFY(removeNow(store, key("token")).ok());
        QVERIFY(readNow(store, key("token")).error().is(SecretError::NotFound));
        QVERIFY(removeNow(store, key("token")).ok()); // already gone is success
        QVERIFY(store.keys().isEmpty());
    }

    void profilesDoNotCollide()
    {
        MemorySecretStore store;
        const QString a = SecretStore::keyFor(QStringLiteral("shop-a"), QStringLiteral("token"));
        const QString b = SecretStore::keyFor(QStringLiteral("shop-b"), QStringLiteral("token"));
        QCOMPARE(a, QStringLiteral("profile/shop-a/token"));
        QVERIFY(writeNow(store, a, "aaaaaaaa").ok());
        QVERIFY(writeNow(store, b, "bbbbbbbb").ok());
        QCOMPARE(readNow(store, a).valueOr({}), QByteArray("aaaaaaaa"));
        QCOMPARE(readNow(store, b).valueOr({}), QByteArray("bbbbbbbb"));
    }

    void operationsCompleteInCallOrder_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("no delay") << 0;
        QTest::newRow("with delay") << 5;
    }

    void operationsCompleteInCallOrder()
    {
        QFETCH(int, delayMs);
        MemorySecretStore store;
        store.setDelay(std::chrono::milliseconds(delayMs));
        QObject context;
        QList<int> completed;
        QList<QByteArray> reads;
        int issued = 0;
        for (int i = 0; i < 20; ++i) {
            const QString k = key(i % 2 ? "odd" : "even");
            const int w = issued++;
            store.write(k, "value-" + QByteArray::number(i), &context, [&completed, w](Status) { completed.append(w); });
            const int r = issued++;
            store.read(k, &context, [&completed, &reads, r](Result<QByteArray> v) {
                completed.append(r);
                reads.append(v.valueOr("<error>"));
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return completed.size() == issued; }, kWaitMs));
        for (int i = 0; i < issued; ++i)
            QCOMPARE(completed.at(i), i);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(reads.at(i), "value-" + QByteArray::number(i));
    }

    void simulatedFailures_data()
    {
        QTest::addColumn<SecretError>("error");
        QTest::newRow("NotFound") << SecretError::NotFound;
        QTest::newRow("AccessDenied") << SecretError::AccessDenied;
        QTest::newRow("NoBackend") << SecretError::NoBackend;
        QTest::newRow("Locked") << SecretError::Locked;
        QTest::newRow("Timeout") << SecretError::Timeout;
        QTest::newRow("Failed") << SecretError::Failed;
    }

    void simulatedFailures()
    {
        QFETCH(SecretError, error);
        MemorySecretStore store;
        QVERIFY(writeNow(store, key("kept"), "kept-value-1").ok());

        store.setFailure(error);
        QCOMPARE(store.failure(), std::optional<SecretError>(error));
        const auto read = readNow(store, key("kept"));
        const Status write = writeNow(store, key("kept"), "new-value-22");
        const Status removed = removeNow(store, key("kept"));
        for (const Error &e : {read.error(), write.error(), removed.error()}) {
            QCOMPARE(e.domain, SecretStore::errorDomain());
            QCOMPARE(e.code, int(error));
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(store.value(key("kept")), QByteArray("kept-value-1")); // a failure changes nothing

        store.clearFailure();
        QCOMPARE(readNow(store, key("kept")).valueOr({}), QByteArray("kept-value-1"));
    }

    void destroyedContextGetsNoCallback()
    {
        MemorySecretStore store;
        int calls = 0;
        auto *gone = new QObject;
        store.write(key("ctx"), "context-value", gone, [&calls](Status) { ++calls; });
        store.read(key("ctx"), gone, [&calls](Result<QByteArray>) { ++calls; });
        delete gone;
        QVERIFY(readNow(store, key("ctx")).ok()); // the write still ran
        QCOMPARE(calls, 0);

        // Without a context, the answer always comes.
        bool answered = false;
        store.read(key("ctx"), nullptr, [&answered](Result<QByteArray> r) { answered = r.ok(); });
        QVERIFY(QTest::qWaitFor([&answered] { return answered; }, kWaitMs));
    }

    void storeMayBeDestroyedInACallback()
    {
        auto *store = new MemorySecretStore;
        QObject context;
        int calls = 0;
        store->write(key("a"), "aaaaaaaa", &context, [&calls, store](Status) {
            ++calls;
            delete store;
        });
        store->write(key("b"), "bbbbbbbb", &context, [&calls](Status) { ++calls; });
        QPointer<MemorySecretStore> watch(store);
        QVERIFY(QTest::qWaitFor([&watch] { return watch.isNull(); }, kWaitMs));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1); // queued operations are dropped with the store
    }

    void valuesAreRegisteredForRedaction()
    {
        MemorySecretStore store;
        QVERIFY(writeNow(store, key("redact"), "memory-secret-7781").ok());
        const QString line = redaction::redact(QStringLiteral("sent memory-secret-7781 to the server"));
        QVERIFY(!line.contains(u"memory-secret-7781"));
        QVERIFY(line.contains(redaction::kMask));
    }

    void blockingHelpers()
    {
        MemorySecretStore store;
        QVERIFY(writeSecretBlocking(store, key("cli"), "cli-value-4421", kWaitMs).ok());
        const auto read = readSecretBlocking(store, key("cli"), kWaitMs);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QByteArray("cli-value-4421"));
        QVERIFY(removeSecretBlocking(store, key("cli"), kWaitMs).ok());
        const auto missing = readSecretBlocking(store, key("cli"), kWaitMs);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().is(SecretError::NotFound));

        store.setFailure(SecretError::Locked);
        const Status locked = writeSecretBlocking(store, key("cli"), "cli-value-4421", kWaitMs);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().is(SecretError::Locked));
        QVERIFY(removeSecretBlocking(store, key("cli"), kWaitMs).error().is(SecretError::Locked));
    }

    void blockingHelpersTimeOut()
    {
        MemorySecretStore store;
        store.setDelay(500ms);
        const auto read = readSecretBlocking(store, key("slow"), 50);
        QVERIFY(!read.ok());
        QVERIFY(read.error().is(SecretError::Timeout));
        QCOMPARE(read.error().domain, SecretStore::errorDomain());
        QVERIFY(!read.error().message.isEmpty());
        QCOMPARE(store.answeredCount(), 0); // the helper gave up before the store answered

        const Status write = writeSecretBlocking(store, key("slow"), "slow-value-1", 50);
        QVERIFY(write.error().is(SecretError::Timeout));
        const Status removed = removeSecretBlocking(store, key("slow"), 50);
        QVERIFY(removed.error().is(SecretError::Timeout));

        // The abandoned operations are still answered by the store, to nobody; nothing crashes and the
        // late write still takes effect.
        QVERIFY(QTest::qWaitFor([&store] { return store.pendingCount() == 0; }, 3 * 500 + kWaitMs));
        QCOMPARE(store.answeredCount(), 3);
        QVERIFY(!store.contains(key("slow"))); // written, then removed

        store.setDelay(10ms);
        QVERIFY(writeSecretBlocking(store, key("slow"), "slow-value-2", kWaitMs).ok());
        QCOMPARE(readSecretBlocking(store, key("slow"), kWaitMs).valueOr({}), QByteArray("slow-value-2"));
    }

    void errorMessages_data()
    {
        QTest::addColumn<SecretError>("error");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("NotFound") << SecretError::NotFound << QStringLiteral("profile/shop/token");
        QTest::newRow("AccessDenied") << SecretError::AccessDenied << QStringLiteral("Allow access");
        QTest::newRow("NoBackend") << SecretError::NoBackend << QStringLiteral("passphrase");
        QTest::newRow("Locked") << SecretError::Locked << QStringLiteral("Unlock");
        QTest::newRow("Timeout") << SecretError::Timeout << QStringLiteral("15 second");
        QTest::newRow("Failed") << SecretError::Failed << QStringLiteral("try again");
    }

    void errorMessages()
    {
        QFETCH(SecretError, error);
        QFETCH(QString, mentions);
        const Error e = SecretStore::makeError(error, key("token"), 15s);
        QCOMPARE(e.domain, QStringLiteral("secrets"));
        QVERIFY(e.is(error));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void errorDetailIsRedacted()
    {
        redaction::registerSecret(QByteArray("leaky-backend-secret"));
        const Error e = SecretStore::makeError(SecretError::Failed, key("token"), {},
                                               QStringLiteral("cannot store leaky-backend-secret"));
        QVERIFY(!e.message.contains(u"leaky-backend-secret"));
        QVERIFY(e.message.contains(u"cannot store"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)

#include "tst_memorysecretstore.moc"
