// Typed settings: round trips, defaults, damaged files, atomic writes.
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sd;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_qs);
        {
            ProfileSettings s(path);
            QCOMPARE(s.lastView(), QString());
            QVERIFY(s.newOrderNotifications()); // on by default
            QVERIFY(s.savedOrderFilters().isEmpty());
            s.setLastView(u"orders"_qs);
            s.setWindowGeometry(QByteArray("\x01\x02\xff geometry", 12));
            s.setNewOrderNotifications(false);
            s.setSavedOrderFilters(u"[{\"name\":\"Yeni İş\",\"filter\":{\"statuses\":[\"new\"]}}]"_qs.toUtf8());
            QVERIFY(s.sync().ok());
        }
        ProfileSettings again(path);
        QCOMPARE(again.lastView(), u"orders"_qs);
        QCOMPARE(again.windowGeometry(), QByteArray("\x01\x02\xff geometry", 12));
        QVERIFY(!again.newOrderNotifications());
        QCOMPARE(QString::fromUtf8(again.savedOrderFilters()), u"[{\"name\":\"Yeni İş\",\"filter\":{\"statuses\":[\"new\"]}}]"_qs);
    }

    void appLanguageOnlyKnownCodes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tr") << u"tr"_qs << u"tr"_qs;
        QTest::newRow("en") << u"en"_qs << u"en"_qs;
        QTest::newRow("system") << QString() << QString();
        QTest::newRow("unknown") << u"de"_qs << QString();
        QTest::newRow("garbage") << u"../../etc"_qs << QString();
    }

    void appLanguageOnlyKnownCodes()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        AppSettings s(dir.filePath(u"app.ini"_qs));
        s.setLanguage(stored);
        QCOMPARE(s.language(), expected);
    }

    void damagedFileGivesDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[window\nlastView=\xff\xfe\x00garbage\n\n[[[");
        f.close();
        ProfileSettings s(path);
        QVERIFY(s.lastView().isEmpty() || !s.lastView().isNull());
        s.setLastView(u"inbox"_qs);
        (void)s.sync();
        ProfileSettings again(path);
        QCOMPARE(again.lastView(), u"inbox"_qs);
    }

    void writeLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_qs);
        {
            ProfileSettings s(path);
            for (int i = 0; i < 20; ++i) {
                s.setLastView(QString::number(i));
                QVERIFY(s.sync().ok());
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"settings.ini"_qs});
    }

    void unwritableLocationReportsError()
    {
        if (QFileInfo(u"/proc/self"_qs).exists() && ::geteuid() == 0)
            QSKIP("root can write anywhere");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ProfileSettings s(dir.filePath(u"settings.ini"_qs));
        s.setLastView(u"x"_qs);
        QVERIFY(!s.sync().ok());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
