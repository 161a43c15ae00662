// sellerdesk-cli profile create|list|delete
#pragma once

#include "cli.h"

namespace sd::cli {

int runProfileCommand(Context &context, const QStringList &args);

} // namespace sd::cli
