// WooCommerce wc/v3 orders (§5.5 of the platform sheet) → unified orders.
#pragma once

#include "connectors/mappingerror.h"
#include "connectors/orderconnector.h"
#include "domain/order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>
#include <utility>
#include <variant>

namespace sd::connectors::woocommerce {

class WooCommerceMapper
{
public:
    // The store's site time when an order lacks its *_gmt twin (Turkish shops: UTC+3).
    static constexpr qint64 kSiteOffsetMs = 3LL * 3600 * 1000;

    [[nodiscard]] static domain::UnifiedStatus unifiedStatus(const QString &platformStatus);
    [[nodiscard]] static const QList<std::pair<QString, domain::UnifiedStatus>> &statusTable();

    // "2026-11-23T09:00:00" (no offset) read as UTC; an explicit offset or Z is honoured.
    [[nodiscard]] static std::optional<qint64> parseGmt(const QString &text);

    [[nodiscard]] static std::variant<domain::Order, MappingError> mapOrder(const QJsonObject &order);
    // The list body is a bare array of orders.
    [[nodiscard]] static OrderPage mapPage(const QJsonArray &body, int index = 0);
};

} // namespace sd::connectors::woocommerce
