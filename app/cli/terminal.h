// Reading secrets from standard input: hidden when it is a terminal, the whole stream otherwise.
#pragma once

#include "cli.h"
#include "common/result.h"
#include "profile/profile.h"

#include <QByteArray>

namespace sd::cli {

// Prompts (at a terminal, with echo off) or reads one line of standard input. The value is registered with the log redactor.
[[nodiscard]] QByteArray readSecretInput(Io &io, const QString &prompt);

// The workspace the command acts on: --profile/SELLERDESK_PROFILE, else the one last opened in the app.
// Its log file receives the command's log lines from then on.
[[nodiscard]] Result<ProfileInfo> openProfile(Context &context);

} // namespace sd::cli
