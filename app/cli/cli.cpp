#include "cli.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "common/version.h"
#include "profile/profile.h"
#include "profilecommands.h"
#include "secretcommands.h"
#include "storecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sd::cli {
namespace {

QString commandsHelp()
{
    return QCoreApplication::translate("sd::cli", "Commands:\n"
              "  profile create NAME        Create a workspace profile (with --profile DIR: in that folder;\n"
              "                             --passphrase: protect its cache with a passphrase read from stdin)\n"
              "  profile list               List the workspace profiles of this computer\n"
              "  profile delete NAME|ID     Delete a workspace profile and its local data (asks, or --yes)\n"
              "  secret set NAME            Store a secret of the workspace in the system keychain (value from stdin)\n"
              "  secret check NAME          Tell whether the secret is stored (exit 0) or not (exit 1)\n"
              "  secret delete NAME         Remove the secret from the system keychain\n"
              "  store info                 Sizes, row counts, schema version and key mode of the encrypted cache\n"
              "  store check                Check the cache's integrity (exit 0 when intact)\n"
              "  store reset                Move a damaged cache aside and start an empty one (--yes)\n"
              "  store set-passphrase       Protect the cache key with a passphrase instead of the keychain,\n"
              "                             or change the passphrase (read from stdin, one per line)\n"
              "  store use-keychain         Move the cache key back into the system keychain\n"
              "  search WORDS…              Search messages, customers, orders and products (Turkish-aware)\n"
              "\n"
              "Secrets (tokens, API keys, passphrases) are never accepted as arguments: commands that need one\n"
              "read it from standard input or ask for it.\n");
}

} // namespace

int run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("sd::cli", "SellerDesk command line: scripting, exports and headless sync."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("sd::cli", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("sd::cli", "Show the version."));
    const QCommandLineOption profile(QStringList{QStringLiteral("p"), QStringLiteral("profile")},
                                     QCoreApplication::translate("sd::cli", "Use the workspace profile in <folder> (default: SELLERDESK_PROFILE)."),
                                     QCoreApplication::translate("sd::cli", "folder"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("sd::cli", "Print machine-readable JSON."));
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 QCoreApplication::translate("sd::cli", "Do not ask for confirmation."));
    const QCommandLineOption passphrase(
        QStringLiteral("passphrase"),
        QCoreApplication::translate("sd::cli", "With “profile create”: protect the cache with a passphrase (read from "
                                               "standard input) instead of the system keychain."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QCoreApplication::translate("sd::cli", "Log debug messages to standard error."));
    for (const auto &o : {help, version, profile, json, yes, passphrase, verbose})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("sd::cli", "The command to run (see below)."),
                                 QCoreApplication::translate("sd::cli", "<command> [arguments…]"));

    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl
               << QCoreApplication::translate("sd::cli", "Run “sellerdesk-cli --help” for the list of commands.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText() << Qt::endl << commandsHelp() << Qt::flush;
        return Ok;
    }
    if (parser.isSet(version)) {
        io.out << QStringLiteral("sellerdesk-cli %1").arg(QStringLiteral(SELLERDESK_VERSION)) << Qt::endl;
        return Ok;
    }
    logging::applyDefaultRules(parser.isSet(verbose));
    if (parser.isSet(verbose))
        LogSink::setStderrMinimum(QtDebugMsg);

    Context context{io, ProfileManager::overridePath(parser.value(profile)), parser.isSet(json), parser.isSet(yes),
                    parser.isSet(passphrase)};
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        io.err << QCoreApplication::translate("sd::cli", "No command given.") << Qt::endl << commandsHelp() << Qt::flush;
        return Usage;
    }
    const QString command = positional.first();
    if (command == QLatin1String("profile"))
        return runProfileCommand(context, positional.mid(1));
    if (command == QLatin1String("secret"))
        return runSecretCommand(context, positional.mid(1));
    if (command == QLatin1String("store"))
        return runStoreCommand(context, positional.mid(1));
    if (command == QLatin1String("search"))
        return runSearchCommand(context, positional.mid(1));
    io.err << QCoreApplication::translate("sd::cli", "Unknown command “%1”.").arg(command) << Qt::endl << commandsHelp() << Qt::flush;
    return Usage;
}

} // namespace sd::cli
