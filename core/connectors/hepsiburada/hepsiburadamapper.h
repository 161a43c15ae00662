// Hepsiburada OMS records → unified orders. Hepsiburada has no documented status strings: the state of a
// record is the list it came from (§3.4/§3.7 of the platform sheet), so the caller says which list it read.
// The client stores one order per Hepsiburada order number (mapOrder: the full Order object, each line's state
// taken from the list its line or package was seen in), so a line that moves from the open list into a package
// stays the same line of the same order. mapOpenLines/mapPackage read single list pages ("open:<orderNumber>",
// "package:<packageNumber>") for tools and tests that look at one list only.
#pragma once

#include "connectors/mappingerror.h"
#include "connectors/orderconnector.h"
#include "domain/order.h"

#include <QHash>
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

// What the lists said about one package: which list it was in, its list object (packed list) or tracking info,
// and when it last changed (UTC ms, 0 when unknown).
struct PackageState
{
    HepsiburadaList list = HepsiburadaList::Packed;
    QJsonObject json;
    qint64 changedMs = 0;
};

// Where each line was seen (lines named in no list are resolved through their package number).
struct LineStates
{
    QHash<QString, HepsiburadaList> lines; // lineItemId → Open, PaymentAwaiting or Cancelled
    QHash<QString, qint64> lineChangedMs; // lineItemId → cancel date etc.
    QHash<QString, PackageState> packages; // packageNumber → state
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
    // A line's list: named lines first, then its package's list (a package seen in no list is still packed),
    // then Open for a line without a package.
    [[nodiscard]] static HepsiburadaList lineState(const QJsonObject &line, const LineStates &states);
    // Progress order used for the order's own status: the least advanced line that is not cancelled.
    [[nodiscard]] static int progressRank(HepsiburadaList list);
    // GET /orders/…/ordernumber/{n} → one unified order, external id = the order number, lines = lineItemId,
    // status = the least advanced line (Cancelled only when every line is), shipment = that line's package.
    [[nodiscard]] static std::variant<domain::Order, MappingError> mapOrder(
        const QJsonObject &order, const LineStates &states);
    // One element of the /packages array.
    [[nodiscard]] static std::variant<domain::Order, MappingError> mapPackage(
        const QJsonObject &package, HepsiburadaList list = HepsiburadaList::Packed);
};

} // namespace sd::connectors::hepsiburada
