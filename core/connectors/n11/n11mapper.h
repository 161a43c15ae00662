// N11 shipment packages (REST `shipmentPackages` content, §4.4 of the platform sheet) → unified orders.
#pragma once

#include "connectors/mappingerror.h"
#include "connectors/orderconnector.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QList>
#include <utility>
#include <variant>

namespace sd::connectors::n11 {

class N11Mapper
{
public:
    // `shipmentPackageStatus` → unified status (case-insensitive: both UnPacked and Unpacked occur).
    [[nodiscard]] static domain::UnifiedStatus unifiedStatus(const QString &platformStatus);
    [[nodiscard]] static const QList<std::pair<QString, domain::UnifiedStatus>> &statusTable();

    [[nodiscard]] static std::variant<domain::Order, MappingError> mapPackage(const QJsonObject &package);
    [[nodiscard]] static OrderPage mapPage(const QJsonObject &body, int index = 0);
};

} // namespace sd::connectors::n11
