// sellerdesk-cli connect meta, inbox sync|list|show|reply: the Meta inbox (Messenger + Instagram Direct).
#pragma once

#include "cli.h"
#include "storecommands.h"

class QJsonArray;

namespace sd::cli {

struct MetaSyncTotals
{
    int synced = 0; // Meta connections tried (only --connection's when given)
    int failures = 0;
    bool error = false; // the connections could not be read (the reason is on standard error)
};
// MetaSync for every Meta connection of the workspace (or c.connection's): one report object per connection appended
// to reports; text progress and outcomes on c.io unless c.json. Used by `inbox sync` and the general `sync`.
MetaSyncTotals syncMetaConnections(Context &c, Workspace &workspace, QJsonArray &reports);

int runConnectMetaCommand(Context &context, const QStringList &args);
int runInboxCommand(Context &context, const QStringList &args);

} // namespace sd::cli
