// sellerdesk-cli's main(): standard streams, translations, then sd::cli::run().
#include "cli.h"
#include "common/logsink.h"
#include "common/version.h"
#include "i18n/languagemanager.h"
#include "settings/settings.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    const bool interactive = isatty(STDIN_FILENO);
#else
    const bool interactive = true;
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("SellerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELLERDESK_VERSION));

    sd::LogSink::Options logOptions;
    logOptions.stderrMinimum = QtWarningMsg; // stdout/stderr belong to the command's own output
    sd::LogSink::install(logOptions);
    sd::LanguageManager language;
    language.apply(sd::LanguageManager::resolve(sd::AppSettings().language()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    sd::cli::Io io{out, err, in, interactive};
    return sd::cli::run(QCoreApplication::arguments(), io);
}
