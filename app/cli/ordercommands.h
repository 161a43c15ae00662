// sellerdesk-cli connect PLATFORM, connections list, sync, orders list.
#pragma once

#include "cli.h"

namespace sd::cli {

int runConnectCommand(Context &context, const QStringList &args);
int runConnectionsCommand(Context &context, const QStringList &args);
int runSyncCommand(Context &context, const QStringList &args);
int runOrdersCommand(Context &context, const QStringList &args);

} // namespace sd::cli
