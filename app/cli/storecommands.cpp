#include "storecommands.h"

#include "common/logging.h"
#include "secrets/keychainsecretstore.h"
#include "store/cachekeystore.h"
#include "store/cryptovfs.h"
#include "store/localstore.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <optional>

namespace sd::cli {
namespace {

using namespace sd::store;

constexpr int kKeychainTimeoutMs = 30000;

// Runs an asynchronous call and waits for its one answer.
template<typename T>
std::optional<T> waitForAnswer(const std::function<void(QObject *, std::function<void(T)>)> &start)
{
    QEventLoop loop;
    std::optional<T> answer;
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    start(&loop, [&answer, &loop](T value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return answer;
}

Result<SecureKey> obtainKey(Context &c, const ProfileInfo &profile, CacheKeyStore &keys)
{
    if (keys.mode() == KeyMode::Passphrase) {
        const QString passphrase = QString::fromUtf8(readSecretInput(c.io, QCoreApplication::translate("sd::cli::Store", "Passphrase of the workspace cache: ")));
        return keys.unlock(passphrase);
    }
    const bool create = !LocalStore::exists(profile);
    auto answer = waitForAnswer<Result<SecureKey>>(
        [&keys, create](QObject *ctx, auto done) { keys.loadFromKeychain(create, ctx, std::move(done)); });
    if (!answer)
        return Error{QStringLiteral("cli"), 1, QCoreApplication::translate("sd::cli::Store", "The system keychain did not answer.")};
    return std::move(*answer);
}

} // namespace

// Opens the workspace's cache, explaining a damaged one and what to do about it.
Result<std::unique_ptr<LocalStore>> openStore(Context &c, const ProfileInfo &profile)
{
    KeychainSecretStore secrets;
    CacheKeyStore keys(profile, &secrets);
    auto key = obtainKey(c, profile, keys);
    if (!key)
        return key.error();
    auto store = LocalStore::open(profile, std::move(key).value());
    if (!store && LocalStore::isDamage(store.error())) {
        Error e = store.error();
        e.message += u'\n'
                     + QCoreApplication::translate("sd::cli::Store", "The cache can be re-created from the platforms and the cloud: run "
                          "“sellerdesk-cli store reset --yes” (the damaged file is kept in the damaged/ folder).");
        return e;
    }
    return store;
}

std::optional<Workspace> openWorkspace(Context &c)
{
    auto profile = openProfile(c);
    if (!profile) {
        c.io.err << profile.error().message << Qt::endl;
        return std::nullopt;
    }
    auto store = openStore(c, profile.value());
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return std::nullopt;
    }
    return Workspace{std::move(profile).value(), std::move(store).value()};
}

namespace {

int info(Context &c, const ProfileInfo &profile)
{
    auto store = openStore(c, profile);
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return Failure;
    }
    auto facts = store.value()->info();
    if (!facts) {
        c.io.err << facts.error().message << Qt::endl;
        return Failure;
    }
    QJsonObject o = facts.value();
    KeychainSecretStore secrets;
    const bool passphrase = CacheKeyStore(profile, &secrets).mode() == KeyMode::Passphrase;
    o.insert(QStringLiteral("keyMode"), passphrase ? QStringLiteral("passphrase") : QStringLiteral("keychain"));
    o.insert(QStringLiteral("workspace"), profile.id);
    if (c.json) {
        c.io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Store", "Cache: %1").arg(o.value(QStringLiteral("path")).toString()) << Qt::endl
             << QCoreApplication::translate("sd::cli::Store", "Encryption: %1, key in the %2")
                    .arg(o.value(QStringLiteral("encryption")).toString(),
                         passphrase ? QCoreApplication::translate("sd::cli::Store", "passphrase file") : QCoreApplication::translate("sd::cli::Store", "system keychain"))
             << Qt::endl
             << QCoreApplication::translate("sd::cli::Store", "Schema version: %1").arg(o.value(QStringLiteral("schemaVersion")).toInt()) << Qt::endl
             << QCoreApplication::translate("sd::cli::Store", "Size: %1 bytes").arg(o.value(QStringLiteral("totalBytes")).toInteger()) << Qt::endl;
    const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it)
        c.io.out << "  " << it.key() << ": " << it.value().toInteger() << Qt::endl;
    return Ok;
}

int check(Context &c, const ProfileInfo &profile)
{
    auto store = openStore(c, profile);
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return Failure;
    }
    auto result = store.value()->integrityCheck();
    if (!result) {
        c.io.err << result.error().message << Qt::endl;
        return Failure;
    }
    if (result.value() != QLatin1String("ok")) {
        c.io.err << QCoreApplication::translate("sd::cli::Store", "The cache is damaged:") << Qt::endl << result.value() << Qt::endl;
        return Failure;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Store", "The cache is intact.") << Qt::endl;
    return Ok;
}

int reset(Context &c, const ProfileInfo &profile)
{
    if (!c.yes) {
        c.io.err << QCoreApplication::translate("sd::cli::Store", "This moves the cache aside and starts an empty one (data comes back with the next sync). "
                       "Add --yes to confirm.")
                 << Qt::endl;
        return Usage;
    }
    auto folder = LocalStore::quarantine(profile);
    if (!folder) {
        c.io.err << folder.error().message << Qt::endl;
        return Failure;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Store", "The old cache was moved to %1. A new one is created on the next start.").arg(folder.value())
             << Qt::endl;
    return Ok;
}

int setPassphrase(Context &c, const ProfileInfo &profile)
{
    KeychainSecretStore secrets;
    CacheKeyStore keys(profile, &secrets);
    if (keys.mode() == KeyMode::Passphrase) {
        const QString oldPass = QString::fromUtf8(readSecretInput(c.io, QCoreApplication::translate("sd::cli::Store", "Current passphrase: ")));
        const QString newPass = QString::fromUtf8(readSecretInput(c.io, QCoreApplication::translate("sd::cli::Store", "New passphrase: ")));
        if (auto changed = keys.changePassphrase(oldPass, newPass); !changed) {
            c.io.err << changed.error().message << Qt::endl;
            return Failure;
        }
        c.io.out << QCoreApplication::translate("sd::cli::Store", "The passphrase was changed.") << Qt::endl;
        return Ok;
    }
    auto key = obtainKey(c, profile, keys);
    if (!key) {
        c.io.err << key.error().message << Qt::endl;
        return Failure;
    }
    const QString newPass = QString::fromUtf8(readSecretInput(c.io, QCoreApplication::translate("sd::cli::Store", "New passphrase: ")));
    auto moved = waitForAnswer<Status>([&](QObject *ctx, auto done) {
        keys.switchToPassphrase(key.value(), newPass, ctx, std::move(done));
    });
    if (!moved || !*moved) {
        c.io.err << (moved ? moved->error().message : QCoreApplication::translate("sd::cli::Store", "The system keychain did not answer.")) << Qt::endl;
        return Failure;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Store", "The cache key is now protected by your passphrase and was removed from the keychain.")
             << Qt::endl;
    return Ok;
}

int useKeychain(Context &c, const ProfileInfo &profile)
{
    KeychainSecretStore secrets;
    CacheKeyStore keys(profile, &secrets);
    if (keys.mode() != KeyMode::Passphrase) {
        c.io.out << QCoreApplication::translate("sd::cli::Store", "The cache key is already in the system keychain.") << Qt::endl;
        return Ok;
    }
    auto key = obtainKey(c, profile, keys);
    if (!key) {
        c.io.err << key.error().message << Qt::endl;
        return Failure;
    }
    auto moved = waitForAnswer<Status>(
        [&](QObject *ctx, auto done) { keys.switchToKeychain(key.value(), ctx, std::move(done)); });
    if (!moved || !*moved) {
        c.io.err << (moved ? moved->error().message : QCoreApplication::translate("sd::cli::Store", "The system keychain did not answer.")) << Qt::endl;
        return Failure;
    }
    c.io.out << QCoreApplication::translate("sd::cli::Store", "The cache key is now kept in the system keychain.") << Qt::endl;
    return Ok;
}

QString kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Message: return QStringLiteral("message");
    case SearchKind::Customer: return QStringLiteral("customer");
    case SearchKind::CustomerIdentity: return QStringLiteral("identity");
    case SearchKind::Order: return QStringLiteral("order");
    case SearchKind::Product: return QStringLiteral("product");
    }
    return QStringLiteral("other");
}

} // namespace

int runStoreCommand(Context &c, const QStringList &args)
{
    static const QStringList subs = {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("reset"),
                                     QStringLiteral("set-passphrase"), QStringLiteral("use-keychain")};
    if (args.size() != 1 || !subs.contains(args.first())) {
        c.io.err << QCoreApplication::translate("sd::cli::Store", "usage: sellerdesk-cli [--profile DIR] store info|check|reset|set-passphrase|use-keychain")
                 << Qt::endl;
        return Usage;
    }
    auto profile = openProfile(c);
    if (!profile) {
        c.io.err << profile.error().message << Qt::endl;
        return Failure;
    }
    const QString sub = args.first();
    if (sub == QLatin1String("info"))
        return info(c, profile.value());
    if (sub == QLatin1String("check"))
        return check(c, profile.value());
    if (sub == QLatin1String("reset"))
        return reset(c, profile.value());
    if (sub == QLatin1String("set-passphrase"))
        return setPassphrase(c, profile.value());
    return useKeychain(c, profile.value());
}

int runSearchCommand(Context &c, const QStringList &args)
{
    if (args.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Store", "usage: sellerdesk-cli [--profile DIR] search WORDS… [--json]") << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    SearchQuery query;
    query.text = args.join(u' ');
    query.limit = 50;
    auto page = workspace->store->search(query);
    if (!page) {
        c.io.err << page.error().message << Qt::endl;
        return Failure;
    }
    if (c.json) {
        QJsonArray hits;
        for (const SearchHit &h : page->hits)
            hits.append(QJsonObject{{QStringLiteral("kind"), kindName(h.kind)},
                                    {QStringLiteral("id"), h.id},
                                    {QStringLiteral("parentId"), h.parentId},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score}});
        c.io.out << QJsonDocument(QJsonObject{{QStringLiteral("hits"), hits},
                                              {QStringLiteral("hasMore"), page->hasMore}})
                        .toJson(QJsonDocument::Compact)
                 << Qt::endl;
        return Ok;
    }
    if (page->hits.isEmpty())
        c.io.out << QCoreApplication::translate("sd::cli::Store", "Nothing found.") << Qt::endl;
    for (const SearchHit &h : page->hits)
        c.io.out << kindName(h.kind) << '\t' << h.id << '\t' << h.snippet << Qt::endl;
    return Ok;
}

} // namespace sd::cli
