// Adding a Meta connection (a Facebook Page with its linked Instagram account) from a verified token, and
// replacing its token (Reconnect). Used by Settings → Connections, the demo workspace and tests; the CLI's
// `connect meta` writes the same row and keychain entry. The Page token goes to the keychain only; the row keeps
// the settings JSON (kind "meta", baseUrl, apiVersion, pageId, instagramId, humanAgent, readsPerSecond, cursors,
// health) in connections.sync_cursor, platform 'messenger'.
#pragma once

#include "common/result.h"
#include "connectors/meta/metatypes.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace sd {
class SecretStore;
}
namespace sd::store {
class LocalStore;
}

namespace sd::inbox {

struct MetaConnectionDraft
{
    QString name; // "" = the Page's name
    QString baseUrl; // "" = graph.facebook.com
    QString apiVersion; // "" = MetaConnection::kDefaultVersion
    connectors::meta::MetaPageAccess page; // as MetaClient::verifyToken() listed it
    QString pastedToken; // used when the page carries no token of its own (a Page token was pasted)
    bool humanAgent = false;
    int readsPerSecond = 2;
};

class MetaConnections
{
    Q_DECLARE_TR_FUNCTIONS(sd::inbox::MetaConnections)
public:
    using Added = std::function<void(Result<QString> connectionId)>;
    using Done = std::function<void(Status)>;

    // The row (and its workspace row when missing), then the token to the keychain; when the keychain fails the
    // new row goes again. A Page already connected in the workspace is refused, unless updateExisting: then its
    // host, version and token are replaced (the cursors start again when the host changed).
    static void add(store::LocalStore *store, SecretStore *secrets, const QString &workspaceId,
        const QString &workspaceName, const MetaConnectionDraft &draft, QObject *context, Added done,
        bool updateExisting = false);
    // Reconnect: the new Page token to the keychain, the health back to ok (the token was verified by the caller).
    static void replaceToken(store::LocalStore *store, SecretStore *secrets, const QString &workspaceId,
        const QString &connectionId, const QString &pageToken, QObject *context, Done done);
};

} // namespace sd::inbox
