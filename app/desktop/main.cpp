// The GUI's main(): wiring only.
#include "common/logging.h"
#include "common/logsink.h"
#include "common/version.h"
#include "demo/demosandbox.h"
#include "i18n/languagemanager.h"
#include "profile/profile.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/settings.h"
#include "shell/appcontroller.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // No core dumps: a dump would hold tokens and the cache key in plain memory.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SELLERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sellerdesk.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("sellerdesk"));

    sd::LogSink::install({});
    sd::AppSettings appSettings;
    sd::LanguageManager language;
    language.apply(sd::LanguageManager::resolve(appSettings.language()));
    sd::ui::applyTheme(appSettings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SellerDesk: messages, orders and customers of your shop in one window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringList{QStringLiteral("p"), QStringLiteral("profile")},
        QCoreApplication::translate("main", "Open the workspace profile in <folder> (created when empty). "
                                            "Overrides SELLERDESK_PROFILE."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("main", "Log debug messages."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo workspace: sample Trendyol, Hepsiburada, N11 and "
                                            "WooCommerce shops served by sellerdesk-sandbox on this computer."));
    parser.addOption(profileOption);
    parser.addOption(verboseOption);
    parser.addOption(demoOption);
    parser.process(app);
    sd::logging::applyDefaultRules(parser.isSet(verboseOption));

    sd::ProfileManager profiles;
    sd::KeychainSecretStore keychain;
    if (parser.isSet(demoOption)) {
        // The sandbox first: without it the demo has nothing to show.
        sd::demo::DemoSandbox sandbox;
        QString failure;
        {
            QEventLoop loop;
            QObject::connect(&sandbox, &sd::demo::DemoSandbox::ready, &loop, &QEventLoop::quit);
            QObject::connect(&sandbox, &sd::demo::DemoSandbox::failed, &loop, [&](const QString &message) {
                failure = message;
                loop.quit();
            });
            sandbox.start(sd::demo::DemoSandbox::findProgram());
            if (failure.isEmpty() && sandbox.readyInfo().isEmpty())
                loop.exec();
        }
        if (!failure.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SellerDesk demo"), failure);
            return 1;
        }
        // Without a working keychain (a fresh headless machine) the demo keeps its secrets in memory only, with a
        // new cache key each run: never on disk.
        const bool ephemeral = !sd::ui::AppController::keychainWorks(&keychain);
        sd::MemorySecretStore memory;
        sd::ui::AppController controller(&appSettings, &language, &profiles,
                                         ephemeral ? static_cast<sd::SecretStore *>(&memory) : &keychain);
        controller.setDemo(sandbox.readyInfo(), ephemeral);
        const auto demoPath = controller.prepareDemoProfile(ephemeral);
        if (!demoPath) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SellerDesk demo"),
                                  demoPath.error().message);
            return 1;
        }
        if (auto opened = controller.openProfile(demoPath.value()); !opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SellerDesk demo"),
                                  opened.error().message);
            return 1;
        }
        QObject::connect(&sandbox, &sd::demo::DemoSandbox::stopped, &controller, [&controller](const QString &message) {
            if (controller.mainWindow())
                controller.mainWindow()->setSyncState(message);
        });
        return app.exec(); // the sandbox is stopped as it goes out of scope
    }

    sd::ui::AppController controller(&appSettings, &language, &profiles, &keychain);
    const auto initial = controller.initialProfilePath(sd::ProfileManager::overridePath(parser.value(profileOption)));
    if (!initial) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SellerDesk"), initial.error().message);
        return 1;
    }
    if (auto opened = controller.openProfile(initial.value()); !opened) {
        if (!controller.recoverFromOpenFailure(opened.error()))
            return 1;
    }
    return app.exec();
}
