// Demo mode offscreen: sellerdesk-sandbox as a real child process, the demo workspace opened by the real
// AppController with the real keychain (private session) and, as on a machine without one, with secrets in memory
// only; orders of every demo platform and the conversations of the sandbox's Meta Page (Messenger + Instagram) in
// the store within seconds, the status bar reporting the sync, the demo
// marked in the title and a banner, and no demo secret in any file.
#include "connectors/connectionservice.h"
#include "connectors/syncscheduler.h"
#include "demo/demosandbox.h"
#include "i18n/languagemanager.h"
#include "profile/profile.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/connectionspanel.h"
#include "settings/settings.h"
#include "settings/settingsview.h"
#include "shell/appcontroller.h"
#include "shell/commandpalette.h"
#include "shell/mainwindow.h"
#include "store/localstore.h"
#include "store/statement.h"

#include <QAction>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

class TestDemoMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    static QJsonObject startSandbox(demo::DemoSandbox &sandbox)
    {
        QSignalSpy ready(&sandbox, &demo::DemoSandbox::ready);
        sandbox.start(demo::DemoSandbox::findProgram());
        if (!ready.wait(30000))
            return {};
        return ready.first().first().toJsonObject();
    }

    static QHash<QString, qint64> ordersPerPlatform(store::LocalStore *store)
    {
        QHash<QString, qint64> out;
        auto reader = store->openReader();
        if (!reader)
            return out;
        auto st = reader.value()->prepare(
            u"SELECT c.platform, count(*) FROM orders o JOIN connections c ON c.id = o.connection_id GROUP BY 1");
        while (st && st->step().valueOr(false))
            out.insert(st->text(0), st->int64(1));
        return out;
    }

    // Conversations per channel: the demo's Meta Page (Messenger) and its Instagram account.
    static QHash<QString, qint64> conversationsPerChannel(store::LocalStore *store)
    {
        QHash<QString, qint64> out;
        auto reader = store->openReader();
        if (!reader)
            return out;
        auto st = reader.value()->prepare(u"SELECT channel, count(*) FROM conversations GROUP BY 1");
        while (st && st->step().valueOr(false))
            out.insert(st->text(0), st->int64(1));
        return out;
    }

    static int post(const QString &url, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request{ QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // The platforms the demo must show: the sandbox's that the registry can connect.
    static QStringList expectedPlatforms(const QJsonObject &ready)
    {
        QStringList out;
        for (const auto &draft : demo::DemoSandbox::drafts(ready, connectors::ConnectorRegistry::builtIn()))
            out << draft.platform;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!demo::DemoSandbox::findProgram().isEmpty());
    }

    void aMissingSandboxIsExplained()
    {
        demo::DemoSandbox sandbox;
        QSignalSpy failed(&sandbox, &demo::DemoSandbox::failed);
        sandbox.start(m_root.filePath(u"nowhere/sellerdesk-sandbox"_qs));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(u"could not be started"_qs),
            qPrintable(failed.first().first().toString()));
        failed.clear();
        sandbox.start(QString());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"not found"_qs));
    }

    void theSandboxStopsWithItsOwner()
    {
        int port = 0;
        {
            demo::DemoSandbox sandbox;
            const QJsonObject ready = startSandbox(sandbox);
            port = ready.value(u"port"_qs).toInt();
            QVERIFY(port > 0);
            QVERIFY(sandbox.isRunning());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            QVERIFY(probe.waitForConnected(5000));
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void draftsCoverEveryPlatformBothKnow()
    {
        const QJsonObject ready{ { u"ready"_qs, true },
            { u"platforms"_qs,
                QJsonObject{
                    { u"trendyol"_qs,
                        QJsonObject{ { u"baseUrl"_qs, u"http://127.0.0.1:1/trendyol"_qs },
                            { u"sellerId"_qs, u"200300"_qs }, { u"apiKey"_qs, u"k"_qs },
                            { u"apiSecret"_qs, u"s"_qs } } },
                    { u"n11"_qs,
                        QJsonObject{ { u"baseUrl"_qs, u"http://127.0.0.1:1/n11"_qs }, { u"appKey"_qs, u"k"_qs },
                            { u"appSecret"_qs, u"s"_qs } } },
                    // Incomplete: left out rather than connected half.
                    { u"woocommerce"_qs,
                        QJsonObject{ { u"baseUrl"_qs, u"http://127.0.0.1:1/woocommerce"_qs },
                            { u"consumerKey"_qs, u"ck"_qs } } },
                    { u"amazon"_qs, QJsonObject{ { u"baseUrl"_qs, u"http://127.0.0.1:1/amazon"_qs } } },
                } } };
        const auto drafts = demo::DemoSandbox::drafts(ready, connectors::ConnectorRegistry::builtIn());
        QStringList platforms;
        for (const auto &d : drafts)
            platforms << d.platform;
        platforms.sort();
        QCOMPARE(platforms, (QStringList{ u"n11"_qs, u"trendyol"_qs }));
        for (const auto &d : drafts) {
            QVERIFY(d.name.endsWith(u"Demo"_qs));
            QVERIFY(!d.accountId.isEmpty());
            if (d.platform == u"trendyol") {
                QCOMPARE(d.accountId, u"200300"_qs);
                QCOMPARE(d.credentials.value(u"apiSecret"_qs), u"s"_qs);
            }
        }
    }

    void demoWorkspaceWithTheKeychain()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        demo::DemoSandbox sandbox;
        const QJsonObject ready = startSandbox(sandbox);
        QVERIFY(!ready.isEmpty());
        const QStringList platforms = expectedPlatforms(ready);
        QVERIFY(platforms.size() >= 3);

        AppSettings appSettings(m_root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(m_root.filePath(u"profiles"_qs));
        KeychainSecretStore keychain(u"SellerDesk-test"_qs);
        QVERIFY(AppController::keychainWorks(&keychain));
        AppController controller(&appSettings, &language, &profiles, &keychain);
        controller.setDemo(ready, false);
        auto path = controller.prepareDemoProfile(false);
        QVERIFY(path.ok());
        QVERIFY(controller.openProfile(path.value()).ok());
        MainWindow *window = controller.mainWindow();
        QVERIFY(window->windowTitle().contains(u"DEMO"_qs));
        auto *banner = window->findChild<QToolBar *>(u"demoBanner"_qs);
        QVERIFY(banner && banner->isVisible());
        QVERIFY(!window->findChild<QLabel *>(u"demoBannerText"_qs)->text().contains(u"not kept"_qs));

        // Orders of every platform within seconds, and the status bar says so.
        QTRY_VERIFY_WITH_TIMEOUT(controller.localStore(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(ordersPerPlatform(controller.localStore()).size() == platforms.size(), 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(!controller.scheduler()->isSyncing() && window->syncStateText().contains(u"synced"_qs),
            qPrintable(window->syncStateText()), 60000);
        // The marketplaces and the Meta Page (Messenger + Instagram) are connected and synced.
        QVERIFY2(window->syncStateText().contains(QString::number(platforms.size() + 1)),
            qPrintable(window->syncStateText()));
        const auto before = ordersPerPlatform(controller.localStore());
        for (const QString &p : platforms)
            QVERIFY2(before.value(p) > 0, qPrintable(p));
        // The demo inbox: conversations of both channels from the sandbox's Page.
        QTRY_VERIFY_WITH_TIMEOUT(conversationsPerChannel(controller.localStore()).value(u"messenger"_qs) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(conversationsPerChannel(controller.localStore()).value(u"instagram"_qs) > 0, 30000);
        // Settings → Connections lists them.
        QCOMPARE(window->settingsView()->connectionsPanel()->list()->topLevelItemCount(), platforms.size() + 1);

        // New orders on the sandbox arrive with Sync now (F5).
        QCOMPARE(post(ready.value(u"control"_qs).toString() + u"/new-orders"_qs, R"({"count":2})"), 200);
        QSignalSpy finished(controller.scheduler(), &connectors::SyncScheduler::syncFinished);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_F5);
        QVERIFY(finished.wait(60000));
        const auto after = ordersPerPlatform(controller.localStore());
        qint64 sumBefore = 0, sumAfter = 0;
        for (const QString &p : platforms) {
            sumBefore += before.value(p);
            sumAfter += after.value(p);
        }
        // The command palette has it too.
        CommandPalette *palette = window->commandPalette();
        palette->popup();
        QTest::keyClicks(palette->queryEdit(), u"sync"_qs);
        QCOMPARE(palette->visibleCommandIds().value(0), u"sync:now"_qs);
        QSignalSpy started(controller.scheduler(), &connectors::SyncScheduler::syncStarted);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QCOMPARE(started.count(), 1);
        QVERIFY2(sumAfter >= sumBefore + 2 * platforms.size() - 1, qPrintable(QString::number(sumAfter - sumBefore)));
    }

    void demoWorkspaceWithoutAKeychain()
    {
        demo::DemoSandbox sandbox;
        const QJsonObject ready = startSandbox(sandbox);
        QVERIFY(!ready.isEmpty());
        const QStringList platforms = expectedPlatforms(ready);

        AppSettings appSettings(m_root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(m_root.filePath(u"profiles"_qs));
        MemorySecretStore memory;
        AppController controller(&appSettings, &language, &profiles, &memory);
        controller.setDemo(ready, true);
        auto path = controller.prepareDemoProfile(true);
        QVERIFY(path.ok());
        QVERIFY(controller.openProfile(path.value()).ok());
        QVERIFY(controller.mainWindow()->findChild<QLabel *>(u"demoBannerText"_qs)->text().contains(u"not kept"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(controller.localStore(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(ordersPerPlatform(controller.localStore()).size() == platforms.size(), 60000);
        // The secrets stayed in memory: none of them is in any file of the profiles.
        QStringList secrets;
        const QJsonObject all = ready.value(u"platforms"_qs).toObject();
        for (const QString &p : platforms) {
            for (const QString &key : { u"apiSecret"_qs, u"appSecret"_qs, u"consumerSecret"_qs, u"serviceKey"_qs }) {
                if (all.value(p).toObject().contains(key))
                    secrets << all.value(p).toObject().value(key).toString();
            }
        }
        QVERIFY(!secrets.isEmpty());
        QVERIFY(memory.keys().size() > secrets.size()); // the credentials and the cache key
        // The Meta Page token too: connected (in memory) and the inbox filled, the token in no file.
        QTRY_VERIFY_WITH_TIMEOUT(conversationsPerChannel(controller.localStore()).value(u"messenger"_qs) > 0, 60000);
        const QString pageToken = all.value(u"meta"_qs).toObject().value(u"pageToken"_qs).toString();
        QVERIFY(!pageToken.isEmpty());
        secrets << pageToken;
        QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &s : secrets)
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
