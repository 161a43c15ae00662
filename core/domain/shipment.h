// The parcel of an order: carrier, tracking, and when it left and arrived.
#pragma once

#include <QString>

namespace sd::domain {

struct Shipment
{
    enum class State { Pending, InTransit, Delivered, Returned, Failed };

    QString externalId;
    QString carrier;
    QString trackingNumber;
    QString trackingUrl;
    State state = State::Pending;
    qint64 shippedAtMs = 0; // 0: unknown
    qint64 deliveredAtMs = 0;

    friend bool operator==(const Shipment &, const Shipment &) = default;
};

} // namespace sd::domain
