// KeychainSecretStore against a real gnome-keyring in a private D-Bus session and a throwaway HOME
// (tests/support/with-keyring.sh). Two cases re-run this binary as a child with a broken session bus.
#include "secrets/keychainsecretstore.h"
#include "secrets/secretsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace sd;
using namespace std::chrono_literals;

namespace {

// With one of these arguments the binary becomes a child that talks to a keychain it cannot reach.
constexpr auto kUnreachableArg = "--unreachable-keychain";
constexpr auto kHangingArg = "--hanging-keychain";

constexpr int kWaitMs = 20000;
constexpr int kChildWaitMs = 60000;

// The values the children try to store; they must never reach a file.
const QByteArray kUnreachableSecret("unreachable-plaintext-Zq8x1");
const QByteArray kHangingSecret("hanging-plaintext-Vb3k9");

QString service() { return QStringLiteral("SellerDeskTest"); }

Result<QByteArray> readNow(SecretStore &store, const QString &key)
{
    std::optional<Result<QByteArray>> answer;
    QObject context; // if we give up waiting, the store drops the late answer
    store.read(key, &context, [&answer](Result<QByteArray> r) { answer.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("the store did not answer")};
    return std::move(*answer);
}

Status writeNow(SecretStore &store, const QString &key, const QByteArray &value)
{
    std::optional<Status> answer;
    QObject context;
    store.write(key, value, &context, [&answer](Status s) { answer.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("the store did not answer")};
    return std::move(*answer);
}

Status removeNow(SecretStore &store, const QString &key)
{
    std::optional<Status> answer;
    QObject context;
    store.remove(key, &context, [&answer](Status s) { answer.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("test"), -1, QStringLiteral("the store did not answer")};
    return std::move(*answer);
}

// Every log line of the test process, to check that no secret value was ever logged.
QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString messageOf(const Status &s) { return s.ok() ? QString() : s.error().message; }
QString messageOf(const Result<QByteArray> &r) { return r.ok() ? QString() : r.error().message; }

// One line per operation for the parent: "<op> <SecretError code, 0 for success> <message>".
void report(const char *op, int code, const QString &message)
{
    std::printf("%s %d %s\n", op, code, message.toUtf8().constData());
    std::fflush(stdout);
}

int runChild(const QByteArray &secret, std::chrono::milliseconds timeout)
{
    KeychainSecretStore store(service(), timeout);
    const QString key = SecretStore::keyFor(QStringLiteral("child"), QStringLiteral("token"));
    const Status written = writeSecretBlocking(store, key, secret, kWaitMs);
    report("write", written.ok() ? 0 : written.error().code, messageOf(written));
    const Result<QByteArray> read = readSecretBlocking(store, key, kWaitMs);
    report("read", read.ok() ? 0 : read.error().code, messageOf(read));
    return 0;
}

struct ChildLine
{
    QByteArray op;
    int code = -1;
    QString message;
};

QList<ChildLine> parseChildOutput(const QByteArray &output)
{
    QList<ChildLine> lines;
    for (const QByteArray &raw : output.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QList<QByteArray> parts = raw.split(' ');
        ChildLine line;
        line.op = parts.value(0);
        line.code = parts.value(1).toInt();
        line.message = QString::fromUtf8(raw.mid(parts.value(0).size() + parts.value(1).size() + 2));
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_plaintexts; // every distinctive value handed to the keychain

    QByteArray remember(const QByteArray &value)
    {
        m_plaintexts.append(value);
        return value;
    }

    // Runs this binary as a child with the given session bus address and returns its report.
    QList<ChildLine> runChildProcess(const char *mode, const QString &busAddress, QByteArray *rawOutput)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QString::fromLatin1(mode)});
        child.start();
        if (!child.waitForStarted() || !child.waitForFinished(kChildWaitMs)) {
            child.kill();
            child.waitForFinished();
            return {};
        }
        const QByteArray out = child.readAllStandardOutput();
        *rawOutput = out + child.readAllStandardError();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return {};
        return parseChildOutput(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != u"1")
            QSKIP("Run through tests/support/with-keyring.sh (ctest does): this test must never touch "
                  "your own keyring.");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QLoggingCategory::setFilterRules(QStringLiteral("sellerdesk.core.secrets.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void roundTrip()
    {
        KeychainSecretStore store(service());
        QCOMPARE(store.service(), service());
        QCOMPARE(store.timeout(), KeychainSecretStore::kDefaultTimeout);
        const QString key = SecretStore::keyFor(QStringLiteral("shop-a"), QStringLiteral("roundtrip"));
        const QByteArray value = remember("roundtrip-token-4f1c2e9a77");
        const Status written = writeNow(store, key, value);
        QVERIFY2(written.ok(), qPrintable(messageOf(written)));
        const auto read = readNow(store, key);
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(read.value(), value);
    }

    void overwrite()
    {
        KeychainSecretStore store(service());
        const QString key = SecretStore::keyFor(QStringLiteral("shop-a"), QStringLiteral("overwrite"));
        QVERIFY(writeNow(store, key, remember("first-value-a81b0c")).ok());
        QVERIFY(writeNow(store, key, remember("second-value-d72e55")).ok());
        const auto read = readNow(store, key);
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(read.value(), QByteArray("second-value-d72e55"));
    }

    void removeThenReadIsNotFound()
    {
        KeychainSecretStore store(service());
        const QString key = SecretStore::keyFor(QStringLiteral("shop-a"), QStringLiteral("removed"));
        QVERIFY(writeNow(store, key, remember("doomed-value-9c3f01")).ok());
        const Status removed = removeNow(store, key);
        QVERIFY2(removed.ok(), qPrintable(messageOf(removed)));
        const auto read = readNow(store, key);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().domain, SecretStore::errorDomain());
        QVERIFY2(read.error().is(SecretError::NotFound), qPrintable(read.error().message));
        QVERIFY(!read.error().message.isEmpty());

        // Removing what is not there is what the caller wanted.
        const Status again = removeNow(store, key);
        QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    }

    void readMissingIsNotFound()
    {
        KeychainSecretStore store(service());
        const auto read = readNow(store, SecretStore::keyFor(QStringLiteral("nobody"), QStringLiteral("x")));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().is(SecretError::NotFound), qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(u"profile/nobody/x"));
    }

    void bytesRoundTripExactly_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("distinctive"); // worth searching for in files afterwards

        QTest::newRow("nul and 0xff") << QByteArray("a\0b\xff\xfe\x01z-nul-ff-7781", 17) << true;
        QTest::newRow("turkish utf-8") << QStringLiteral("şifre İğdır").toUtf8() << true;
        QTest::newRow("only nul bytes") << QByteArray(32, '\0') << false;
        QTest::newRow("leading nul") << QByteArray("\0leading-nul-5512", 17) << true;
        QTest::newRow("invalid utf-8") << QByteArray("\xc3\x28\xa0\xa1-bad-utf8-6620") << true;

        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(20261123);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("4 KiB of random bytes") << random << true;
    }

    void bytesRoundTripExactly()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, distinctive);
        if (distinctive)
            remember(value);
        KeychainSecretStore store(service());
        const QString key = SecretStore::keyFor(QStringLiteral("shop-bytes"),
                                                QString::fromLatin1(QTest::currentDataTag()));
        const Status written = writeNow(store, key, value);
        QVERIFY2(written.ok(), qPrintable(messageOf(written)));
        const auto read = readNow(store, key);
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(read.value().size(), value.size());
        QCOMPARE(read.value(), value);
    }

    void profilesDoNotCollide()
    {
        KeychainSecretStore store(service());
        const QString keyA = SecretStore::keyFor(QStringLiteral("shop-a"), QStringLiteral("trendyol.token"));
        const QString keyB = SecretStore::keyFor(QStringLiteral("shop-b"), QStringLiteral("trendyol.token"));
        QVERIFY(writeNow(store, keyA, remember("token-of-shop-a-11aa")).ok());
        QVERIFY(writeNow(store, keyB, remember("token-of-shop-b-22bb")).ok());
        QCOMPARE(readNow(store, keyA).valueOr({}), QByteArray("token-of-shop-a-11aa"));
        QCOMPARE(readNow(store, keyB).valueOr({}), QByteArray("token-of-shop-b-22bb"));

        QVERIFY(removeNow(store, keyA).ok());
        QVERIFY(readNow(store, keyA).error().is(SecretError::NotFound));
        QCOMPARE(readNow(store, keyB).valueOr({}), QByteArray("token-of-shop-b-22bb"));

        // Another service name is another namespace.
        KeychainSecretStore other(service() + QStringLiteral("-other"));
        const auto foreign = readNow(other, keyB);
        QVERIFY(!foreign.ok());
        QVERIFY(foreign.error().is(SecretError::NotFound));
    }

    void queuedOperationsCompleteInOrder()
    {
        KeychainSecretStore store(service());
        QObject context;
        QList<int> completed;
        QList<bool> succeeded;
        QList<QByteArray> readValues;
        QList<QByteArray> expectedReads;
        int issued = 0;
        // Writes and reads of three keys interleaved: each read sees the write just before it only
        // if the operations run in call order.
        for (int i = 0; i < 12; ++i) {
            const QString key = SecretStore::keyFor(QStringLiteral("shop-order"), QString::number(i % 3));
            const QByteArray value = remember("ordered-value-" + QByteArray::number(i) + "-x7");
            const int writeIndex = issued++;
            store.write(key, value, &context, [&, writeIndex](Status s) {
                completed.append(writeIndex);
                succeeded.append(s.ok());
            });
            const int readIndex = issued++;
            store.read(key, &context, [&, readIndex](Result<QByteArray> r) {
                completed.append(readIndex);
                succeeded.append(r.ok());
                readValues.append(r.valueOr(QByteArray("<error>")));
            });
            expectedReads.append(value);
        }
        QVERIFY(QTest::qWaitFor([&] { return completed.size() == issued; }, 4 * kWaitMs));
        QList<int> inOrder;
        for (int i = 0; i < issued; ++i)
            inOrder.append(i);
        QCOMPARE(completed, inOrder);
        QVERIFY(!succeeded.contains(false));
        QCOMPARE(readValues, expectedReads);
    }

    void destroyedContextGetsNoCallback()
    {
        KeychainSecretStore store(service());
        const QString key = SecretStore::keyFor(QStringLiteral("shop-ctx"), QStringLiteral("token"));
        const QByteArray value = remember("context-gone-value-3e8d");
        int lateCallbacks = 0;
        auto *gone = new QObject;
        store.write(key, value, gone, [&lateCallbacks](Status) { ++lateCallbacks; });
        store.read(key, gone, [&lateCallbacks](Result<QByteArray>) { ++lateCallbacks; });
        store.remove(SecretStore::keyFor(QStringLiteral("shop-ctx"), QStringLiteral("other")), gone,
                     [&lateCallbacks](Status) { ++lateCallbacks; });
        delete gone;

        // Operations run in call order, so once this one is answered the earlier ones are done.
        const auto read = readNow(store, key);
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(read.value(), value); // the write still happened: the caller asked for it
        QCOMPARE(lateCallbacks, 0);

        // A context that dies from the event loop while the store is busy with its job.
        auto *dying = new QObject;
        bool called = false;
        store.read(key, dying, [&called](Result<QByteArray>) { called = true; });
        dying->deleteLater();
        QVERIFY(readNow(store, key).ok());
        QVERIFY(!called);
    }

    void unreachableKeychainFailsWithoutPlaintext()
    {
        m_plaintexts.append(kUnreachableSecret);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bus = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus"));
        QByteArray output;
        const QList<ChildLine> lines = runChildProcess(kUnreachableArg, bus, &output);
        QVERIFY2(lines.size() == 2, output.constData());
        for (const ChildLine &line : lines) {
            QVERIFY2(line.code == int(SecretError::NoBackend) || line.code == int(SecretError::Failed),
                     output.constData());
            QVERIFY2(!line.message.trimmed().isEmpty(), output.constData());
        }
        QVERIFY2(!output.contains(kUnreachableSecret), output.constData());
    }

    void hangingKeychainTimesOut()
    {
        m_plaintexts.append(kHangingSecret);
        // A socket that accepts connections and never says a word: the D-Bus handshake never ends.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent-bus"))));
        const QString bus = QStringLiteral("unix:path=") + silent.fullServerName();
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        const QList<ChildLine> lines = runChildProcess(kHangingArg, bus, &output);
        QVERIFY2(lines.size() == 2, output.constData());
        for (const ChildLine &line : lines) {
            QVERIFY2(line.code == int(SecretError::Timeout), output.constData());
            QVERIFY2(!line.message.trimmed().isEmpty(), output.constData());
        }
        QVERIFY2(!output.contains(kHangingSecret), output.constData());
        QVERIFY2(clock.elapsed() < kChildWaitMs / 2, "the store's own timeout should end the wait");
    }

    // The plaintext scan below must be able to find what it looks for.
    void plaintextScanFindsPlantedSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".config/nested")));
        QFile planted(dir.filePath(QStringLiteral(".config/nested/leak.conf")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("[secrets]\ntoken=planted-secret-0000\n");
        planted.close();
        QCOMPARE(filesContaining(dir.path(), {QByteArray("planted-secret-0000")}),
                 QStringList{planted.fileName()});
        QVERIFY(filesContaining(dir.path(), {QByteArray("absent-secret-1111")}).isEmpty());
    }

    // Qt Test runs cleanupTestCase after every test function: nothing written above may have reached a
    // file under HOME in plain text (or as plain base64); the keyring's own file is encrypted.
    void cleanupTestCase()
    {
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(!home.isEmpty());
        QVERIFY2(QFile::exists(home + QStringLiteral("/.local/share/keyrings/login.keyring")),
                 "the private keyring should have been written under HOME");
        QList<QByteArray> needles = m_plaintexts;
        for (const QByteArray &secret : std::as_const(m_plaintexts))
            needles.append(secret.toBase64());
        const QStringList leaks = filesContaining(home, needles);
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("secrets in plain text in: ") + leaks.join(u", ")));

        qInstallMessageHandler(g_previousHandler);
        QVERIFY(!capturedLog().isEmpty()); // debug logging of the store was on
        for (const QString &line : std::as_const(capturedLog())) {
            for (const QByteArray &secret : std::as_const(m_plaintexts)) {
                const QString text = QString::fromUtf8(secret);
                QVERIFY2(text.size() < 6 || !line.contains(text), "a secret value reached the log");
            }
        }
    }

private:
    static QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
    {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
                continue; // sockets, pipes
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            for (const QByteArray &needle : needles) {
                if (contents.contains(needle)) {
                    found.append(path);
                    break;
                }
            }
        }
        return found;
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], kUnreachableArg) == 0)
        return runChild(kUnreachableSecret, KeychainSecretStore::kDefaultTimeout);
    if (argc == 2 && qstrcmp(argv[1], kHangingArg) == 0)
        return runChild(kHangingSecret, 300ms);
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
