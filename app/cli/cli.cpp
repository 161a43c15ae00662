#include "cli.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "common/version.h"
#include "profile/profile.h"
#include "profilecommands.h"
#include "secretcommands.h"
#include "inboxcommands.h"
#include "ordercommands.h"
#include "orderactioncommands.h"
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
              "  connect PLATFORM           Connect trendyol, n11 or woocommerce (--account, --base-url, --name);\n"
              "                             key and secret from stdin, one per line, kept in the system keychain\n"
              "  connections list           List the workspace's connections\n"
              "  connections remove ID      Remove a connection, its orders and its keychain entries (--yes)\n"
              "  sync                       Fetch new and changed orders of every connection (--connection ID)\n"
              "  orders list                List orders, newest first (--status, --limit)\n"
              "  orders show ID             One order: lines, customer, addresses, shipment, its actions (--json)\n"
              "  orders ACTION ID …         pick, invoice, track, cancel, invoice-link, status, note, tracking,\n"
              "                             split, pack, cancel-line, unpack, carrier, in-transit, delivered,\n"
              "                             undelivered: recorded in the outbox, sent, and the outcome printed\n"
              "                             (--no-wait: only recorded);\n"
              "                             see “sellerdesk-cli orders pick --help”\n"
              "  outbox list                The recorded platform actions (--state, --json)\n"
              "  outbox retry ID            Send a failed action (or one that needs a check) again\n"
              "  connect meta               Connect a Facebook Page and its Instagram account (token from stdin;\n"
              "                             --page ID, --base-url, --api-version, --human-agent, --name)\n"
              "  inbox sync                 Fetch new Messenger and Instagram messages (--connection ID)\n"
              "  inbox list                 List conversations, newest first (--unread, --channel, --limit,\n"
              "                             --mine, --unassigned, --label L, --status open|done|snoozed|all)\n"
              "  inbox show ID              Show a conversation, its messages and its reply window\n"
              "  inbox reply ID             Reply to a conversation (text from stdin), within Meta's rules\n"
              "  inbox assign ID MEMBER     Assign to a team member (or --me, --none)\n"
              "  inbox label ID             Add or remove labels (--add L, --remove L, repeatable)\n"
              "  inbox note ID              Add an internal note, never sent to the customer (text from stdin)\n"
              "  inbox done ID…             Mark done; inbox reopen ID… opens them again\n"
              "  inbox snooze ID            Hide until a time (--until ISO or --for 2h); it comes back unread\n"
              "\n"
              "Secrets (tokens, API keys, passphrases) are never accepted as arguments: commands that need one\n"
              "read it from standard input or ask for it.\n");
}

} // namespace

int run(const QStringList &arguments, Io &io)
{
    if (isOrderActionCommand(arguments))
        return runOrderActionCommand(arguments, io);
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
    const auto valueOption = [](const QString &name, const char *description, const char *valueName) {
        return QCommandLineOption(name, QCoreApplication::translate("sd::cli", description),
                                  QCoreApplication::translate("sd::cli", valueName));
    };
    const QCommandLineOption account = valueOption(QStringLiteral("account"),
                                                   QT_TRANSLATE_NOOP("sd::cli", "connect: the platform account (Trendyol seller id, N11 shop)."),
                                                   QT_TRANSLATE_NOOP("sd::cli", "id"));
    const QCommandLineOption baseUrl = valueOption(QStringLiteral("base-url"),
                                                   QT_TRANSLATE_NOOP("sd::cli", "connect: the API's base address (a stage host or the sandbox)."),
                                                   QT_TRANSLATE_NOOP("sd::cli", "url"));
    const QCommandLineOption name = valueOption(QStringLiteral("name"),
                                                QT_TRANSLATE_NOOP("sd::cli", "connect: a name for the connection."),
                                                QT_TRANSLATE_NOOP("sd::cli", "name"));
    const QCommandLineOption connection = valueOption(QStringLiteral("connection"),
                                                      QT_TRANSLATE_NOOP("sd::cli", "sync: only this connection."),
                                                      QT_TRANSLATE_NOOP("sd::cli", "id"));
    const QCommandLineOption status = valueOption(QStringLiteral("status"),
                                                  QT_TRANSLATE_NOOP("sd::cli", "orders list: only orders in this status."),
                                                  QT_TRANSLATE_NOOP("sd::cli", "status"));
    const QCommandLineOption limit = valueOption(QStringLiteral("limit"),
                                                 QT_TRANSLATE_NOOP("sd::cli", "orders list: at most this many (default 100)."),
                                                 QT_TRANSLATE_NOOP("sd::cli", "n"));
    const QCommandLineOption page = valueOption(QStringLiteral("page"),
                                                QT_TRANSLATE_NOOP("sd::cli", "connect meta: the Facebook Page to connect."),
                                                QT_TRANSLATE_NOOP("sd::cli", "id"));
    const QCommandLineOption channel = valueOption(QStringLiteral("channel"),
                                                   QT_TRANSLATE_NOOP("sd::cli", "inbox list: messenger or instagram."),
                                                   QT_TRANSLATE_NOOP("sd::cli", "channel"));
    const QCommandLineOption apiVersion = valueOption(QStringLiteral("api-version"),
                                                      QT_TRANSLATE_NOOP("sd::cli", "connect meta: the Graph API version, e.g. v25.0."),
                                                      QT_TRANSLATE_NOOP("sd::cli", "version"));
    const QCommandLineOption unread(QStringLiteral("unread"), QCoreApplication::translate("sd::cli", "inbox list: only unread conversations."));
    const QCommandLineOption humanAgent(QStringLiteral("human-agent"),
                                        QCoreApplication::translate("sd::cli", "connect meta: the Meta app has Human Agent approval (replies up to 7 days)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QCoreApplication::translate("sd::cli", "Log debug messages to standard error."));
    for (const auto &o : {help, version, profile, json, yes, passphrase, account, baseUrl, name, connection, status, limit, verbose, page, channel, apiVersion, unread, humanAgent})
        parser.addOption(o);
    // The inbox workflow.
    const QCommandLineOption mine(QStringLiteral("mine"), QCoreApplication::translate("sd::cli", "inbox list: only conversations assigned to me."));
    const QCommandLineOption unassigned(QStringLiteral("unassigned"), QCoreApplication::translate("sd::cli", "inbox list: only unassigned conversations."));
    const QCommandLineOption label = valueOption(QStringLiteral("label"), QT_TRANSLATE_NOOP("sd::cli", "inbox list: only conversations with this label."),
                                                 QT_TRANSLATE_NOOP("sd::cli", "label"));
    const QCommandLineOption me(QStringLiteral("me"), QCoreApplication::translate("sd::cli", "inbox assign: to me."));
    const QCommandLineOption none(QStringLiteral("none"), QCoreApplication::translate("sd::cli", "inbox assign: to nobody."));
    const QCommandLineOption addLabel = valueOption(QStringLiteral("add"), QT_TRANSLATE_NOOP("sd::cli", "inbox label: add this label (repeatable)."),
                                                    QT_TRANSLATE_NOOP("sd::cli", "label"));
    const QCommandLineOption removeLabel = valueOption(QStringLiteral("remove"), QT_TRANSLATE_NOOP("sd::cli", "inbox label: remove this label (repeatable)."),
                                                       QT_TRANSLATE_NOOP("sd::cli", "label"));
    const QCommandLineOption until = valueOption(QStringLiteral("until"), QT_TRANSLATE_NOOP("sd::cli", "inbox snooze: until this ISO 8601 time."),
                                                 QT_TRANSLATE_NOOP("sd::cli", "time"));
    const QCommandLineOption forDuration = valueOption(QStringLiteral("for"), QT_TRANSLATE_NOOP("sd::cli", "inbox snooze: for this long (30m, 2h, 1d, 1w)."),
                                                       QT_TRANSLATE_NOOP("sd::cli", "duration"));
    for (const auto &o : {mine, unassigned, label, me, none, addLabel, removeLabel, until, forDuration})
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

    Context context{io};
    context.profileOverride = ProfileManager::overridePath(parser.value(profile));
    context.json = parser.isSet(json);
    context.yes = parser.isSet(yes);
    context.passphrase = parser.isSet(passphrase);
    context.account = parser.value(account);
    context.baseUrl = parser.value(baseUrl);
    context.name = parser.value(name);
    context.connection = parser.value(connection);
    context.status = parser.value(status);
    context.limit = parser.value(limit).toInt();
    context.page = parser.value(page);
    context.channel = parser.value(channel);
    context.apiVersion = parser.value(apiVersion);
    context.unread = parser.isSet(unread);
    context.humanAgent = parser.isSet(humanAgent);
    context.mine = parser.isSet(mine);
    context.unassigned = parser.isSet(unassigned);
    context.label = parser.value(label);
    context.me = parser.isSet(me);
    context.none = parser.isSet(none);
    context.addLabels = parser.values(addLabel);
    context.removeLabels = parser.values(removeLabel);
    context.until = parser.value(until);
    context.forDuration = parser.value(forDuration);
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
    if (command == QLatin1String("connect") && positional.value(1) == QLatin1String("meta"))
        return runConnectMetaCommand(context, positional.mid(1));
    if (command == QLatin1String("inbox"))
        return runInboxCommand(context, positional.mid(1));
    if (command == QLatin1String("connect"))
        return runConnectCommand(context, positional.mid(1));
    if (command == QLatin1String("connections"))
        return runConnectionsCommand(context, positional.mid(1));
    if (command == QLatin1String("sync"))
        return runSyncCommand(context, positional.mid(1));
    if (command == QLatin1String("orders"))
        return runOrdersCommand(context, positional.mid(1));
    io.err << QCoreApplication::translate("sd::cli", "Unknown command “%1”.").arg(command) << Qt::endl << commandsHelp() << Qt::flush;
    return Usage;
}

} // namespace sd::cli
