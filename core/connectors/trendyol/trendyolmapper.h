// Trendyol shipment packages (the objects of `content[]`, §2.5 of the platform sheet) → unified orders.
#pragma once

#include "connectors/mappingerror.h"
#include "connectors/orderconnector.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>
#include <variant>

namespace sd::connectors::trendyol {

class TrendyolMapper
{
public:
    // Trendyol's `orderDate` (and the other order-side dates) are Turkey wall-clock time encoded as if
    // UTC; packageHistories and lastModifiedDate are real UTC.
    static constexpr qint64 kTurkeyShiftMs = 3LL * 3600 * 1000;

    // The package status (`status`, or `shipmentPackageStatus` when `status` is missing) → unified status.
    [[nodiscard]] static domain::UnifiedStatus unifiedStatus(const QString &platformStatus);
    // The whole table, for tests and documentation.
    [[nodiscard]] static const QList<std::pair<QString, domain::UnifiedStatus>> &statusTable();

    // One package. Missing optional fields are left empty; wrong types give a MappingError.
    [[nodiscard]] static std::variant<domain::Order, MappingError> mapPackage(const QJsonObject &package);
    // A list response body (`{"content":[…], …}`): the packages that mapped, and an error per one that did not.
    // A body that is not such an envelope is reported as one error with an empty id.
    [[nodiscard]] static OrderPage mapPage(const QJsonObject &body, int index = 0);
};

} // namespace sd::connectors::trendyol
