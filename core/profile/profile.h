// Workspace profiles: one folder per workspace (settings, logs, later the encrypted cache).
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

enum class ProfileError {
    NotFound = 1,
    AlreadyExists,
    InvalidName,
    NotAProfile,
    Io,
    Locked,
};

struct ProfileInfo
{
    QString id;        // UUID without braces; names the workspace in the keychain
    QString name;      // shown to the user
    QString path;      // absolute folder path
    QString kind;      // "local", "demo" or "cloud"
    QDateTime created; // UTC

    [[nodiscard]] QString settingsPath() const;
    [[nodiscard]] QString logsPath() const;
    [[nodiscard]] QString lockPath() const;
};

class ProfileManager
{
public:
    // root: the folder that holds the profiles; empty = the platform's app-data location.
    explicit ProfileManager(QString root = {});

    [[nodiscard]] static QString defaultRoot();
    // The profile folder named by --profile (argument) or SELLERDESK_PROFILE, in that order.
    [[nodiscard]] static QString overridePath(const QString &commandLineValue);

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QList<ProfileInfo> list() const;
    // Finds a profile in the root by id, exact name or case-insensitive (Turkish-aware) name.
    [[nodiscard]] std::optional<ProfileInfo> find(const QString &nameOrId) const;

    // Creates a new profile folder under the root.
    [[nodiscard]] Result<ProfileInfo> create(const QString &name, const QString &kind = QStringLiteral("local"));
    // Deletes a profile folder (refused while it is open somewhere).
    [[nodiscard]] Status remove(const ProfileInfo &profile);

    // Creates a profile in a given folder (for --profile DIR); the folder may exist but must be empty.
    [[nodiscard]] static Result<ProfileInfo> createAt(const QString &dir, const QString &name,
                                                      const QString &kind = QStringLiteral("local"));
    [[nodiscard]] static Result<ProfileInfo> open(const QString &dir);
    // Opens the profile in dir, creating it (named after the folder) when the folder holds none.
    [[nodiscard]] static Result<ProfileInfo> openOrCreate(const QString &dir, const QString &name = {});

    // A folder name for a display name: ASCII, lower case, Turkish letters folded (Çağrı → cagri).
    [[nodiscard]] static QString slugFor(const QString &name);

private:
    QString m_root;
};

} // namespace sd
