// Hepsiburada OMS records → unified orders. Hepsiburada has no documented status strings: the state of a
// record is the list it came from (§3.4/§3.7 of the platform sheet), so the caller says which list it read.
// Open (paid, unpacked) lines are grouped per order number into one order "open:<orderNumber>"; a package
// becomes the order "package:<packageNumber>".
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

namespace sd::connectors::hepsiburada {

enum class HepsiburadaList {
    Open, // GET /orders: paid lines to be packed
    PaymentAwaiting, // GET /orders/…/paymentawaiting
    Packed, // GET /packages: packed, ready to ship
    Shipped, // GET /packages/…/shipped
    Delivered, // GET /packages/…/delivered
    Undelivered, // GET /packages/…/undelivered
    Cancelled, // GET /orders/…/cancelled
    Unpacked, // GET /packages/…/status/unpacked
};

class HepsiburadaMapper
{
public:
    // Hepsiburada dates carry no zone and are Turkey time.
    static constexpr qint64 kTurkeyOffsetMs = 3LL * 3600 * 1000;

    [[nodiscard]] static domain::UnifiedStatus unifiedStatus(HepsiburadaList list);
    [[nodiscard]] static const QList<std::pair<HepsiburadaList, domain::UnifiedStatus>> &statusTable();
    [[nodiscard]] static QString listName(HepsiburadaList list);

    // "2026-11-23T12:00:00.593", "2026-11-23 12:00" (Turkey time) → UTC ms.
    [[nodiscard]] static std::optional<qint64> parseTurkeyTime(const QString &text);

    // The items of one /orders page: one order per order number.
    [[nodiscard]] static OrderPage mapOpenLines(const QJsonArray &items, int index = 0);
    // One element of the /packages array.
    [[nodiscard]] static std::variant<domain::Order, MappingError> mapPackage(
        const QJsonObject &package, HepsiburadaList list = HepsiburadaList::Packed);
};

} // namespace sd::connectors::hepsiburada
