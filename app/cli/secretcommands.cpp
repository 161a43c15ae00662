#include "secretcommands.h"

#include "common/logging.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretsync.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd::cli {
namespace {

constexpr int kKeychainTimeoutMs = 20000;

bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

int usage(Context &c)
{
    c.io.err << QCoreApplication::translate("sd::cli::Secret",
                                            "usage: sellerdesk-cli [--profile DIR] secret set|check|delete NAME\n"
                                            "The value of “secret set” is read from standard input.")
             << Qt::endl;
    return Usage;
}

} // namespace

int runSecretCommand(Context &c, const QStringList &args)
{
    if (args.size() != 2)
        return usage(c);
    const QString sub = args.at(0);
    const QString name = args.at(1);
    if (!validName(name)) {
        c.io.err << QCoreApplication::translate("sd::cli::Secret",
                                                "A secret name uses lower-case letters, digits, “.”, “_” and “-” "
                                                "(at most 64).")
                 << Qt::endl;
        return Usage;
    }
    if (sub != QLatin1String("set") && sub != QLatin1String("check") && sub != QLatin1String("delete"))
        return usage(c);

    auto profile = openProfile(c);
    if (!profile) {
        c.io.err << profile.error().message << Qt::endl;
        return Failure;
    }
    KeychainSecretStore store;
    const QString key = SecretStore::keyFor(profile->id, name);

    if (sub == QLatin1String("set")) {
        const QByteArray value =
            readSecretInput(c.io, QCoreApplication::translate("sd::cli::Secret", "Value for “%1”: ").arg(name));
        if (value.isEmpty()) {
            c.io.err << QCoreApplication::translate("sd::cli::Secret", "No value given on standard input.")
                     << Qt::endl;
            return Failure;
        }
        if (auto written = writeSecretBlocking(store, key, value, kKeychainTimeoutMs); !written) {
            c.io.err << written.error().message << Qt::endl;
            return Failure;
        }
        qCInfo(lcCli) << "stored secret" << name << "of workspace" << profile->id << "in the keychain";
        c.io.out << QCoreApplication::translate("sd::cli::Secret", "Stored “%1” in the system keychain.").arg(name)
                 << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("check")) {
        auto read = readSecretBlocking(store, key, kKeychainTimeoutMs);
        if (read) {
            c.io.out << QCoreApplication::translate("sd::cli::Secret", "“%1” is stored.").arg(name) << Qt::endl;
            return Ok;
        }
        if (read.error().is(SecretError::NotFound)) {
            c.io.out << QCoreApplication::translate("sd::cli::Secret", "“%1” is not stored.").arg(name) << Qt::endl;
            return Failure;
        }
        c.io.err << read.error().message << Qt::endl;
        return Failure;
    }
    if (auto removed = removeSecretBlocking(store, key, kKeychainTimeoutMs); !removed) {
        c.io.err << removed.error().message << Qt::endl;
        return Failure;
    }
    qCInfo(lcCli) << "deleted secret" << name << "of workspace" << profile->id;
    c.io.out << QCoreApplication::translate("sd::cli::Secret", "Deleted “%1”.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace sd::cli
