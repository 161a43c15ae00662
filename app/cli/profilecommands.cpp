#include "profilecommands.h"

#include "profile/profile.h"
#include "store/cachekeystore.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {
namespace {

QJsonObject toJson(const ProfileInfo &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("kind"), p.kind},
                       {QStringLiteral("path"), QDir::toNativeSeparators(p.path)},
                       {QStringLiteral("created"), p.created.toString(Qt::ISODateWithMs)}};
}

int create(Context &c, const QStringList &args)
{
    if (args.size() != 1) {
        c.io.err << QCoreApplication::translate("sd::cli::Profile", "usage: sellerdesk-cli [--profile DIR] profile create NAME") << Qt::endl;
        return Usage;
    }
    ProfileManager pm;
    auto created = c.profileOverride.isEmpty() ? pm.create(args.first())
                                               : ProfileManager::createAt(c.profileOverride, args.first());
    if (!created) {
        c.io.err << created.error().message << Qt::endl;
        return Failure;
    }
    if (c.passphrase) {
        const QString first = QString::fromUtf8(readSecretInput(
            c.io, QCoreApplication::translate("sd::cli::Profile", "Passphrase for the workspace cache: ")));
        if (c.io.interactive) {
            const QString again = QString::fromUtf8(
                readSecretInput(c.io, QCoreApplication::translate("sd::cli::Profile", "The same passphrase again: ")));
            if (again != first) {
                (void)pm.remove(created.value());
                c.io.err << QCoreApplication::translate("sd::cli::Profile", "The passphrases differ; nothing was created.")
                         << Qt::endl;
                return Failure;
            }
        }
        store::CacheKeyStore keys(created.value(), nullptr);
        if (auto key = keys.createWithPassphrase(first); !key) {
            (void)pm.remove(created.value());
            c.io.err << key.error().message << Qt::endl;
            return Failure;
        }
    }
    if (c.json)
        c.io.out << QJsonDocument(toJson(created.value())).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        c.io.out << QCoreApplication::translate("sd::cli::Profile", "Created workspace “%1” in %2").arg(created->name, QDir::toNativeSeparators(created->path))
                 << Qt::endl;
    return Ok;
}

int list(Context &c)
{
    ProfileManager pm;
    const auto all = pm.list();
    if (c.json) {
        QJsonArray array;
        for (const auto &p : all)
            array.append(toJson(p));
        c.io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    if (all.isEmpty()) {
        c.io.out << QCoreApplication::translate("sd::cli::Profile", "No workspaces yet. Create one with: sellerdesk-cli profile create NAME") << Qt::endl;
        return Ok;
    }
    for (const auto &p : all)
        c.io.out << p.name << '\t' << p.kind << '\t' << p.id << '\t' << QDir::toNativeSeparators(p.path) << Qt::endl;
    return Ok;
}

int remove(Context &c, const QStringList &args)
{
    ProfileManager pm;
    std::optional<ProfileInfo> target;
    if (args.size() == 1) {
        target = pm.find(args.first());
    } else if (args.isEmpty() && !c.profileOverride.isEmpty()) {
        if (auto opened = ProfileManager::open(c.profileOverride))
            target = opened.value();
    } else {
        c.io.err << QCoreApplication::translate("sd::cli::Profile", "usage: sellerdesk-cli profile delete NAME|ID [--yes]") << Qt::endl;
        return Usage;
    }
    if (!target) {
        c.io.err << QCoreApplication::translate("sd::cli::Profile", "No workspace named “%1”.").arg(args.value(0, c.profileOverride)) << Qt::endl;
        return Failure;
    }
    if (!c.yes) {
        if (!c.io.interactive) {
            c.io.err << QCoreApplication::translate("sd::cli::Profile", "Deleting a workspace removes all of its local data. Add --yes to confirm.") << Qt::endl;
            return Usage;
        }
        c.io.out << QCoreApplication::translate("sd::cli::Profile", "Delete the workspace “%1” and all of its local data? Type the name to confirm: ")
                        .arg(target->name)
                 << Qt::flush;
        const QString answer = c.io.in.readLine().trimmed();
        if (answer != target->name) {
            c.io.err << QCoreApplication::translate("sd::cli::Profile", "Not deleted.") << Qt::endl;
            return Failure;
        }
    }
    if (auto removed = pm.remove(target.value()); !removed) {
        c.io.err << removed.error().message << Qt::endl;
        return Failure;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Profile", "Deleted workspace “%1”.").arg(target->name) << Qt::endl;
    return Ok;
}

} // namespace

int runProfileCommand(Context &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return create(context, rest);
    if (sub == QLatin1String("list") && rest.isEmpty())
        return list(context);
    if (sub == QLatin1String("delete"))
        return remove(context, rest);
    context.io.err << QCoreApplication::translate("sd::cli::Profile", "usage: sellerdesk-cli profile create NAME | list | delete NAME|ID") << Qt::endl;
    return Usage;
}

} // namespace sd::cli
