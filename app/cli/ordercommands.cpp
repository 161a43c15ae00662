#include "ordercommands.h"

#include "common/logging.h"
#include "connectors/connectorregistry.h"
#include "connectors/ordersync.h"
#include "net/networkcontext.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretsync.h"
#include "store/ids.h"
#include "store/localstore.h"
#include "store/transaction.h"
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

constexpr int kKeychainTimeoutMs = 30000;

// The credential names each platform's connector reads, in the order they are read from standard input.
QStringList credentialNames(const QString &platform)
{
    if (platform == QLatin1String("trendyol"))
        return {QStringLiteral("apiKey"), QStringLiteral("apiSecret")};
    if (platform == QLatin1String("hepsiburada"))
        return {QStringLiteral("serviceKey"), QStringLiteral("integratorName")};
    if (platform == QLatin1String("n11"))
        return {QStringLiteral("appKey"), QStringLiteral("appSecret")};
    if (platform == QLatin1String("woocommerce"))
        return {QStringLiteral("consumerKey"), QStringLiteral("consumerSecret")};
    return {};
}

QString secretName(const QString &connectionId, const QString &credential)
{
    return QStringLiteral("connection.") + connectionId + u'.' + credential.toLower();
}

// Runs a job on the writer thread and waits for it.
Status runWrite(LocalStore &store, StoreWriter::Job job)
{
    QEventLoop loop;
    std::optional<Status> result;
    store.writer().submit(std::move(job), &loop, [&result, &loop](const Status &s) {
        result = s;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

struct ConnectionRow
{
    QString id, workspaceId, platform, name, account, baseUrl, status;
    qint64 cursorMs = 0;
    qint64 lastSyncedAt = 0;
};

Result<QList<ConnectionRow>> readConnections(LocalStore &store)
{
    auto reader = store.openReader();
    if (!reader)
        return reader.error();
    auto st = reader.value()->prepare(
        u"SELECT id, workspace_id, platform, display_name, account_external_id, sync_cursor, last_synced_at, status "
        u"FROM connections WHERE deleted = 0 AND status != 'removed' ORDER BY platform, display_name");
    if (!st)
        return st.error();
    QList<ConnectionRow> rows;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ConnectionRow r;
        r.id = st->text(0);
        r.workspaceId = st->text(1);
        r.platform = st->text(2);
        r.name = st->text(3);
        r.account = st->text(4);
        // sync_cursor holds {"cursorMs":…, "baseUrl":…}: where the next sync starts, and where the API is.
        const QJsonObject cursor = QJsonDocument::fromJson(st->text(5).toUtf8()).object();
        r.cursorMs = cursor.value(QStringLiteral("cursorMs")).toInteger();
        r.baseUrl = cursor.value(QStringLiteral("baseUrl")).toString();
        r.lastSyncedAt = st->int64(6);
        r.status = st->text(7);
        rows << r;
    }
    return rows;
}

QString cursorJson(const ConnectionRow &r)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("cursorMs"), r.cursorMs},
                                                       {QStringLiteral("baseUrl"), r.baseUrl}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

int runConnectCommand(Context &c, const QStringList &args)
{
    const QString platform = args.value(0);
    const QStringList names = credentialNames(platform);
    if (args.size() != 1 || names.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "usage: sellerdesk-cli [--profile DIR] connect trendyol|hepsiburada|n11|woocommerce --account ID "
                       "[--base-url URL] [--name NAME]\n"
                       "The credentials are read from standard input, one per line: API key, then API secret "
                       "(Hepsiburada: service key, then the integrator user name).")
                 << Qt::endl;
        return Usage;
    }
    if (c.account.isEmpty() && platform != QLatin1String("woocommerce")) {
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
    QHash<QString, QString> credentials;
    for (const QString &name : names) {
        const QByteArray value = readSecretInput(c.io, QCoreApplication::translate("sd::cli::Orders", "%1: ").arg(name));
        if (value.isEmpty()) {
            c.io.err << QCoreApplication::translate("sd::cli::Orders", "No value for %1 on standard input.").arg(name) << Qt::endl;
            return Failure;
        }
        credentials.insert(name, QString::fromUtf8(value));
    }
    auto store = openStore(c, profile.value());
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return Failure;
    }

    ConnectionRow row;
    row.id = newId();
    row.workspaceId = profile->id;
    row.platform = platform;
    row.account = c.account.isEmpty() ? baseUrl.host() : c.account;
    row.name = c.name.isEmpty() ? platform + u' ' + row.account : c.name;
    row.baseUrl = c.baseUrl;

    KeychainSecretStore secrets;
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
        const QString key = SecretStore::keyFor(profile->id, secretName(row.id, it.key()));
        if (auto written = writeSecretBlocking(secrets, key, it.value().toUtf8(), kKeychainTimeoutMs); !written) {
            c.io.err << written.error().message << Qt::endl;
            return Failure;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString workspaceName = profile->name;
    auto written = runWrite(*store.value(), [row, now, workspaceName](Transaction &tx) -> Status {
        Database &db = tx.database();
        auto ws = db.prepare(u"INSERT OR IGNORE INTO workspaces(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
        if (!ws)
            return ws.error();
        if (auto s = ws->bindAll(row.workspaceId, workspaceName, now, now); !s)
            return s;
        if (auto s = ws->exec(); !s)
            return s;
        auto dup = db.prepare(u"SELECT count(*) FROM connections WHERE workspace_id = ? AND platform = ? AND "
                              u"account_external_id = ? AND deleted = 0");
        if (!dup)
            return dup.error();
        if (auto s = dup->bindAll(row.workspaceId, row.platform, row.account); !s)
            return s;
        if (auto more = dup->step(); more && more.value() && dup->int64(0) > 0)
            return Error{QStringLiteral("cli"), 1,
                         QCoreApplication::translate("sd::cli::Orders", "This %1 account (%2) is already connected.")
                             .arg(row.platform, row.account)};
        auto ins = db.prepare(u"INSERT INTO connections(id, workspace_id, platform, display_name, account_external_id, "
                              u"sync_cursor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!ins)
            return ins.error();
        if (auto s = ins->bindAll(row.id, row.workspaceId, row.platform, row.name, row.account, cursorJson(row), now,
                                  now);
            !s)
            return s;
        if (auto s = ins->exec(); !s)
            return s;
        tx.recordChange(QStringLiteral("connections"), row.id, ChangeKind::Inserted);
        return {};
    });
    if (!written) {
        c.io.err << written.error().message << Qt::endl;
        return Failure;
    }
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
    auto rows = readConnections(*workspace->store);
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    std::optional<ConnectionRow> target;
    for (const ConnectionRow &r : rows.value()) {
        if (r.id == id)
            target = r;
    }
    if (!target) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders", "No connection with id %1.").arg(id) << Qt::endl;
        return Failure;
    }
    if (!c.yes) {
        c.io.err << QCoreApplication::translate("sd::cli::Orders",
                                                "Removing “%1” deletes its orders from this computer and its "
                                                "credentials from the keychain. Add --yes to confirm.")
                        .arg(target->name)
                 << Qt::endl;
        return Usage;
    }
    // Credentials first: a connection whose rows are gone must not leave a token behind.
    KeychainSecretStore secrets;
    for (const QString &name : credentialNames(target->platform)) {
        const QString key = SecretStore::keyFor(workspace->profile.id, secretName(target->id, name));
        if (auto removed = removeSecretBlocking(secrets, key, kKeychainTimeoutMs); !removed) {
            c.io.err << removed.error().message << Qt::endl;
            return Failure;
        }
    }
    // Orders, their lines and shipments go with the connection (ON DELETE CASCADE); customers stay, they may
    // belong to other channels too.
    auto deleted = runWrite(*workspace->store, [id](Transaction &tx) -> Status {
        auto del = tx.database().prepare(u"DELETE FROM connections WHERE id = ?");
        if (!del)
            return del.error();
        if (auto s = del->bindAll(id); !s)
            return s;
        if (auto s = del->exec(); !s)
            return s;
        tx.recordChange(QStringLiteral("connections"), id, ChangeKind::Deleted);
        return {};
    });
    if (!deleted) {
        c.io.err << deleted.error().message << Qt::endl;
        return Failure;
    }
    qCInfo(lcCli) << "removed connection" << id;
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
    auto rows = readConnections(*workspace->store);
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    if (c.json) {
        QJsonArray array;
        for (const ConnectionRow &r : rows.value())
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("platform"), r.platform},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("account"), r.account},
                                     {QStringLiteral("baseUrl"), r.baseUrl},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("lastSyncedAt"), r.lastSyncedAt}});
        c.io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    if (rows->isEmpty())
        c.io.out << QCoreApplication::translate("sd::cli::Orders", "No connections yet. Add one with: sellerdesk-cli connect trendyol --account ID") << Qt::endl;
    for (const ConnectionRow &r : rows.value())
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
    auto rows = readConnections(*workspace->store);
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    KeychainSecretStore secrets;
    net::NetworkContext network;
    const auto registry = connectors::ConnectorRegistry::builtIn();
    int failures = 0, synced = 0;
    QJsonArray reports;
    for (ConnectionRow r : rows.value()) {
        if (!c.connection.isEmpty() && r.id != c.connection)
            continue;
        ++synced;
        connectors::ConnectionConfig config;
        config.connectionId = r.id;
        config.baseUrl = QUrl(r.baseUrl);
        config.accountId = r.account;
        bool credentialsOk = true;
        for (const QString &name : credentialNames(r.platform)) {
            auto value = readSecretBlocking(secrets, SecretStore::keyFor(workspace->profile.id, secretName(r.id, name)),
                                            kKeychainTimeoutMs);
            if (!value) {
                c.io.err << QCoreApplication::translate("sd::cli::Orders", "%1: %2").arg(r.name, value.error().message) << Qt::endl;
                credentialsOk = false;
                break;
            }
            config.credentials.insert(name, QString::fromUtf8(value.value()));
        }
        if (!credentialsOk) {
            ++failures;
            continue;
        }
        connectors::OrderConnector *connector = registry.create(r.platform, &network, config);
        if (!connector) {
            c.io.err << QCoreApplication::translate("sd::cli::Orders", "%1: this platform cannot be synced yet.").arg(r.name) << Qt::endl;
            ++failures;
            continue;
        }
        connectors::OrderSync sync(connector, &workspace->store->writer(), r.workspaceId, r.id);
        QEventLoop loop;
        std::optional<connectors::OrderSyncReport> report;
        QObject::connect(connector, &connectors::OrderConnector::progress, &loop, [&c, &r](int pages) {
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
        delete connector;
        if (c.io.interactive)
            c.io.err << Qt::endl;

        const bool ok = report->ok();
        r.cursorMs = report->nextCursorMs;
        (void)runWrite(*workspace->store, [r, now, ok](Transaction &tx) -> Status {
            auto up = tx.database().prepare(u"UPDATE connections SET sync_cursor = ?, last_synced_at = ?, status = ?, "
                                            u"updated_at = ? WHERE id = ?");
            if (!up)
                return up.error();
            if (auto s = up->bindAll(cursorJson(r), now, ok ? QStringLiteral("active") : QStringLiteral("error"), now,
                                     r.id);
                !s)
                return s;
            return up->exec();
        });
        const QString failure = report->fetch.failure ? report->fetch.failure->userMessage()
                                : report->storeError ? report->storeError->message
                                                     : QString();
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
