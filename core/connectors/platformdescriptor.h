// What the user must enter to connect a platform: its credential fields (labels translated at the call, which
// ones are secret), whether an account id is needed and what it is called there, and a short help text. The
// Settings dialog, the CLI and the demo workspace all read this instead of knowing each platform themselves.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sd::connectors {

struct CredentialField
{
    QString key; // the name the connector reads from ConnectionConfig::credentials; also names the keychain entry
    QString label; // translated
    bool secret = true; // shown as a password field; every credential goes to the keychain either way
    QString sandboxKey; // its member in sellerdesk-sandbox's ready line ("" = key)
};

struct PlatformDescriptor
{
    QString id; // "trendyol"
    QString displayName; // "Trendyol"
    QList<CredentialField> credentials; // in the order they are asked (and read from the CLI's stdin)
    bool needsAccount = true;
    QString accountLabel; // translated: "Seller ID"
    QString sandboxAccountKey; // the account's member in the sandbox's ready line ("" = none there)
    QString help; // translated: where the user finds these values
    QString productionHost; // shown as the placeholder of the base URL ("" = none: the user's own site)
    bool baseUrlRequired = false; // WooCommerce: the shop's own address (its host is the account)

    [[nodiscard]] QStringList credentialKeys() const
    {
        QStringList keys;
        for (const CredentialField &f : credentials)
            keys << f.key;
        return keys;
    }
};

// The descriptor of a known platform (translated with the current language), nullopt for an unknown one.
[[nodiscard]] std::optional<PlatformDescriptor> platformDescriptor(const QString &platform);

} // namespace sd::connectors
