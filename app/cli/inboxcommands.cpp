#include "inboxcommands.h"

#include "common/logging.h"
#include "connectors/meta/messagingwindow.h"
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metaingest.h"
#include "connectors/meta/metasend.h"
#include "connectors/meta/metasync.h"
#include "inbox/connectionhealth.h"
#include "common/textfold.h"
#include "inbox/conversationworkflow.h"
#include "inbox/inboxquery.h"
#include "inbox/metasendrunner.h"
#include "outbox/outbox.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretsync.h"
#include "store/ids.h"
#include "store/localstore.h"
#include "store/statement.h"
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
using namespace sd::connectors::meta;

constexpr int kKeychainTimeoutMs = 30000;

QString tokenSecretName(const QString &connectionId)
{
    // The same naming as the marketplace connections: connection.<id>.<credential, lower case>.
    return inbox::InboxQuery::tokenSecretName(connectionId);
}

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

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue assigneeJson(const QString &id, const QString &name, bool isMe)
{
    if (id.isEmpty())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("isMe"), isMe}};
}

QString statusText(const QString &status, qint64 snoozedUntil)
{
    if (status == u"done")
        return QCoreApplication::translate("sd::cli::Inbox", "done");
    if (status == u"snoozed")
        return QCoreApplication::translate("sd::cli::Inbox", "snoozed until %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(snoozedUntil).toLocalTime(), QLocale::ShortFormat));
    return QCoreApplication::translate("sd::cli::Inbox", "open");
}

// `inbox show`: the conversation's workflow state and internal notes.
QJsonObject workflowJson(Database &db, const QString &id)
{
    QJsonObject out;
    if (auto s = inbox::ConversationWorkflow::state(db, id, QDateTime::currentMSecsSinceEpoch())) {
        out.insert(QStringLiteral("status"), s->status);
        out.insert(QStringLiteral("assignee"), assigneeJson(s->assigneeId, s->assigneeName, s->assignedToMe));
        out.insert(QStringLiteral("labels"), QJsonArray::fromStringList(s->labels));
        out.insert(QStringLiteral("snoozedUntil"), s->snoozedUntil > 0 ? QJsonValue(s->snoozedUntil) : QJsonValue());
    }
    QJsonArray notes;
    if (auto n = inbox::ConversationWorkflow::notes(db, id)) {
        for (const inbox::ConversationNote &note : n.value())
            notes.append(QJsonObject{{QStringLiteral("id"), note.id},
                                     {QStringLiteral("author"), note.authorName},
                                     {QStringLiteral("createdAt"), note.createdAt},
                                     {QStringLiteral("text"), note.body}});
    }
    out.insert(QStringLiteral("notes"), notes);
    return out;
}

// A Meta connection row (connections.platform 'messenger', settings in sync_cursor): core/inbox/inboxquery.h.
using MetaRow = inbox::MetaConnectionRow;

Result<QList<MetaRow>> readMetaConnections(LocalStore &store)
{
    auto reader = store.openReader();
    if (!reader)
        return reader.error();
    return inbox::InboxQuery::metaConnections(*reader.value());
}

bool isLoopback(const QUrl &url)
{
    const QString h = url.host();
    return h == u"127.0.0.1" || h == u"localhost" || h == u"::1";
}

int connectMeta(Context &c)
{
    const QUrl host(c.baseUrl);
    if (!c.baseUrl.isEmpty() && (!host.isValid() || host.scheme().isEmpty())) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--base-url must be a full address such as https://graph.facebook.com.") << Qt::endl;
        return Usage;
    }
    auto profile = openProfile(c);
    if (!profile) {
        c.io.err << profile.error().message << Qt::endl;
        return Failure;
    }
    if (c.io.interactive)
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "Paste a Page access token or a Business Manager system-user token (permissions: "
                       "pages_messaging, pages_manage_metadata, pages_read_engagement, pages_show_list, "
                       "instagram_basic, instagram_manage_messages). Create it in Meta Business Suite → "
                       "Business settings → System users → Generate new token.")
                 << Qt::endl;
    const QByteArray token = readSecretInput(c.io, QCoreApplication::translate("sd::cli::Inbox", "Access token: "));
    if (token.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "No access token on standard input.") << Qt::endl;
        return Failure;
    }

    net::NetworkContext network;
    MetaConnection probe;
    probe.host = host;
    probe.apiVersion = c.apiVersion;
    probe.accessToken = QString::fromUtf8(token);
    probe.readsPerSecond = isLoopback(host) ? 50 : 2;
    MetaClient client(&network, probe);
    QEventLoop loop;
    QList<MetaPageAccess> pages;
    std::optional<net::NetFailure> failure;
    bool done = false;
    QObject::connect(&client, &MetaClient::tokenChecked, &loop,
                     [&](const QList<MetaPageAccess> &p, const std::optional<net::NetFailure> &f) {
                         pages = p;
                         failure = f;
                         done = true;
                         loop.quit();
                     });
    client.verifyToken();
    if (!done)
        loop.exec();
    if (failure) {
        c.io.err << MetaErrors::explain(*failure) << Qt::endl;
        return Failure;
    }
    if (pages.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "The token works but reaches no Facebook Page. Give the system user the Page as an asset "
                       "(with the messaging task) and create the token again.")
                 << Qt::endl;
        return Failure;
    }
    QJsonArray pagesJson;
    for (const MetaPageAccess &p : std::as_const(pages))
        pagesJson.append(QJsonObject{{QStringLiteral("pageId"), p.pageId},
                                     {QStringLiteral("pageName"), p.pageName},
                                     {QStringLiteral("instagramId"), p.instagramId},
                                     {QStringLiteral("instagramUsername"), p.instagramUsername},
                                     {QStringLiteral("canMessage"), p.canMessage()}});
    std::optional<MetaPageAccess> chosen;
    for (const MetaPageAccess &p : std::as_const(pages)) {
        if (c.page.isEmpty() ? pages.size() == 1 : p.pageId == c.page)
            chosen = p;
    }
    if (!chosen) {
        c.io.err << (c.page.isEmpty() ? QCoreApplication::translate("sd::cli::Inbox", "The token reaches several Pages; choose one with --page ID:")
                                      : QCoreApplication::translate("sd::cli::Inbox", "The token does not reach Page %1. It reaches:").arg(c.page))
                 << Qt::endl;
        for (const MetaPageAccess &p : std::as_const(pages))
            c.io.err << p.pageId << '\t' << p.pageName << '\t'
                     << (p.instagramUsername.isEmpty() ? QString() : u'@' + p.instagramUsername) << Qt::endl;
        if (c.json)
            c.io.out << compact(QJsonObject{{QStringLiteral("pages"), pagesJson}}) << Qt::endl;
        return Usage;
    }
    if (!chosen->canMessage()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "The token may not send messages for %1 (the MESSAGING task is missing).").arg(chosen->pageName)
                 << Qt::endl;
        return Failure;
    }

    auto store = openStore(c, profile.value());
    if (!store) {
        c.io.err << store.error().message << Qt::endl;
        return Failure;
    }
    const QString id = newId();
    const QString pageToken = chosen->pageToken.isEmpty() ? QString::fromUtf8(token) : chosen->pageToken;
    KeychainSecretStore secrets;
    if (auto written = writeSecretBlocking(secrets, SecretStore::keyFor(profile->id, tokenSecretName(id)),
                                           pageToken.toUtf8(), kKeychainTimeoutMs);
        !written) {
        c.io.err << written.error().message << Qt::endl;
        return Failure;
    }
    const QJsonObject settings{{QStringLiteral("kind"), QStringLiteral("meta")},
                               {QStringLiteral("baseUrl"), c.baseUrl},
                               {QStringLiteral("apiVersion"), c.apiVersion},
                               {QStringLiteral("pageId"), chosen->pageId},
                               {QStringLiteral("instagramId"), chosen->instagramId},
                               {QStringLiteral("instagramUsername"), chosen->instagramUsername},
                               {QStringLiteral("humanAgent"), c.humanAgent},
                               {QStringLiteral("readsPerSecond"), probe.readsPerSecond},
                               {QStringLiteral("messengerCursorMs"), 0},
                               {QStringLiteral("instagramCursorMs"), 0},
                               {QStringLiteral("health"), QStringLiteral("ok")}};
    const QString name = c.name.isEmpty() ? chosen->pageName : c.name;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString workspaceId = profile->id;
    const QString workspaceName = profile->name;
    const QString pageId = chosen->pageId;
    auto written = runWrite(*store.value(), [=](Transaction &tx) -> Status {
        Database &db = tx.database();
        auto ws = db.prepare(u"INSERT OR IGNORE INTO workspaces(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
        if (!ws)
            return ws.error();
        if (auto s = ws->bindAll(workspaceId, workspaceName, now, now); !s)
            return s;
        if (auto s = ws->exec(); !s)
            return s;
        auto dup = db.prepare(u"SELECT count(*) FROM connections WHERE workspace_id = ? AND platform = 'messenger' "
                              u"AND account_external_id = ? AND deleted = 0");
        if (!dup)
            return dup.error();
        if (auto s = dup->bindAll(workspaceId, pageId); !s)
            return s;
        if (auto more = dup->step(); more && more.value() && dup->int64(0) > 0)
            return Error{QStringLiteral("cli"), 1, QCoreApplication::translate("sd::cli::Inbox", "This Facebook Page (%1) is already connected.").arg(pageId)};
        auto ins = db.prepare(u"INSERT INTO connections(id, workspace_id, platform, display_name, account_external_id, "
                              u"sync_cursor, created_at, updated_at) VALUES (?, ?, 'messenger', ?, ?, ?, ?, ?)");
        if (!ins)
            return ins.error();
        if (auto s = ins->bindAll(id, workspaceId, name, pageId, compact(settings), now, now); !s)
            return s;
        if (auto s = ins->exec(); !s)
            return s;
        tx.recordChange(QStringLiteral("connections"), id, ChangeKind::Inserted);
        return {};
    });
    if (!written) {
        (void)removeSecretBlocking(secrets, SecretStore::keyFor(workspaceId, tokenSecretName(id)), kKeychainTimeoutMs);
        c.io.err << written.error().message << Qt::endl;
        return Failure;
    }
    qCInfo(lcCli) << "connected meta page as connection" << id;
    if (c.json) {
        c.io.out << compact(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("platform"), QStringLiteral("meta")},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("pageId"), chosen->pageId},
                                        {QStringLiteral("instagramId"), chosen->instagramId},
                                        {QStringLiteral("pages"), pagesJson}})
                 << Qt::endl;
    } else {
        c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Connected %1 (%2)%3. The token is in the system keychain. Fetch messages with: "
                       "sellerdesk-cli inbox sync")
                        .arg(name, id,
                             chosen->instagramUsername.isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate("sd::cli::Inbox", " with Instagram @%1").arg(chosen->instagramUsername))
                 << Qt::endl;
    }
    return Ok;
}

Result<QString> readToken(const Workspace &w, const QString &connectionId)
{
    KeychainSecretStore secrets;
    auto value = readSecretBlocking(secrets, SecretStore::keyFor(w.profile.id, tokenSecretName(connectionId)),
                                    kKeychainTimeoutMs);
    if (!value)
        return value.error();
    return QString::fromUtf8(value.value());
}

Status saveSettings(LocalStore &store, const QString &id, const QJsonObject &settings, const QString &status,
                    qint64 syncedAt)
{
    return runWrite(store, [=](Transaction &tx) -> Status {
        auto up = tx.database().prepare(u"UPDATE connections SET sync_cursor = ?2, status = ?3, updated_at = ?4, "
                                        u"last_synced_at = CASE WHEN ?5 > 0 THEN ?5 ELSE last_synced_at END "
                                        u"WHERE id = ?1");
        if (!up)
            return up.error();
        if (auto s = up->bindAll(id, compact(settings), status, QDateTime::currentMSecsSinceEpoch(), syncedAt); !s)
            return s;
        if (auto s = up->exec(); !s)
            return s;
        tx.recordChange(QStringLiteral("connections"), id, ChangeKind::Updated);
        return {};
    });
}

} // namespace

MetaSyncTotals syncMetaConnections(Context &c, Workspace &w, QJsonArray &reports)
{
    MetaSyncTotals totals;
    Workspace *workspace = &w;
    auto rows = readMetaConnections(*workspace->store);
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        totals.error = true;
        return totals;
    }
    net::NetworkContext network;
    int &failures = totals.failures;
    int &synced = totals.synced;
    for (MetaRow r : rows.value()) {
        if (!c.connection.isEmpty() && r.id != c.connection)
            continue;
        ++synced;
        auto token = readToken(*workspace, r.id);
        if (!token) {
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "%1: %2").arg(r.name, token.error().message) << Qt::endl;
            ++failures;
            continue;
        }
        MetaClient client(&network, r.connection(token.value()));
        MetaSync sync(&client, &workspace->store->writer(), r.workspaceId, r.id);
        QEventLoop loop;
        std::optional<MetaSyncReport> report;
        QObject::connect(&sync, &MetaSync::progress, &loop, [&c, &r](int pages) {
            if (c.io.interactive)
                c.io.err << '\r' << QCoreApplication::translate("sd::cli::Inbox", "%1: page %2…").arg(r.name).arg(pages) << Qt::flush;
        });
        QObject::connect(&sync, &MetaSync::finished, &loop, [&](const MetaSyncReport &done) {
            report = done;
            loop.quit();
        });
        MetaSyncCursor cursor;
        cursor.messengerMs = r.settings.value(u"messengerCursorMs").toInteger();
        cursor.instagramMs = r.settings.value(u"instagramCursorMs").toInteger();
        sync.start(cursor);
        if (!report)
            loop.exec();
        if (c.io.interactive)
            c.io.err << Qt::endl;
        const bool ok = report->ok();
        const QString health = report->failure ? MetaErrors::stateName(MetaErrors::connectionStateFor(*report->failure))
                                               : QStringLiteral("ok");
        r.settings.insert(QStringLiteral("messengerCursorMs"), report->nextCursor.messengerMs);
        r.settings.insert(QStringLiteral("instagramCursorMs"), report->nextCursor.instagramMs);
        const qint64 checkedAt = QDateTime::currentMSecsSinceEpoch();
        const std::optional<inbox::ConnectionHealth> learnt =
            report->failure ? inbox::ConnectionHealth::fromFailure(*report->failure, checkedAt)
                            : std::optional<inbox::ConnectionHealth>(inbox::ConnectionHealth::ok(checkedAt));
        if (learnt)
            learnt->writeTo(r.settings);
        (void)saveSettings(*workspace->store, r.id, r.settings,
                           ok ? QStringLiteral("active") : QStringLiteral("error"),
                           ok ? QDateTime::currentMSecsSinceEpoch() : 0);
        const QString error = report->failure      ? MetaErrors::explain(*report->failure)
                              : report->storeError ? report->storeError->message
                                                   : QString();
        reports.append(QJsonObject{{QStringLiteral("connection"), r.id},
                                   {QStringLiteral("platform"), QStringLiteral("meta")},
                                   {QStringLiteral("ok"), ok},
                                   {QStringLiteral("health"), health},
                                   {QStringLiteral("pages"), report->pages},
                                   {QStringLiteral("conversations"), report->conversations},
                                   {QStringLiteral("messages"), report->messages},
                                   {QStringLiteral("inserted"), report->stats.inserted},
                                   {QStringLiteral("updated"), report->stats.updated},
                                   {QStringLiteral("unchanged"), report->stats.unchanged},
                                   {QStringLiteral("skipped"), report->mappingErrors.size()},
                                   {QStringLiteral("error"), error}});
        if (!c.json) {
            if (ok)
                c.io.out << QCoreApplication::translate("sd::cli::Inbox", "%1: %2 conversations with news, %3 messages fetched (%4 new or changed rows).")
                                .arg(r.name)
                                .arg(report->conversations)
                                .arg(report->messages)
                                .arg(report->stats.inserted + report->stats.updated)
                         << Qt::endl;
            else
                c.io.err << QCoreApplication::translate("sd::cli::Inbox", "%1: sync stopped: %2").arg(r.name, error) << Qt::endl;
        }
        if (!ok)
            ++failures;
    }
    return totals;
}

namespace {

int inboxSync(Context &c)
{
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    QJsonArray reports;
    const MetaSyncTotals totals = syncMetaConnections(c, *workspace, reports);
    if (totals.error)
        return Failure;
    if (c.json)
        c.io.out << compact(reports) << Qt::endl;
    if (totals.synced == 0 && !c.connection.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "No Meta connection with id %1.").arg(c.connection) << Qt::endl;
        return Failure;
    }
    if (totals.synced == 0 && !c.json)
        c.io.out << QCoreApplication::translate("sd::cli::Inbox", "No Meta connections yet. Add one with: sellerdesk-cli connect meta") << Qt::endl;
    return totals.failures == 0 ? Ok : Failure;
}

int inboxList(Context &c)
{
    if (!c.channel.isEmpty() && !channelFromName(c.channel)) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--channel is messenger or instagram.") << Qt::endl;
        return Usage;
    }
    inbox::ConversationFilter filter;
    filter.unreadOnly = c.unread;
    filter.channel = c.channel;
    if (c.mine && c.unassigned) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--mine and --unassigned exclude each other.") << Qt::endl;
        return Usage;
    }
    filter.assignee = c.mine ? inbox::ConversationFilter::Assignee::Mine
        : c.unassigned       ? inbox::ConversationFilter::Assignee::Unassigned
                             : inbox::ConversationFilter::Assignee::Any;
    filter.label = c.label;
    if (!c.status.isEmpty()) {
        const auto state = inbox::ConversationFilter::stateFromName(c.status);
        if (!state) {
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--status is open, done, snoozed or all.") << Qt::endl;
            return Usage;
        }
        filter.state = *state;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    // Snoozes that have ended come back (open and unread) before the list is read.
    filter.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (auto woke = runWrite(*workspace->store, [now = filter.nowMs](Transaction &tx) -> Status {
            auto n = inbox::ConversationWorkflow::wakeDue(tx, now);
            return n ? Status() : Status(n.error());
        });
        !woke) {
        c.io.err << woke.error().message << Qt::endl;
        return Failure;
    }
    auto reader = workspace->store->openReader();
    if (!reader) {
        c.io.err << reader.error().message << Qt::endl;
        return Failure;
    }
    auto rows = inbox::InboxQuery::conversations(*reader.value(), filter, std::nullopt,
                                                 c.limit > 0 ? c.limit : 100);
    if (!rows) {
        c.io.err << rows.error().message << Qt::endl;
        return Failure;
    }
    QJsonArray array;
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const inbox::ConversationSummary &r : rows.value()) {
        const Channel channel = channelFromName(r.channel).value_or(Channel::Messenger);
        const WindowDecision window = MessagingWindow::evaluate({channel, r.lastInboundAt, now, false, true});
        if (c.json) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("connection"), r.connectionId},
                                     {QStringLiteral("channel"), r.channel},
                                     {QStringLiteral("customer"), r.name},
                                     {QStringLiteral("customerId"), r.participantId},
                                     {QStringLiteral("pictureUrl"), r.pictureUrl},
                                     {QStringLiteral("preview"), r.preview},
                                     {QStringLiteral("lastMessageAt"), r.lastMessageAt},
                                     {QStringLiteral("unread"), r.unread},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("assignee"), assigneeJson(r.assigneeId, r.assigneeName, r.assignedToMe)},
                                     {QStringLiteral("labels"), QJsonArray::fromStringList(r.labels)},
                                     {QStringLiteral("snoozedUntil"), r.snoozedUntil > 0 ? QJsonValue(r.snoozedUntil) : QJsonValue()},
                                     {QStringLiteral("lastCustomerMessageAt"), r.lastInboundAt},
                                     {QStringLiteral("replyWindowMs"), window.timeLeftMs}});
            continue;
        }
        QString workflow = r.status == u"open" ? QString() : statusText(r.status, r.snoozedUntil);
        if (!r.assigneeName.isEmpty())
            workflow += (workflow.isEmpty() ? QString() : QStringLiteral(" ")) + u'@' + r.assigneeName;
        for (const QString &l : r.labels)
            workflow += (workflow.isEmpty() ? QString() : QStringLiteral(" ")) + u'#' + l;
        c.io.out << r.id << '\t' << r.channel << '\t' << r.name << '\t'
                 << (r.unread > 0 ? QStringLiteral("● ") : QString()) << r.preview.left(60) << '\t'
                 << locale.toString(QDateTime::fromMSecsSinceEpoch(r.lastMessageAt).toLocalTime(), QLocale::ShortFormat);
        if (!workflow.isEmpty())
            c.io.out << '\t' << workflow;
        c.io.out << Qt::endl;
    }
    if (c.json)
        c.io.out << compact(array) << Qt::endl;
    return Ok;
}

int inboxShow(Context &c, const QString &id)
{
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    auto reader = workspace->store->openReader();
    if (!reader) {
        c.io.err << reader.error().message << Qt::endl;
        return Failure;
    }
    Database &db = *reader.value();
    auto conv = db.prepare(u"SELECT ifnull(channel, ''), ifnull(participant_name, ''), ifnull(participant_external_id, ''),"
                           u" ifnull(last_inbound_at, 0), connection_id, unread_count,"
                           u" ifnull(participant_picture_url, '') FROM conversations WHERE id = ?1 AND deleted = 0");
    if (!conv || !conv->bindAll(id)) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "The conversation could not be read.") << Qt::endl;
        return Failure;
    }
    auto found = conv->step();
    if (!found || !found.value()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "No conversation with id %1.").arg(id) << Qt::endl;
        return Failure;
    }
    const Channel channel = channelFromName(conv->text(0)).value_or(Channel::Messenger);
    const qint64 lastInbound = conv->int64(3);
    const QString connectionId = conv->text(4);
    bool humanAgent = false;
    if (auto rows = readMetaConnections(*workspace->store)) {
        for (const MetaRow &r : rows.value())
            humanAgent = humanAgent || (r.id == connectionId && r.settings.value(u"humanAgent").toBool());
    }
    const WindowDecision window =
        MessagingWindow::evaluate({channel, lastInbound, QDateTime::currentMSecsSinceEpoch(), humanAgent, true});
    auto thread = inbox::InboxQuery::messages(db, id);
    if (!thread) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "The conversation could not be read.") << Qt::endl;
        return Failure;
    }
    QJsonArray messages;
    const QLocale locale;
    if (!c.json)
        c.io.out << conv->text(1) << " (" << conv->text(0) << ")" << Qt::endl
                 << MessagingWindow::explain(window) << Qt::endl;
    for (const inbox::ThreadMessage &m : thread.value()) {
        QJsonArray attachments;
        for (const inbox::ThreadAttachment &a : m.attachments) {
            QJsonObject o{{QStringLiteral("kind"), a.kind},
                          {QStringLiteral("mimeType"), a.mimeType},
                          {QStringLiteral("name"), a.name},
                          {QStringLiteral("url"), a.url},
                          {QStringLiteral("previewUrl"), a.previewUrl}};
            if (a.size >= 0)
                o.insert(QStringLiteral("size"), a.size);
            attachments.append(o);
        }
        if (c.json) {
            messages.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("platformId"), m.platformId},
                {QStringLiteral("direction"), m.outgoing ? QStringLiteral("out") : QStringLiteral("in")},
                {QStringLiteral("sender"), m.sender},
                {QStringLiteral("text"), m.text},
                {QStringLiteral("sentAt"), m.sentAt},
                {QStringLiteral("status"), m.status},
                {QStringLiteral("unsent"), m.unsent},
                {QStringLiteral("reactions"), QJsonDocument::fromJson(m.reactionsJson.toUtf8()).array()},
                {QStringLiteral("failureReason"), m.failureReason},
                {QStringLiteral("tag"), m.tag},
                {QStringLiteral("attachments"), attachments}});
            continue;
        }
        QString line = m.unsent ? QCoreApplication::translate("sd::cli::Inbox", "[message removed]") : m.text;
        for (const inbox::ThreadAttachment &a : m.attachments)
            line += QStringLiteral(" [%1]").arg(a.kind);
        c.io.out << locale.toString(QDateTime::fromMSecsSinceEpoch(m.sentAt).toLocalTime(), QLocale::ShortFormat)
                 << '\t' << (m.outgoing ? QStringLiteral("→") : QStringLiteral("←")) << ' '
                 << m.sender << ": " << line;
        if (m.status == u"failed")
            c.io.out << "  (" << QCoreApplication::translate("sd::cli::Inbox", "failed: %1").arg(m.failureReason) << ')';
        c.io.out << Qt::endl;
    }
    if (!c.json) {
        for (const QJsonValue &n : workflowJson(db, id).value(u"notes").toArray())
            c.io.out << QCoreApplication::translate("sd::cli::Inbox", "[internal note, not sent] %1, %2: %3")
                            .arg(n[u"author"].toString(),
                                 locale.toString(QDateTime::fromMSecsSinceEpoch(n[u"createdAt"].toInteger()).toLocalTime(),
                                                 QLocale::ShortFormat),
                                 n[u"text"].toString())
                     << Qt::endl;
    }
    if (c.json) {
        c.io.out << compact(QJsonObject{
                        {QStringLiteral("id"), id},
                        {QStringLiteral("channel"), conv->text(0)},
                        {QStringLiteral("customer"), conv->text(1)},
                        {QStringLiteral("customerId"), conv->text(2)},
                        {QStringLiteral("pictureUrl"), conv->text(6)},
                        {QStringLiteral("unread"), conv->int64(5)},
                        {QStringLiteral("window"),
                         QJsonObject{{QStringLiteral("mode"), window.mode == ReplyMode::Response     ? QStringLiteral("response")
                                                              : window.mode == ReplyMode::HumanAgent ? QStringLiteral("human_agent")
                                                                                                     : QStringLiteral("blocked")},
                                     {QStringLiteral("timeLeftMs"), window.timeLeftMs},
                                     {QStringLiteral("explanation"), MessagingWindow::explain(window)},
                                     {QStringLiteral("maxLength"), MessagingWindow::maxTextLength(channel)}}},
                        {QStringLiteral("workflow"), workflowJson(db, id)},
                        {QStringLiteral("messages"), messages}})
                 << Qt::endl;
    }
    return Ok;
}

int inboxReply(Context &c, const QString &id)
{
    QString text = c.io.in.readAll();
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    // The thread and its connection.
    std::optional<MetaThread> thread;
    auto read = runWrite(*workspace->store, [&thread, id](Transaction &tx) -> Status {
        auto t = MetaIngest::thread(tx, id);
        if (!t)
            return t.error();
        thread = t.value();
        return {};
    });
    if (!read) {
        c.io.err << read.error().message << Qt::endl;
        return Failure;
    }
    auto rows = readMetaConnections(*workspace->store);
    std::optional<MetaRow> row;
    if (rows) {
        for (const MetaRow &r : rows.value())
            if (r.id == thread->connectionId)
                row = r;
    }
    if (!row) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "The conversation's Meta connection is gone.") << Qt::endl;
        return Failure;
    }
    auto token = readToken(*workspace, row->id);
    if (!token) {
        c.io.err << token.error().message << Qt::endl;
        return Failure;
    }
    net::NetworkContext network;
    const MetaConnection connection = row->connection(token.value());
    MetaOutgoing outgoing;
    outgoing.channel = thread->channel;
    outgoing.recipientId = thread->recipientId;
    outgoing.text = text;
    outgoing.lastCustomerMessageMs = thread->lastCustomerMessageMs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The rules first: nothing is written or sent when they refuse.
    if (Status ok = MetaSend::validate(outgoing, now, connection.humanAgentApproved); !ok) {
        c.io.err << ok.error().message << Qt::endl;
        if (c.json)
            c.io.out << compact(QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")},
                                            {QStringLiteral("error"), ok.error().message}})
                     << Qt::endl;
        return Failure;
    }
    const QString tag = MetaSend::check(outgoing, now, connection.humanAgentApproved).window.tag();
    // The same path as the app: a pending row and its outbox item in one transaction, sent by the outbox.
    const QString workspaceId = workspace->profile.id;
    std::optional<outbox::OutboxItem> item;
    auto pending = runWrite(*workspace->store, [&](Transaction &tx) -> Status {
        auto r = inbox::MetaSendRunner::enqueueIn(tx, workspaceId, *thread, text, tag, now);
        if (!r)
            return r.error();
        item = r.value();
        return {};
    });
    if (!pending) {
        c.io.err << pending.error().message << Qt::endl;
        return Failure;
    }
    outbox::Outbox box(&workspace->store->writer(), workspaceId);
    inbox::MetaSendRunner runner(&box, &network,
                                 [connection](const QString &, QObject *, inbox::ConnectionResolved done) { done(connection); });
    QEventLoop loop;
    std::optional<outbox::OutboxItem> last;
    // Waits for this reply's outcome; a reply Meta asks to wait for longer than a minute stays queued.
    QObject::connect(&runner, &inbox::MetaSendRunner::itemChanged, &loop, [&](const outbox::OutboxItem &changed) {
        if (changed.id != item->id)
            return;
        last = changed;
        if (changed.isFinal()
            || (changed.state == outbox::OutboxState::Pending && changed.attempts > 0
                && changed.nextAttemptAtMs - QDateTime::currentMSecsSinceEpoch() > 60 * 1000))
            loop.quit();
    });
    runner.start();
    runner.wake();
    loop.exec();
    runner.stop();
    const QString messageId = item->targetId;
    if (last->state == outbox::OutboxState::Done) {
        const QString platformId = last->result.value(u"messageId").toString();
        if (c.json)
            c.io.out << compact(QJsonObject{{QStringLiteral("id"), messageId},
                                            {QStringLiteral("status"), QStringLiteral("sent")},
                                            {QStringLiteral("platformId"), platformId},
                                            {QStringLiteral("tag"), tag},
                                            {QStringLiteral("outbox"), item->id}})
                     << Qt::endl;
        else
            c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Sent.") << Qt::endl;
        return Ok;
    }
    const QString reason = last->lastError;
    const QString status = last->state == outbox::OutboxState::Pending      ? QStringLiteral("queued")
                           : last->state == outbox::OutboxState::NeedsCheck ? QStringLiteral("needs_check")
                                                                            : QStringLiteral("failed");
    if (last->state == outbox::OutboxState::Pending)
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "Queued: %1 The reply stays in the outbox and is sent by the app.")
                        .arg(reason)
                 << Qt::endl;
    else
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "Not sent: %1").arg(reason) << Qt::endl;
    if (c.json)
        c.io.out << compact(QJsonObject{{QStringLiteral("id"), messageId},
                                        {QStringLiteral("status"), status},
                                        {QStringLiteral("error"), reason},
                                        {QStringLiteral("errorClass"), last->result.value(u"class").toString(QStringLiteral("ok"))},
                                        {QStringLiteral("outcomeUnknown"), last->state == outbox::OutboxState::NeedsCheck},
                                        {QStringLiteral("outbox"), item->id}})
                 << Qt::endl;
    return Failure;
}

// One workflow action on a conversation in one write transaction, then its resulting state printed.
using WorkflowAction = std::function<Result<bool>(Transaction &tx, qint64 now)>;

int runWorkflow(Context &c, Workspace &w, const QString &id, const WorkflowAction &action, const QString &doneText)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool changed = false;
    auto written = runWrite(*w.store, [&](Transaction &tx) -> Status {
        auto r = action(tx, now);
        if (!r)
            return r.error();
        changed = r.value();
        return {};
    });
    if (!written) {
        c.io.err << written.error().message << Qt::endl;
        return Failure;
    }
    auto reader = w.store->openReader();
    if (!reader) {
        c.io.err << reader.error().message << Qt::endl;
        return Failure;
    }
    auto state = inbox::ConversationWorkflow::state(*reader.value(), id, now);
    if (!state) {
        c.io.err << state.error().message << Qt::endl;
        return Failure;
    }
    const inbox::WorkflowState &s = state.value();
    if (c.json) {
        c.io.out << compact(QJsonObject{
                        {QStringLiteral("id"), id},
                        {QStringLiteral("changed"), changed},
                        {QStringLiteral("status"), s.status},
                        {QStringLiteral("assignee"), assigneeJson(s.assigneeId, s.assigneeName, s.assignedToMe)},
                        {QStringLiteral("labels"), QJsonArray::fromStringList(s.labels)},
                        {QStringLiteral("snoozedUntil"), s.snoozedUntil > 0 ? QJsonValue(s.snoozedUntil) : QJsonValue()}})
                 << Qt::endl;
        return Ok;
    }
    c.io.out << (changed ? doneText : QCoreApplication::translate("sd::cli::Inbox", "Nothing to change.")) << Qt::endl;
    c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Status: %1").arg(statusText(s.status, s.snoozedUntil)) << Qt::endl;
    c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Assigned to: %1")
                    .arg(s.assigneeName.isEmpty() ? QCoreApplication::translate("sd::cli::Inbox", "nobody") : s.assigneeName)
             << Qt::endl;
    if (!s.labels.isEmpty())
        c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Labels: %1").arg(s.labels.join(QStringLiteral(", "))) << Qt::endl;
    return Ok;
}

int inboxAssign(Context &c, const QString &id, const QString &member)
{
    if (int(c.me) + int(c.none) + int(!member.isEmpty()) != 1) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "usage: sellerdesk-cli inbox assign ID MEMBER|--me|--none") << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    QString memberId;
    if (!member.isEmpty()) {
        // A member by id or by name (Turkish-folded); "me" is the person at this computer.
        auto reader = workspace->store->openReader();
        if (!reader) {
            c.io.err << reader.error().message << Qt::endl;
            return Failure;
        }
        auto members = inbox::ConversationWorkflow::members(*reader.value(), {});
        if (!members) {
            c.io.err << members.error().message << Qt::endl;
            return Failure;
        }
        const QString key = text::foldForSearch(member);
        bool toMe = key == u"me";
        for (const inbox::WorkspaceMember &m : members.value()) {
            const bool match = m.id == member || text::foldForSearch(m.name) == key
                || text::foldForSearch(m.displayName()) == key;
            if (match && m.isMe)
                toMe = true;
            else if (match)
                memberId = m.id;
        }
        if (toMe)
            c.me = true;
        if (!c.me && memberId.isEmpty()) {
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "No team member “%1”. Members:").arg(member) << Qt::endl;
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "me") << Qt::endl;
            for (const inbox::WorkspaceMember &m : members.value())
                if (!m.isMe)
                    c.io.err << m.id << '\t' << m.name << Qt::endl;
            return Failure;
        }
    }
    const bool me = c.me;
    return runWorkflow(c, *workspace, id,
        [&](Transaction &tx, qint64 now) {
            return me ? inbox::ConversationWorkflow::assignToMe(tx, id, now)
                      : inbox::ConversationWorkflow::assign(tx, id, memberId, now);
        },
        c.none ? QCoreApplication::translate("sd::cli::Inbox", "Unassigned.") : QCoreApplication::translate("sd::cli::Inbox", "Assigned."));
}

int inboxLabel(Context &c, const QString &id)
{
    if (c.addLabels.isEmpty() && c.removeLabels.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "usage: sellerdesk-cli inbox label ID [--add LABEL]… [--remove LABEL]…") << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    const QStringList add = c.addLabels;
    const QStringList remove = c.removeLabels;
    return runWorkflow(c, *workspace, id,
        [&](Transaction &tx, qint64 now) -> Result<bool> {
            bool changed = false;
            for (const QString &l : add) {
                auto r = inbox::ConversationWorkflow::addLabel(tx, id, l, now);
                if (!r)
                    return r.error();
                changed = changed || r.value();
            }
            for (const QString &l : remove) {
                auto r = inbox::ConversationWorkflow::removeLabel(tx, id, l, now);
                if (!r)
                    return r.error();
                changed = changed || r.value();
            }
            return changed;
        },
        QCoreApplication::translate("sd::cli::Inbox", "Labels updated."));
}

int inboxNote(Context &c, const QString &id)
{
    const QString text = c.io.in.readAll().trimmed();
    if (text.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "No note on standard input.") << Qt::endl;
        return Failure;
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    QString noteId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto written = runWrite(*workspace->store, [&](Transaction &tx) -> Status {
        auto r = inbox::ConversationWorkflow::addNote(tx, id, text, now);
        if (!r)
            return r.error();
        noteId = r.value();
        return {};
    });
    if (!written) {
        c.io.err << written.error().message << Qt::endl;
        return Failure;
    }
    if (c.json)
        c.io.out << compact(QJsonObject{{QStringLiteral("id"), noteId}, {QStringLiteral("conversation"), id},
                                        {QStringLiteral("createdAt"), now}, {QStringLiteral("internal"), true}})
                 << Qt::endl;
    else
        c.io.out << QCoreApplication::translate("sd::cli::Inbox", "Internal note added (not sent to the customer).") << Qt::endl;
    return Ok;
}

// Several ids: each in its own transaction, one result (line) each; the exit code is the worst.
int inboxSetDone(Context &c, const QStringList &ids, bool done)
{
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    int code = Ok;
    for (const QString &id : ids) {
        const int one = runWorkflow(c, *workspace, id,
            [&](Transaction &tx, qint64 now) {
                return done ? inbox::ConversationWorkflow::markDone(tx, id, now)
                            : inbox::ConversationWorkflow::reopen(tx, id, now);
            },
            done ? QCoreApplication::translate("sd::cli::Inbox", "Marked done.") : QCoreApplication::translate("sd::cli::Inbox", "Reopened."));
        code = qMax(code, one);
    }
    return code;
}

int inboxSnooze(Context &c, const QString &id)
{
    if (c.until.isEmpty() == c.forDuration.isEmpty()) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "usage: sellerdesk-cli inbox snooze ID --until ISO-TIME | --for DURATION (30m, 2h, 1d, 1w)") << Qt::endl;
        return Usage;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 until = 0;
    if (!c.forDuration.isEmpty()) {
        const auto d = inbox::ConversationWorkflow::parseDuration(c.forDuration);
        if (!d) {
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--for takes a duration such as 30m, 2h, 1d or 1w.") << Qt::endl;
            return Usage;
        }
        until = now + *d;
    } else {
        const auto t = inbox::ConversationWorkflow::parseUntil(c.until);
        if (!t) {
            c.io.err << QCoreApplication::translate("sd::cli::Inbox", "--until takes an ISO 8601 time such as 2026-11-24T09:00.") << Qt::endl;
            return Usage;
        }
        until = t->toMSecsSinceEpoch();
    }
    auto workspace = openWorkspace(c);
    if (!workspace)
        return Failure;
    return runWorkflow(c, *workspace, id,
        [&](Transaction &tx, qint64 at) { return inbox::ConversationWorkflow::snooze(tx, id, until, at); },
        QCoreApplication::translate("sd::cli::Inbox", "Snoozed."));
}

} // namespace

int runConnectMetaCommand(Context &c, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("meta")}) {
        c.io.err << QCoreApplication::translate("sd::cli::Inbox", "usage: sellerdesk-cli [--profile DIR] connect meta [--page ID] [--base-url URL] "
                       "[--api-version vNN.0] [--human-agent] [--name NAME]\n"
                       "The access token is read from standard input.")
                 << Qt::endl;
        return Usage;
    }
    return connectMeta(c);
}

int runInboxCommand(Context &c, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"sync" && args.size() == 1)
        return inboxSync(c);
    if (sub == u"list" && args.size() == 1)
        return inboxList(c);
    if (sub == u"show" && args.size() == 2)
        return inboxShow(c, args.at(1));
    if (sub == u"reply" && args.size() == 2)
        return inboxReply(c, args.at(1));
    if (sub == u"assign" && (args.size() == 2 || args.size() == 3))
        return inboxAssign(c, args.at(1), args.value(2));
    if (sub == u"label" && args.size() == 2)
        return inboxLabel(c, args.at(1));
    if (sub == u"note" && args.size() == 2)
        return inboxNote(c, args.at(1));
    if ((sub == u"done" || sub == u"reopen") && args.size() >= 2)
        return inboxSetDone(c, args.mid(1), sub == u"done");
    if (sub == u"snooze" && args.size() == 2)
        return inboxSnooze(c, args.at(1));
    c.io.err << QCoreApplication::translate("sd::cli::Inbox", "usage: sellerdesk-cli [--profile DIR] inbox sync [--connection ID] | list [--unread] "
                   "[--channel messenger|instagram] [--mine|--unassigned] [--label L] [--status open|done|snoozed|all] "
                   "[--limit N] [--json] | show ID [--json] | reply ID (text from standard input) | "
                   "assign ID MEMBER|--me|--none | label ID [--add L] [--remove L] | note ID (text from standard input) | "
                   "done ID… | reopen ID… | snooze ID --until ISO|--for 2h")
             << Qt::endl;
    return Usage;
}

} // namespace sd::cli
