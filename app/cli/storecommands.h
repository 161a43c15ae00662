// sellerdesk-cli store info|check|set-passphrase|use-keychain, and search QUERY.
#pragma once

#include "cli.h"

#include "common/result.h"
#include "profile/profile.h"

#include <memory>
#include <optional>

namespace sd::store {
class LocalStore;
}

namespace sd::cli {

// Opens the workspace's encrypted cache: the key from the keychain, or the passphrase from standard input.
[[nodiscard]] Result<std::unique_ptr<store::LocalStore>> openStore(Context &context, const ProfileInfo &profile);

// The chosen workspace (openProfile()) and its open cache (openStore()).
struct Workspace
{
    ProfileInfo profile;
    std::unique_ptr<store::LocalStore> store;
};
// Opens both; on failure the reason is already on standard error.
[[nodiscard]] std::optional<Workspace> openWorkspace(Context &context);

int runStoreCommand(Context &context, const QStringList &args);
int runSearchCommand(Context &context, const QStringList &args);

} // namespace sd::cli
