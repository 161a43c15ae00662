// sellerdesk-cli secret set|check|delete: a workspace's secrets in the OS keychain. Values are read from
// standard input (hidden at a terminal), never taken from arguments, and never printed.
#pragma once

#include "cli.h"

namespace sd::cli {

int runSecretCommand(Context &context, const QStringList &args);

} // namespace sd::cli
