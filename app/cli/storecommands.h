// sellerdesk-cli store info|check|set-passphrase|use-keychain, and search QUERY.
#pragma once

#include "cli.h"

namespace sd::cli {

int runStoreCommand(Context &context, const QStringList &args);
int runSearchCommand(Context &context, const QStringList &args);

} // namespace sd::cli
