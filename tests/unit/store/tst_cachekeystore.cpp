// The cache key: keychain mode, passphrase mode (Argon2id + AES-256-GCM), and moving between them without
// changing the key itself.
#include "profile/profile.h"
#include "secrets/memorysecretstore.h"
#include "store/cachekeystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sd;
using namespace sd::store;

namespace {

// Cheap Argon2id parameters so the tests stay fast; users get the defaults.
const KdfParams kTestKdf{1, 1024, 1};

template<typename T>
std::optional<T> waitFor(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> out;
    start([&out](T r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

} // namespace

class TestCacheKeyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ProfileInfo newProfile(const QString &name)
    {
        auto p = ProfileManager::createAt(m_dir.filePath(name), name);
        return p.value();
    }

private Q_SLOTS:
    void wrapUnwrap_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ascii") << u"correct horse battery"_qs;
        QTest::newRow("turkish") << u"Şifrem-İğdır-ılık-çöğüş"_qs;
        QTest::newRow("emoji") << u"çok gizli 🔐🔑 parola"_qs;
        QTest::newRow("long") << QString(500, u'x');
    }

    void wrapUnwrap()
    {
        QFETCH(QString, passphrase);
        const SecureKey key = SecureKey::random();
        QVERIFY(key.isValid());
        auto file = CacheKeyStore::wrap(key, passphrase, u"profile-1"_qs, kTestKdf);
        QVERIFY(file.ok());
        auto back = CacheKeyStore::unwrap(file.value(), passphrase, u"profile-1"_qs);
        QVERIFY(back.ok());
        QVERIFY(back.value() == key);
        // The file holds no key bytes in the clear.
        QVERIFY(!file->contains(QByteArray(reinterpret_cast<const char *>(key.bytes().data()), 32).toBase64()));
    }

    void unicodeNormalisationDoesNotMatter()
    {
        const SecureKey key = SecureKey::random();
        const QString composed = u"\u00C7i\u00E7ek parolas\u0131"_qs;                // Ç, ç precomposed
        const QString decomposed = u"C\u0327ic\u0327ek parolas\u0131"_qs;           // C + cedilla
        auto file = CacheKeyStore::wrap(key, composed, u"p"_qs, kTestKdf);
        QVERIFY(CacheKeyStore::unwrap(file.value(), decomposed, u"p"_qs).ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected");
        const int damaged = int(CacheKeyError::Damaged), wrong = int(CacheKeyError::WrongPassphrase);
        QTest::newRow("format") << u"format"_qs << QJsonValue(2) << damaged;
        QTest::newRow("kdf") << u"kdf"_qs << QJsonValue(u"scrypt"_qs) << damaged;
        QTest::newRow("time cost huge") << u"t"_qs << QJsonValue(100000) << damaged;
        QTest::newRow("memory huge") << u"m"_qs << QJsonValue(qint64(1) << 40) << damaged;
        QTest::newRow("memory as string") << u"m"_qs << QJsonValue(u"1024"_qs) << damaged;
        QTest::newRow("salt short") << u"salt"_qs << QJsonValue(u"AAAA"_qs) << damaged;
        QTest::newRow("salt not base64") << u"salt"_qs << QJsonValue(u"!!!!!!!!!!!!!!!!!!!!!!!!"_qs) << damaged;
        QTest::newRow("nonce changed") << u"nonce"_qs << QJsonValue(u"AAAAAAAAAAAAAAAA"_qs) << wrong;
        QTest::newRow("params changed") << u"t"_qs << QJsonValue(2) << wrong;
    }

    void rejects()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        const SecureKey key = SecureKey::random();
        auto file = CacheKeyStore::wrap(key, u"a good passphrase"_qs, u"p"_qs, kTestKdf);
        QJsonObject o = QJsonDocument::fromJson(file.value()).object();
        o.insert(field, value);
        auto back = CacheKeyStore::unwrap(QJsonDocument(o).toJson(), u"a good passphrase"_qs, u"p"_qs);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, expected);
        QVERIFY(!back.error().message.isEmpty());
    }

    void wrongPassphraseAndOtherProfile()
    {
        const SecureKey key = SecureKey::random();
        auto file = CacheKeyStore::wrap(key, u"a good passphrase"_qs, u"p1"_qs, kTestKdf);
        auto wrong = CacheKeyStore::unwrap(file.value(), u"a good passphrasE"_qs, u"p1"_qs);
        QVERIFY(wrong.error().is(CacheKeyError::WrongPassphrase));
        auto moved = CacheKeyStore::unwrap(file.value(), u"a good passphrase"_qs, u"p2"_qs);
        QVERIFY(moved.error().is(CacheKeyError::WrongPassphrase));
        QVERIFY(CacheKeyStore::unwrap("garbage{", u"x"_qs, u"p1"_qs).error().is(CacheKeyError::Damaged));
        QVERIFY(CacheKeyStore::unwrap(QByteArray(), u"x"_qs, u"p1"_qs).error().is(CacheKeyError::Damaged));
    }

    void weakPassphraseRefused()
    {
        const ProfileInfo p = newProfile(u"weak"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        store.setKdfParams(kTestKdf);
        auto r = store.createWithPassphrase(u"short"_qs);
        QVERIFY(r.error().is(CacheKeyError::WeakPassphrase));
        QVERIFY(!QFile::exists(store.wrappedKeyPath()));
    }

    void keychainModeCreatesOnceThenLoads()
    {
        const ProfileInfo p = newProfile(u"kc"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        QCOMPARE(store.mode(), KeyMode::Keychain);

        auto none = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(false, this, done); });
        QVERIFY(none && none->error().is(CacheKeyError::NoKey));

        auto created = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(true, this, done); });
        QVERIFY(created && created->ok());
        QVERIFY(secrets.contains(store.keychainKey()));
        auto again = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(true, this, done); });
        QVERIFY(again && again->ok());
        QVERIFY(again->value() == created->value());
    }

    void keychainFailureIsExplained()
    {
        const ProfileInfo p = newProfile(u"kcfail"_qs);
        MemorySecretStore secrets;
        secrets.setFailure(SecretError::NoBackend);
        CacheKeyStore store(p, &secrets);
        auto r = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(true, this, done); });
        QVERIFY(r && r->error().is(CacheKeyError::Keychain));
        QVERIFY(r->error().message.contains(u"keychain"_qs, Qt::CaseInsensitive));
    }

    void corruptKeychainValue()
    {
        const ProfileInfo p = newProfile(u"kcbad"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        auto w = waitFor<Status>([&](auto done) { secrets.write(store.keychainKey(), "short", this, done); });
        QVERIFY(w && w->ok());
        auto r = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(true, this, done); });
        QVERIFY(r && r->error().is(CacheKeyError::Damaged));
    }

    void movesBetweenModesKeepingTheKey()
    {
        const ProfileInfo p = newProfile(u"move"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        store.setKdfParams(kTestKdf);
        auto created = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(true, this, done); });
        const SecureKey &key = created->value();

        // keychain → passphrase
        auto toPass = waitFor<Status>(
            [&](auto done) { store.switchToPassphrase(key, u"first passphrase"_qs, this, done); });
        QVERIFY(toPass && toPass->ok());
        QCOMPARE(store.mode(), KeyMode::Passphrase);
        QVERIFY(!secrets.contains(store.keychainKey()));
        QVERIFY(store.unlock(u"first passphrase"_qs).value() == key);

        // change the passphrase
        QVERIFY(store.changePassphrase(u"wrong passphrase"_qs, u"second passphrase"_qs).error().is(
            CacheKeyError::WrongPassphrase));
        QVERIFY(store.changePassphrase(u"first passphrase"_qs, u"second passphrase"_qs).ok());
        QVERIFY(store.unlock(u"first passphrase"_qs).error().is(CacheKeyError::WrongPassphrase));
        QVERIFY(store.unlock(u"second passphrase"_qs).value() == key);
        QCOMPARE(QFile::permissions(store.wrappedKeyPath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // passphrase → keychain
        auto toKeychain = waitFor<Status>([&](auto done) { store.switchToKeychain(key, this, done); });
        QVERIFY(toKeychain && toKeychain->ok());
        QCOMPARE(store.mode(), KeyMode::Keychain);
        QVERIFY(!QFile::exists(store.wrappedKeyPath()));
        auto loaded = waitFor<Result<SecureKey>>([&](auto done) { store.loadFromKeychain(false, this, done); });
        QVERIFY(loaded->value() == key);
    }

    void failedKeychainWriteKeepsThePassphraseFile()
    {
        const ProfileInfo p = newProfile(u"keep"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        store.setKdfParams(kTestKdf);
        auto key = store.createWithPassphrase(u"a long passphrase"_qs);
        QVERIFY(key.ok());
        secrets.setFailure(SecretError::AccessDenied);
        auto moved = waitFor<Status>([&](auto done) { store.switchToKeychain(key.value(), this, done); });
        QVERIFY(moved && !moved->ok());
        QCOMPARE(store.mode(), KeyMode::Passphrase);
        QVERIFY(store.unlock(u"a long passphrase"_qs).value() == key.value());
    }

    void destroyedContextGetsNoCallback()
    {
        const ProfileInfo p = newProfile(u"ctx"_qs);
        MemorySecretStore secrets;
        CacheKeyStore store(p, &secrets);
        bool called = false;
        auto *context = new QObject;
        store.loadFromKeychain(true, context, [&called](Result<SecureKey>) { called = true; });
        delete context;
        QTRY_VERIFY(secrets.answeredCount() >= 1 && secrets.pendingCount() == 0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCacheKeyStore)
#include "tst_cachekeystore.moc"
