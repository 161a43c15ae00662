// The GUI's main(): wiring only.
#include "common/logging.h"
#include "common/logsink.h"
#include "common/version.h"
#include "i18n/languagemanager.h"
#include "profile/profile.h"
#include "secrets/keychainsecretstore.h"
#include "settings/settings.h"
#include "shell/appcontroller.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.addOption(profileOption);
    parser.addOption(verboseOption);
    parser.process(app);
    sd::logging::applyDefaultRules(parser.isSet(verboseOption));

    sd::ProfileManager profiles;
    sd::KeychainSecretStore secrets;
    sd::ui::AppController controller(&appSettings, &language, &profiles, &secrets);
    // The views that read the cache get it once it is unlocked. No change notifier is passed yet: AppController
    // opens the store without one (to be wired with background sync).
    QObject::connect(&controller, &sd::ui::AppController::storeReady, &controller, [&controller] {
        if (controller.mainWindow())
            controller.mainWindow()->setLocalStore(controller.localStore(), nullptr);
    });
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
