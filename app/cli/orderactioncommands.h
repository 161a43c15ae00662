// sellerdesk-cli orders show ID, orders <action> ID …, outbox list|retry: platform actions through the outbox.
// These commands parse their own options (they have more than the global parser knows), so cli.cpp hands
// them the raw arguments.
#pragma once

#include "cli.h"

namespace sd::cli {

// Whether arguments (argv, program name first) name one of these commands.
[[nodiscard]] bool isOrderActionCommand(const QStringList &arguments);
int runOrderActionCommand(const QStringList &arguments, Io &io);

} // namespace sd::cli
