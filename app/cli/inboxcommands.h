// sellerdesk-cli connect meta, inbox sync|list|show|reply: the Meta inbox (Messenger + Instagram Direct).
#pragma once

#include "cli.h"

namespace sd::cli {

int runConnectMetaCommand(Context &context, const QStringList &args);
int runInboxCommand(Context &context, const QStringList &args);

} // namespace sd::cli
