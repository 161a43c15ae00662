// A workspace's local cache: <profile>/cache.db, encrypted with the workspace's cache key, at the latest
// schema, with one writer thread and read-only connections for readers.
#pragma once

#include "common/result.h"
#include "profile/profile.h"
#include "searchindex.h"
#include "securekey.h"
#include "storewriter.h"

#include <QJsonObject>

#include <memory>

namespace sd::store {

class ChangeNotifier;

class LocalStore
{
public:
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    [[nodiscard]] static QString databasePath(const ProfileInfo &profile);
    [[nodiscard]] static bool exists(const ProfileInfo &profile);

    // Opens the cache (creating and migrating it when needed). A wrong key gives CryptoError::WrongKey, a
    // modified or truncated file CryptoError::Damaged or StoreError::Corrupt: see isDamage().
    [[nodiscard]] static Result<std::unique_ptr<LocalStore>> open(const ProfileInfo &profile, SecureKey key,
                                                                  ChangeNotifier *notifier = nullptr);
    // True for the errors after which the cache can only be re-created (its data is re-syncable).
    [[nodiscard]] static bool isDamage(const Error &error);
    // Moves cache.db and its WAL/journal files into <profile>/damaged/<UTC time>/ and returns that folder,
    // so that a fresh cache can be created while the damaged one is kept for inspection.
    [[nodiscard]] static Result<QString> quarantine(const ProfileInfo &profile);

    [[nodiscard]] StoreWriter &writer() { return *m_writer; }
    [[nodiscard]] Result<std::unique_ptr<Database>> openReader() const { return m_writer->openReader(); }
    [[nodiscard]] const ProfileInfo &profile() const { return m_profile; }

    // Sizes, row counts, schema version (for `store info`).
    [[nodiscard]] Result<QJsonObject> info() const;
    // PRAGMA integrity_check: "ok" or the problems found.
    [[nodiscard]] Result<QString> integrityCheck() const;
    [[nodiscard]] Result<SearchPage> search(const SearchQuery &query) const;

private:
    LocalStore(ProfileInfo profile, SecureKey key, std::unique_ptr<StoreWriter> writer);

    ProfileInfo m_profile;
    SecureKey m_key; // readers opened later need it; wiped with the store
    std::unique_ptr<StoreWriter> m_writer;
};

} // namespace sd::store
