#include "ordercommands.h"

#include "common/logging.h"
#include "connectors/connectionservice.h"
#include "connectors/connectorregistry.h"
#include "connectors/ordersync.h"
#include "connectors/platformdescriptor.h"
#include "inboxcommands.h"
#include "net/networkcontext.h"
#include "secrets/keychainsecretstore.h"
#include "store/localstore.h"
#include "storecommands.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sd::cli {
namespace {

using namespace sd::store;

// Runs one asynchronous ConnectionService call to its answer (the CLI has no event loop of its own).
template<typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &call)
{
    QEventLoop loop;
    std::optional<T> result;
    call([&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// The workspace's connections, with the keychain and the network they need.
struct ConnectionDesk
{
    KeychainSecretStore secrets;
    net::NetworkContext network;
    connectors::ConnectionService service;

    explicit ConnectionDesk(LocalStore *store) : service(store, &secrets, &network) { }
};

} // namespace

int runConnectCommand(Context &c, const QStringList &args)
{
    const QString platform = args.value(0);
    const auto registry = connectors::ConnectorRegistry::builtIn();
    const auto descriptor = connectors::platformDescriptor(platform);
    if (args.size() != 1 || !descriptor || !registry.contains(platform)) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "usage: sellerdesk-cli [--profile DIR] connect %1 --account ID "
                       "[--base-url URL] [--name NAME]\n"
                       "The credentials are read from standard input, one per line: API key, then API secret "
                       "(Hepsiburada: service key, then the integrator user name).")
                        .arg(registry.platforms().join(u'|'))
                 << Qt::endl;
        return Usage;
    }
    if (c.account.isEmpty() && descriptor->needsAccount) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "--account is required (Trendyol: your seller id; N11: your shop name).") << Qt::endl;
        return Usage;
    }
    const QUrl baseUrl(c.baseUrl);
    if (!c.baseUrl.isEmpty() && (!baseUrl.isValid() || baseUrl.scheme().isEmpty())) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "--base-url must be a full address such as https://api.example.com.") << Qt::endl;
        return Usage;
    }
    auto profile = openProfile(c);
    if (!profile) {
        c.io.err << profile.error().message << Qt::endl;
        return Failure;
    }
    connectors::ConnectionDraft draft;
    draft.platform = platform;
    draft.accountId = c.account;
    draft.baseUrl = c.baseUrl;
    draft.name = c.name;
    for (const connectors::CredentialField &field : descriptor->credentials) {
        const QByteArray value = readSecretInput(c.io, QCoreApplication::translate("sd::cli::Orders", "%1: ").arg(field.label));
        if (value.isEmpty()) {
            c.io.err << QCoreApplication::translate("sd::cli::Orders", "No value for %1 on standard input.").arg(field.key) << Qt::endl;
            return Failure;
        }
        draft.credentials.insert(field.key, QString::fromUtf8(value));
    }
    auto store = openStore(c, profile.value());
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return Failure;
    }
    ConnectionDesk desk(store.value().get());
    // Verified with one call first; the credentials reach the keychain only when the platform accepted them.
    auto added = waitFor<Result<connectors::ConnectionInfo>>([&](auto done) { desk.service.add(draft, nullptr, done); });
    if (!added) {
        c.io.err << added.error().message << Qt::endl;
        return Failure;
    }
    const connectors::ConnectionInfo &row = added.value();
    qCInfo(lcCli) << "connected" << platform << "as connection" << row.id;
    if (c.json)
        c.io.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), row.id},
                                              {QStringLiteral("platform"), row.platform},
                                              {QStringLiteral("name"), row.name}})
                        .toJson(QJsonDocument::Compact)
                 << Qt::endl;
    else
        c.io.out << QCoreApplication::translate("sd::cli::Orders", "Connected %1 (%2). Its credentials are in the system keychain. Fetch orders with: "
                       "sellerdesk-cli sync")
                        .arg(row.name, row.id)
                 << Qt::endl;
    return Ok;
}

namespace {

int removeConnection(Context &c, const QString &id)
{
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    ConnectionDesk desk(workspace->store.get());
    auto target = desk.service.find(id);
    if (!target) {
        c.io.err << target.error().message << Qt::endl;
        return Failure;
    }
    if (!c.yes) {
        if (target->platform == u"messenger")
            c.io.err << QCoreApplication::translate("sd::cli::Orders",
                                                    "Removing “%1” deletes its conversations, messages and attachments "
                                                    "from this computer and its Page token from the keychain. Add "
                                                    "--yes to confirm.")
                            .arg(target->name)
                     << Qt::endl;
        else
            c.io.err << QCoreApplication::translate("sd::cli::Orders",
                                                    "Removing “%1” deletes its orders from this computer and its "
                                                    "credentials from the keychain. Add --yes to confirm.")
                            .arg(target->name)
                     << Qt::endl;
        return Usage;
    }
    auto removed = waitFor<Status>([&](auto done) { desk.service.remove(id, nullptr, done); });
    if (!removed) {
        c.io.err << removed.error().message << Qt::endl;
        return Failure;
    }
    if (target->platform == u"messenger")
        c.io.out << QCoreApplication::translate("sd::cli::Orders", "Removed “%1” and its conversations.").arg(target->name)
                 << Qt::endl;
    else
        c.io.out << QCoreApplication::translate("sd::cli::Orders", "Removed “%1” and its orders.").arg(target->name)
                 << Qt::endl;
    return Ok;
}

} // namespace

int runConnectionsCommand(Context &c, const QStringList &args)
{
    if (args.size() == 2 && args.first() == QLatin1String("remove"))
        return removeConnection(c, args.at(1));
    if (args != QStringList{QStringLiteral("list")}) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders",
                                                "usage: sellerdesk-cli [--profile DIR] connections list [--json] | "
                                                "remove ID [--yes]")
                 << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    ConnectionDesk desk(workspace->store.get());
    auto rows = desk.service.list();
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    if (c.json) {
        QJsonArray array;
        for (const connectors::ConnectionInfo &r : rows.value())
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("platform"), r.platform},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("account"), r.account},
                                     {QStringLiteral("baseUrl"), r.baseUrl},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("lastSyncedAt"), r.lastSyncedAt},
                                     {QStringLiteral("lastError"), r.lastError}});
        c.io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    if (rows->isEmpty())
        c.io.out << QCoreApplication::translate("sd::cli::Orders", "No connections yet. Add one with: sellerdesk-cli connect trendyol --account ID") << Qt::endl;
    for (const connectors::ConnectionInfo &r : rows.value())
        c.io.out << r.id << '\t' << r.platform << '\t' << r.name << '\t' << r.status << Qt::endl;
    return Ok;
}

int runSyncCommand(Context &c, const QStringList &args)
{
    if (!args.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "usage: sellerdesk-cli [--profile DIR] sync [--connection ID]") << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    ConnectionDesk desk(workspace->store.get());
    auto rows = desk.service.list();
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    int failures = 0, synced = 0;
    QJsonArray reports;
    for (const connectors::ConnectionInfo &r : rows.value()) {
        if (!c.connection.isEmpty() && r.id != c.connection)
            continue;
        if (r.platform == u"messenger")
            continue; // Meta connections: MetaSync below
        ++synced;
        auto config = waitFor<Result<connectors::ConnectionConfig>>(
            [&](auto done) { desk.service.loadConfig(r, nullptr, done); });
        if (!config) {
            c.io.err << QCoreApplication::translate("sd::cli::Orders", "%1: %2").arg(r.name, config.error().message) << Qt::endl;
            ++failures;
            continue;
        }
        std::unique_ptr<connectors::OrderConnector> connector(
            desk.service.registry().create(r.platform, &desk.network, config.value()));
        if (!connector) {
            c.io.err << QCoreApplication::translate("sd::cli::Orders", "%1: this platform cannot be synced yet.").arg(r.name) << Qt::endl;
            ++failures;
            continue;
        }
        connectors::OrderSync sync(connector.get(), &workspace->store->writer(), r.workspaceId, r.id);
        QEventLoop loop;
        std::optional<connectors::OrderSyncReport> report;
        QObject::connect(connector.get(), &connectors::OrderConnector::progress, &loop, [&c, &r](int pages) {
            if (c.io.interactive)
                c.io.err << '\r' << QCoreApplication::translate("sd::cli::Orders", "%1: page %2…").arg(r.name).arg(pages) << Qt::flush;
        });
        QObject::connect(&sync, &connectors::OrderSync::finished, &loop,
                         [&report, &loop](const connectors::OrderSyncReport &done) {
                             report = done;
                             loop.quit();
                         });
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        sync.start(r.cursorMs, now);
        if (!report)
            loop.exec();
        if (c.io.interactive)
            c.io.err << Qt::endl;

        const bool ok = report->ok();
        const QString failure = report->fetch.failure ? report->fetch.failure->userMessage()
                                : report->storeError ? report->storeError->message
                                                     : QString();
        (void)waitFor<Status>([&](auto done) {
            desk.service.recordSync(r.id, report->nextCursorMs, ok, failure, now, nullptr, done);
        });
        reports.append(QJsonObject{{QStringLiteral("connection"), r.id},
                                   {QStringLiteral("platform"), r.platform},
                                   {QStringLiteral("ok"), ok},
                                   {QStringLiteral("pages"), report->fetch.pages},
                                   {QStringLiteral("orders"), report->fetch.orders},
                                   {QStringLiteral("inserted"), report->stats.inserted},
                                   {QStringLiteral("updated"), report->stats.updated},
                                   {QStringLiteral("unchanged"), report->stats.unchanged},
                                   {QStringLiteral("skipped"), report->mappingErrors.size()},
                                   {QStringLiteral("error"), failure}});
        if (!c.json) {
            if (ok)
                c.io.out << QCoreApplication::translate("sd::cli::Orders", "%1: %2 orders fetched (%3 new or changed rows, %4 skipped).")
                                .arg(r.name)
                                .arg(report->fetch.orders)
                                .arg(report->stats.inserted + report->stats.updated)
                                .arg(report->mappingErrors.size())
                         << Qt::endl;
            else
                c.io.err << QCoreApplication::translate("sd::cli::Orders", "%1: sync stopped: %2 (nothing fetched so far is lost; the next sync repeats it).")
                                .arg(r.name, failure)
                         << Qt::endl;
        }
        for (const auto &e : report->mappingErrors)
            c.io.err << e.userMessage() << Qt::endl;
        if (!ok)
            ++failures;
    }
    // The Meta inboxes of the workspace, as `inbox sync` does.
    const MetaSyncTotals meta = syncMetaConnections(c, workspace.value(), reports);
    synced += meta.synced;
    failures += meta.failures + (meta.error ? 1 : 0);
    if (c.json)
        c.io.out << QJsonDocument(reports).toJson(QJsonDocument::Compact) << Qt::endl;
    if (synced == 0 && !c.connection.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "No connection with id %1.").arg(c.connection) << Qt::endl;
        return Failure;
    }
    return failures == 0 ? Ok : Failure;
}

int runOrdersCommand(Context &c, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("list")}) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "usage: sellerdesk-cli [--profile DIR] orders list [--status STATUS] [--limit N] [--json]")
                 << Qt::endl;
        return Usage;
    }
    static const QStringList statuses = {QStringLiteral("new"),       QStringLiteral("picking"),
                                         QStringLiteral("invoiced"),  QStringLiteral("shipped"),
                                         QStringLiteral("delivered"), QStringLiteral("cancelled"),
                                         QStringLiteral("returned"),  QStringLiteral("unknown")};
    if (!c.status.isEmpty() && !statuses.contains(c.status)) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "--status is one of: %1").arg(statuses.join(QStringLiteral(", "))) << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    auto reader = workspace->store->openReader();
    if (!reader) {
        c.io.err << reader.error().message << Qt::endl;
        return Failure;
    }
    auto st = reader.value()->prepare(
        u"SELECT o.id, c.platform, o.order_number, o.ordered_at, o.customer_name, o.shipping_city, o.total_minor, "
        u"o.currency, o.unified_status, o.platform_status, o.cargo_company, o.tracking_number "
        u"FROM orders o JOIN connections c ON c.id = o.connection_id "
        u"WHERE o.deleted = 0 AND (ifnull(?1, '') = '' OR o.unified_status = ?1) ORDER BY o.ordered_at DESC LIMIT ?2");
    if (!st) {
        c.io.err << st.error().message << Qt::endl;
        return Failure;
    }
    if (auto bound = st->bindAll(c.status, qint64(c.limit > 0 ? c.limit : 100)); !bound) {
        c.io.err << bound.error().message << Qt::endl;
        return Failure;
    }
    QJsonArray array;
    const QLocale locale;
    for (;;) {
        auto more = st->step();
        if (!more) {
            c.io.err << more.error().message << Qt::endl;
            return Failure;
        }
        if (!more.value())
            break;
        const qint64 minor = st->int64(6);
        if (c.json) {
            array.append(QJsonObject{{QStringLiteral("id"), st->text(0)},
                                     {QStringLiteral("platform"), st->text(1)},
                                     {QStringLiteral("number"), st->text(2)},
                                     {QStringLiteral("orderedAt"), st->int64(3)},
                                     {QStringLiteral("customer"), st->text(4)},
                                     {QStringLiteral("city"), st->text(5)},
                                     {QStringLiteral("totalMinor"), minor},
                                     {QStringLiteral("currency"), st->text(7)},
                                     {QStringLiteral("status"), st->text(8)},
                                     {QStringLiteral("platformStatus"), st->text(9)},
                                     {QStringLiteral("cargo"), st->text(10)},
                                     {QStringLiteral("trackingNumber"), st->text(11)}});
            continue;
        }
        c.io.out << st->text(1) << '\t' << st->text(2) << '\t'
                 << locale.toString(QDateTime::fromMSecsSinceEpoch(st->int64(3)).toLocalTime(), QLocale::ShortFormat)
                 << '\t' << st->text(4) << '\t' << st->text(5) << '\t'
                 << locale.toCurrencyString(double(minor) / 100.0, st->text(7)) << '\t' << st->text(8) << Qt::endl;
    }
    if (c.json)
        c.io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

} // namespace sd::cli
