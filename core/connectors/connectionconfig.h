// What a connector needs to talk to one account: where (base URL) and as whom. Filled by whoever wires the
// connection (credentials come from the keychain); connectors keep it in memory only and never log it.
#pragma once

#include <QHash>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace sd::connectors {

struct ConnectionConfig
{
    QString connectionId;
    QUrl baseUrl; // empty: the platform's production host
    QString accountId; // Trendyol sellerId, Hepsiburada merchantId, …
    QHash<QString, QString> credentials; // per platform, e.g. "apiKey", "apiSecret"
    QString integratorName = QStringLiteral("SellerDesk");
    // Tests shorten waits; production keeps the platform's own.
    std::optional<std::chrono::milliseconds> retryBaseDelay;
    std::optional<std::chrono::milliseconds> rateLimitFloor;
    int pageSize = 0; // 0: the platform's maximum
};

} // namespace sd::connectors
