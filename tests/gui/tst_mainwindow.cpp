// The app shell, offscreen: every view with its empty state, the command palette, restored state,
// the Turkish translation switched at run time, workspace switching with locks.
#include "i18n/languagemanager.h"
#include "profile/profile.h"
#include "profile/profilelock.h"
#include "settings/settings.h"
#include "secrets/memorysecretstore.h"
#include "settings/settingsview.h"
#include "store/cachekeystore.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/migrator.h"
#include "shell/appcontroller.h"
#include "shell/commandpalette.h"
#include "inbox/inboxview.h"
#include "orders/ordersview.h"
#include "shell/mainwindow.h"
#include "shell/navigationrail.h"
#include "widgets/emptystatewidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace sd;
using namespace sd::ui;

namespace {
// The lightness of the lightest opaque pixel of a button's icon.
int maxIconLightness(QToolButton *button)
{
    const QImage image = button->icon().pixmap(QSize(32, 32)).toImage();
    int best = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200)
                best = qMax(best, c.lightness());
        }
    return best;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileInfo m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto created = ProfileManager::createAt(m_dir.filePath(u"shop"_qs), u"Deneme Mağaza"_qs);
        QVERIFY(created.ok());
        m_profile = created.value();
    }

    void everyViewHasAnEmptyStateOrContent()
    {
        ProfileSettings settings(m_profile.settingsPath());
        MainWindow w(m_profile, &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(MainWindow::viewIds().size(), 6);
        for (const QString &id : MainWindow::viewIds()) {
            QToolButton *button = w.rail()->button(id);
            QVERIFY2(button, qPrintable(id));
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(w.currentViewId(), id);
            QVERIFY(w.view(id)->isVisible());
            if (id == QLatin1String("settings"))
                continue;
            // Orders: the view's own empty state until the cache holds orders (tests/gui/tst_ordersview.cpp); the
            // inbox shows its own while it has nothing.
            auto *empty = id == QLatin1String("orders") ? w.ordersView()->emptyState()
                                                        : qobject_cast<EmptyStateWidget *>(w.view(id));
            if (!empty)
                empty = w.view(id)->findChild<EmptyStateWidget *>();
            QVERIFY2(empty, qPrintable(id));
            QVERIFY(!empty->title().isEmpty());
            QVERIFY(empty->body().size() > 40);
        }
        QVERIFY(w.windowTitle().contains(u"Deneme Mağaza"_qs));
    }

    void keyboardShortcutsSwitchViews()
    {
        ProfileSettings settings(m_profile.settingsPath());
        MainWindow w(m_profile, &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentViewId(), u"orders"_qs);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.currentViewId(), u"settings"_qs);
    }

    void emptyStateActionOpensSettings()
    {
        ProfileSettings settings(m_profile.settingsPath());
        MainWindow w(m_profile, &settings);
        w.show();
        w.showView(u"orders"_qs);
        auto *empty = w.ordersView()->emptyState();
        QVERIFY(empty->actionButton()->isVisible());
        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        QCOMPARE(w.currentViewId(), u"settings"_qs);
    }

    void inboxCustomerPanelIsRememberedAndOpensOrders()
    {
        ProfileSettings settings(m_profile.settingsPath());
        {
            MainWindow w(m_profile, &settings);
            w.show();
            QVERIFY(w.inboxView()->isCustomerPanelVisible());
            auto *toggle = w.inboxView()->findChild<QPushButton *>(u"inboxCustomerToggle"_qs);
            QVERIFY(toggle);
            QTest::mouseClick(toggle, Qt::LeftButton);
            QVERIFY(!w.inboxView()->isCustomerPanelVisible());
            QVERIFY(!settings.inboxCustomerPanel());
            // The panel's "open this order" switches to the Orders view.
            w.showView(u"inbox"_qs);
            Q_EMIT w.inboxView()->orderRequested(u"some-order"_qs);
            QCOMPARE(w.currentViewId(), u"orders"_qs);
            QCOMPARE(w.ordersView()->currentOrderId(), u"some-order"_qs);
        }
        {
            MainWindow w(m_profile, &settings);
            QVERIFY(!w.inboxView()->isCustomerPanelVisible());
        }
        settings.setInboxCustomerPanel(true);
    }

    void commandPaletteJumpsToViews()
    {
        ProfileSettings settings(m_profile.settingsPath());
        MainWindow w(m_profile, &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = w.commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), u"analy"_qs);
        QCOMPARE(palette->visibleCommandIds().value(0), u"go:analytics"_qs);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w.currentViewId(), u"analytics"_qs);

        palette->popup();
        QTest::keyClicks(palette->queryEdit(), u"zzzz-nothing"_qs);
        QVERIFY(palette->visibleCommandIds().isEmpty());
        QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w.currentViewId(), u"analytics"_qs);
    }

    void restoresGeometryAndLastView()
    {
        QTemporaryDir dir;
        auto p = ProfileManager::createAt(dir.filePath(u"p"_qs), u"Restore"_qs);
        QVERIFY(p.ok());
        {
            ProfileSettings settings(p->settingsPath());
            MainWindow w(p.value(), &settings);
            w.show();
            w.resize(900, 640);
            w.showView(u"customers"_qs);
            w.close();
        }
        ProfileSettings settings(p->settingsPath());
        MainWindow again(p.value(), &settings);
        QCOMPARE(again.currentViewId(), u"customers"_qs);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void turkishTranslationAppliesWithoutRestart()
    {
        LanguageManager language;
        QVERIFY(language.apply(u"en"_qs));
        ProfileSettings settings(m_profile.settingsPath());
        MainWindow w(m_profile, &settings);
        w.show();
        QCOMPARE(w.rail()->button(u"orders"_qs)->text(), u"Orders"_qs);

        QVERIFY(language.apply(u"tr"_qs));
        // QApplication posts LanguageChange to every window: it arrives with the next event loop turn.
        QTRY_COMPARE(w.rail()->button(u"inbox"_qs)->text(), u"Gelen Kutusu"_qs);
        QCOMPARE(w.rail()->button(u"orders"_qs)->text(), u"Siparişler"_qs);
        QCOMPARE(w.rail()->button(u"customers"_qs)->text(), u"Müşteriler"_qs);
        QCOMPARE(w.rail()->button(u"settings"_qs)->text(), u"Ayarlar"_qs);
        // The Orders view's texts are new (translated at the next merge): the customers' empty state is checked.
        auto *empty = qobject_cast<EmptyStateWidget *>(w.view(u"customers"_qs));
        QCOMPARE(empty->title(), u"Henüz müşteri yok"_qs);
        QCOMPARE(w.menuBar()->actions().first()->text(), u"&Çalışma Alanı"_qs);

        // Turkish-aware palette search: "sipar" and "SİPARİŞ" both find the orders view.
        w.commandPalette()->popup();
        w.commandPalette()->queryEdit()->setText(u"SİPARİŞ"_qs); // keyClicks is ASCII-only
        QCOMPARE(w.commandPalette()->visibleCommandIds().value(0), u"go:orders"_qs);
        w.commandPalette()->close();

        QVERIFY(language.apply(u"en"_qs));
        QTRY_COMPARE(w.rail()->button(u"orders"_qs)->text(), u"Orders"_qs);
    }

    void languageResolution_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system tr") << QString() << u"tr_TR"_qs << u"tr"_qs;
        QTest::newRow("system de") << QString() << u"de_DE"_qs << u"en"_qs;
        QTest::newRow("override en on tr") << u"en"_qs << u"tr_TR"_qs << u"en"_qs;
        QTest::newRow("override tr on en") << u"tr"_qs << u"en_US"_qs << u"tr"_qs;
        QTest::newRow("bad override") << u"xx"_qs << u"tr_TR"_qs << u"tr"_qs;
    }

    void languageResolution()
    {
        QFETCH(QString, override);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::resolve(override, QLocale(system)), expected);
    }

    void controllerUnlocksTheEncryptedCache()
    {
        QTemporaryDir root;
        AppSettings appSettings(root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(root.filePath(u"profiles"_qs));
        MemorySecretStore secrets;
        AppController controller(&appSettings, &language, &profiles, &secrets);
        QSignalSpy ready(&controller, &AppController::storeReady);

        // Keychain mode: a new workspace gets a key in the keychain and a new encrypted cache.
        auto a = profiles.create(u"Anahtar Zinciri"_qs);
        QVERIFY(controller.openProfile(a->path).ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(controller.localStore());
        QVERIFY(store::LocalStore::exists(a.value()));
        QCOMPARE(secrets.keys().size(), 1);
        QVERIFY(controller.mainWindow()->findChild<QLabel *>(u"syncState"_qs)->text().contains(u"ready"_qs));

        // Passphrase mode: a wrong passphrase is asked again, the right one opens.
        auto b = profiles.create(u"Parola"_qs);
        store::CacheKeyStore keys(b.value(), &secrets);
        keys.setKdfParams({1, 1024, 1});
        QVERIFY(keys.createWithPassphrase(u"doğru parola 123"_qs).ok());
        QStringList asked;
        QStringList answers{u"yanlış parola 1"_qs, u"doğru parola 123"_qs};
        controller.setPassphrasePrompt([&](const QString &problem) -> std::optional<QString> {
            asked << problem;
            return answers.isEmpty() ? u"doğru parola 123"_qs : answers.takeFirst();
        });
        QVERIFY(controller.openProfile(b->path).ok());
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(asked.size(), 2); // later openings of b are answered right at once
        QVERIFY(asked.at(0).isEmpty());
        QVERIFY(!asked.at(1).isEmpty());

        // A damaged cache: the user agrees, it is moved aside and a new one opens.
        QVERIFY(controller.openProfile(a->path).ok());
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(controller.openProfile(b->path).ok()); // releases a's cache
        QTRY_COMPARE(ready.count(), 4);
        {
            QFile f(store::LocalStore::databasePath(a.value()));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(100);
            f.write("garbage!");
        }
        QString damageMessage;
        controller.setDamagePrompt([&](const QString &message) {
            damageMessage = message;
            return true;
        });
        QSignalSpy failed(&controller, &AppController::storeFailed);
        QVERIFY(controller.openProfile(a->path).ok());
        QTRY_COMPARE(ready.count(), 5);
        QVERIFY(!damageMessage.isEmpty());
        QVERIFY(QDir(a->path + u"/damaged"_qs).exists());
        QCOMPARE(failed.count(), 0);

        // Keychain failure: explained, the window still works.
        QVERIFY(controller.openProfile(b->path).ok());
        QTRY_COMPARE(ready.count(), 6);
        secrets.setFailure(SecretError::NoBackend);
        QVERIFY(controller.openProfile(a->path).ok());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!controller.localStore());
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!controller.mainWindow()->findChild<QLabel *>(u"syncState"_qs)->toolTip().isEmpty());

        // A new workspace on a machine without a keychain: the user is offered a passphrase instead.
        auto c = profiles.create(u"Anahtar Zinciri Yok"_qs);
        QString offered;
        controller.setNoKeychainPrompt([&](const QString &message) {
            offered = message;
            return true;
        });
        controller.setNewPassphrasePrompt([] { return std::optional<QString>(u"yeterince uzun parola"_qs); });
        QVERIFY(controller.openProfile(c->path).ok());
        QTRY_COMPARE(ready.count(), 7);
        QVERIFY(!offered.isEmpty());
        QVERIFY(QFile::exists(c->path + u"/cache.key"_qs));
        secrets.clearFailure();
    }

    // The cache opens on a worker thread: while LocalStore::open waits (here for a migration that needs the write
    // lock another connection holds, as the CLI might), the window says so and the GUI thread keeps running.
    void cacheOpensOffTheGuiThread()
    {
        QTemporaryDir root;
        AppSettings appSettings(root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(root.filePath(u"profiles"_qs));
        MemorySecretStore secrets;
        AppController controller(&appSettings, &language, &profiles, &secrets);
        QSignalSpy ready(&controller, &AppController::storeReady);
        QSignalSpy failed(&controller, &AppController::storeFailed);

        auto p = profiles.create(u"Yavaş Açılış"_qs);
        QVERIFY(p.ok());
        store::CacheKeyStore keys(p.value(), &secrets);
        keys.setKdfParams({1, 1024, 1});
        auto key = keys.createWithPassphrase(u"açılış parolası 42"_qs);
        QVERIFY(key.ok());
        controller.setPassphrasePrompt([](const QString &) { return std::optional<QString>(u"açılış parolası 42"_qs); });
        store::OpenOptions options;
        options.key = key->bytes();
        const QString path = store::LocalStore::databasePath(p.value());
        {
            auto old = store::Database::open(path, options); // a cache of an older version: the open migrates it
            QVERIFY(old.ok());
            QVERIFY(store::Migrator::migrateTo(**old, store::Migrator::latestVersion() - 1).ok());
        }
        auto holder = store::Database::open(path, options);
        QVERIFY(holder.ok());
        QVERIFY((*holder)->exec(u"BEGIN IMMEDIATE"_qs).ok());

        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        QVERIFY(controller.openProfile(p->path).ok());
        QVERIFY(!controller.localStore());
        auto *state = controller.mainWindow()->findChild<QLabel *>(u"syncState"_qs);
        QVERIFY(state->text().contains(u"Opening"_qs));
        const int before = ticks;
        QTRY_VERIFY(ticks >= before + 5); // the GUI thread's event loop runs…
        QCOMPARE(ready.count(), 0);       // …while the open still waits for the lock on its own thread
        QCOMPARE(failed.count(), 0);
        QVERIFY(state->text().contains(u"Opening"_qs));

        QVERIFY((*holder)->exec(u"COMMIT"_qs).ok());
        holder->reset();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(controller.localStore());
        QVERIFY(state->text().contains(u"ready"_qs));
        auto reader = controller.localStore()->openReader();
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->userVersion().value(), store::Migrator::latestVersion());
    }

    // Closing the workspace while its cache is still opening drops the result; nothing is left running.
    void closingWhileTheCacheOpens()
    {
        QTemporaryDir root;
        AppSettings appSettings(root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(root.filePath(u"profiles"_qs));
        MemorySecretStore secrets;
        QSignalSpy *ready = nullptr;
        {
            AppController controller(&appSettings, &language, &profiles, &secrets);
            ready = new QSignalSpy(&controller, &AppController::storeReady);
            auto a = profiles.create(u"Birinci"_qs);
            auto b = profiles.create(u"İkinci"_qs);
            QVERIFY(controller.openProfile(a->path).ok());
            QVERIFY(controller.openProfile(b->path).ok()); // a's open is abandoned
            QTRY_COMPARE(ready->count(), 1);
            QCOMPARE(controller.mainWindow()->profile().id, b->id);
            QVERIFY(controller.localStore());
            QCOMPARE(controller.localStore()->profile().id, b->id);
            QVERIFY(controller.openProfile(a->path).ok());
        } // destroyed while a's cache may still be opening
        delete ready;
    }

    void settingsMoveTheCacheKey()
    {
        QTemporaryDir root;
        AppSettings appSettings(root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(root.filePath(u"profiles"_qs));
        MemorySecretStore secrets;
        AppController controller(&appSettings, &language, &profiles, &secrets);
        QSignalSpy ready(&controller, &AppController::storeReady);
        auto p = profiles.create(u"Ayarlar"_qs);
        QVERIFY(controller.openProfile(p->path).ok());
        QTRY_COMPARE(ready.count(), 1);
        SettingsView *sv = controller.mainWindow()->settingsView();
        controller.mainWindow()->showView(u"settings"_qs);
        QVERIFY(sv->passphraseButton()->isEnabled());
        QVERIFY(!sv->keychainButton()->isVisible());

        controller.setNewPassphrasePrompt([] { return std::optional<QString>(u"yeni güçlü parola"_qs); });
        QTest::mouseClick(sv->passphraseButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(p->path + u"/cache.key"_qs));
        QTRY_VERIFY(secrets.keys().isEmpty());
        QTRY_VERIFY(sv->keychainButton()->isVisible());
        store::CacheKeyStore check(p.value(), &secrets);
        QVERIFY(check.unlock(u"yeni güçlü parola"_qs).ok());

        // Change it while the cache is open: no old passphrase needed, the new one opens.
        controller.setNewPassphrasePrompt([] { return std::optional<QString>(u"ikinci güçlü parola"_qs); });
        QTest::mouseClick(sv->passphraseButton(), Qt::LeftButton);
        QTRY_VERIFY(check.unlock(u"ikinci güçlü parola"_qs).ok());

        QTest::mouseClick(sv->keychainButton(), Qt::LeftButton);
        QTRY_VERIFY(!QFile::exists(p->path + u"/cache.key"_qs));
        QCOMPARE(secrets.keys().size(), 1);
    }

    void controllerOpensSwitchesAndLocks()
    {
        QTemporaryDir root;
        AppSettings appSettings(root.filePath(u"app.ini"_qs));
        LanguageManager language;
        ProfileManager profiles(root.filePath(u"profiles"_qs));
        MemorySecretStore secrets;
        AppController controller(&appSettings, &language, &profiles, &secrets);

        auto first = controller.initialProfilePath({});
        QVERIFY(first.ok());
        QVERIFY(controller.openProfile(first.value()).ok());
        QVERIFY(controller.mainWindow());
        const ProfileInfo a = controller.mainWindow()->profile();

        // While it is open, no other process (or lock holder) can take it.
        ProfileLock other(a.lockPath());
        QVERIFY(!other.tryLock().ok());

        auto b = profiles.create(u"İkinci Dükkân"_qs);
        QVERIFY(b.ok());
        QVERIFY(controller.openProfile(b->path).ok());
        QCOMPARE(controller.mainWindow()->profile().id, b->id);
        QCOMPARE(appSettings.lastProfilePath(), b->path);
        // The first workspace was released.
        QVERIFY(other.tryLock().ok());
        // …and now it cannot be opened by the controller while someone else holds it.
        auto refused = controller.openProfile(a.path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().is(ProfileError::Locked));
        QCOMPARE(controller.mainWindow()->profile().id, b->id);
        other.unlock();

        // Settings view drives language and theme through the controller.
        SettingsView *sv = controller.mainWindow()->settingsView();
        QSignalSpy changed(&language, &LanguageManager::languageChanged);
        sv->languageCombo()->setCurrentIndex(2);
        Q_EMIT sv->languageCombo()->activated(2);
        QCOMPARE(language.current(), u"tr"_qs);
        QCOMPARE(appSettings.language(), u"tr"_qs);
        sv->themeCombo()->setCurrentIndex(2);
        Q_EMIT sv->themeCombo()->activated(2);
        QCOMPARE(appSettings.theme(), u"dark"_qs);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        // The rail's icons are redrawn in the light text colour of the dark palette.
        QTRY_VERIFY(maxIconLightness(controller.mainWindow()->rail()->button(u"orders"_qs)) > 180);
        Q_EMIT sv->themeCombo()->activated(1);
        QTRY_VERIFY(maxIconLightness(controller.mainWindow()->rail()->button(u"orders"_qs)) < 100);
        Q_EMIT sv->themeCombo()->activated(0);
        QCOMPARE(appSettings.theme(), u"system"_qs);
        Q_EMIT sv->languageCombo()->activated(1);
        QCOMPARE(language.current(), u"en"_qs);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
