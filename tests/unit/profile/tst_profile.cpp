// Workspace profiles: create, list, find, delete, and the lock between processes.
#include "profile/profile.h"
#include "profile/profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace sd;

namespace {
// When started with these arguments the test binary becomes a child that holds a profile lock.
constexpr auto kHoldLockArg = "--hold-lock";
}

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createListFindDelete()
    {
        QTemporaryDir root;
        ProfileManager pm(root.path());
        QVERIFY(pm.list().isEmpty());
        auto a = pm.create(u"Çiçek Butik"_qs);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(QDir(a->path).dirName(), u"cicek-butik"_qs);
        auto b = pm.create(u"İstanbul Deri"_qs);
        QVERIFY(b.ok());
        QCOMPARE(pm.list().size(), 2);
        QVERIFY(pm.find(u"ISTANBUL DERI"_qs));
        QCOMPARE(pm.find(a->id)->name, u"Çiçek Butik"_qs);

        auto dup = pm.create(u"çiçek butik"_qs);
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().is(ProfileError::AlreadyExists));

        QVERIFY(pm.remove(a.value()).ok());
        QCOMPARE(pm.list().size(), 1);
        QVERIFY(!QDir(a->path).exists());
    }

    void invalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_qs;
        QTest::newRow("control") << u"a\u0001b"_qs;
        QTest::newRow("too long") << QString(81, u'x');
    }

    void invalidNames()
    {
        QFETCH(QString, name);
        QTemporaryDir root;
        ProfileManager pm(root.path());
        auto r = pm.create(name);
        QVERIFY(!r.ok());
        QVERIFY(r.error().is(ProfileError::InvalidName));
        QVERIFY(!r.error().message.isEmpty());
    }

    void openOrCreateInGivenFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"my-shop"_qs);
        auto created = ProfileManager::openOrCreate(dir);
        QVERIFY(created.ok());
        QCOMPARE(created->name, u"my-shop"_qs);
        auto again = ProfileManager::openOrCreate(dir);
        QVERIFY(again.ok());
        QCOMPARE(again->id, created->id);
    }

    void refusesNonEmptyForeignFolder()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"unrelated.txt"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = ProfileManager::openOrCreate(tmp.path());
        QVERIFY(!r.ok());
        QVERIFY(r.error().is(ProfileError::NotAProfile));
    }

    void damagedProfileFile()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"profile.json"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        auto r = ProfileManager::open(tmp.path());
        QVERIFY(!r.ok());
        QVERIFY(r.error().is(ProfileError::NotAProfile));
    }

    void lockIsExclusiveWithinProcess()
    {
        QTemporaryDir tmp;
        ProfileLock a(tmp.filePath(u".lock"_qs));
        QVERIFY(a.tryLock().ok());
        ProfileLock b(tmp.filePath(u".lock"_qs));
        auto r = b.tryLock();
        QVERIFY(!r.ok());
        QVERIFY(r.error().is(ProfileError::Locked));
        a.unlock();
        QVERIFY(b.tryLock().ok());
    }

    void lockHeldByOtherProcessThenRecoveredAfterKill()
    {
        QTemporaryDir tmp;
        const QString lockPath = tmp.filePath(u".lock"_qs);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QString::fromLatin1(kHoldLockArg), lockPath});
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));

        ProfileLock mine(lockPath);
        auto refused = mine.tryLock();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().is(ProfileError::Locked));
        QVERIFY2(refused.error().message.contains(QString::number(child.processId())),
                 qPrintable(refused.error().message));

        ::kill(pid_t(child.processId()), SIGKILL); // a crash: the lock file stays behind
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(lockPath));
        auto recovered = mine.tryLock();
        QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().message));
    }

    void removeRefusedWhileLocked()
    {
        QTemporaryDir root;
        ProfileManager pm(root.path());
        auto p = pm.create(u"Locked Shop"_qs);
        QVERIFY(p.ok());
        ProfileLock lock(p->lockPath());
        QVERIFY(lock.tryLock().ok());
        auto r = pm.remove(p.value());
        QVERIFY(!r.ok());
        QVERIFY(r.error().is(ProfileError::Locked));
        QVERIFY(QDir(p->path).exists());
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("turkish") << u"Şık Ürünler Ağı"_qs << u"sik-urunler-agi"_qs;
        QTest::newRow("dotted capital") << u"İZMİR"_qs << u"izmir"_qs;
        QTest::newRow("symbols") << u"  a/b\\c..d  "_qs << u"a-b-c-d"_qs;
        QTest::newRow("only symbols") << u"!!!"_qs << QString();
    }

    void slugs()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(ProfileManager::slugFor(name), slug);
    }

    void overridePath()
    {
        qputenv("SELLERDESK_PROFILE", "/tmp/from-env");
        QCOMPARE(ProfileManager::overridePath(u"/tmp/from-arg"_qs), u"/tmp/from-arg"_qs);
        QCOMPARE(ProfileManager::overridePath({}), u"/tmp/from-env"_qs);
        qunsetenv("SELLERDESK_PROFILE");
        QCOMPARE(ProfileManager::overridePath({}), QString());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kHoldLockArg) == 0) {
        QCoreApplication app(argc, argv);
        ProfileLock lock(QString::fromLocal8Bit(argv[2]));
        if (!lock.tryLock().ok())
            return 2;
        std::puts("locked");
        std::fflush(stdout);
        QTest::qWait(60000); // killed by the test long before
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestProfile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profile.moc"
