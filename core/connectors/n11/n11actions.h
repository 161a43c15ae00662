// N11 package actions with N11's rules checked first: accepting lines (→ Picking, from Created; N11 answers
// 200 with a per-line SUCCESS/FAIL list, which the job turns into a Platform failure when any line failed),
// and in Picking, splitting by lines and cancelling lines (through the split by quantity). Jobs are returned unstarted; the outbox (core/outbox) sends them.
#pragma once

#include "common/result.h"
#include "domain/order.h"

#include <QList>
#include <QStringList>

namespace sd::net {
class HttpJob;
}

namespace sd::connectors::n11 {

class N11Client;

class N11Actions
{
public:
    explicit N11Actions(N11Client &client)
        : m_client(client)
    { }

    // Accepts every line of the package (N11 moves the package to Picking).
    [[nodiscard]] Result<net::HttpJob *> acceptPackage(const domain::Order &package) const;

    struct LineQuantity
    {
        QString lineId; // OrderLine::platformLineId
        int quantity = 0;
    };
    // N11's cancel reasons for a seller-side cancel (61–65).
    static constexpr int kFirstCancelReason = 61;
    static constexpr int kLastCancelReason = 65;

    // Picking only: the package becomes one package per group; every line in exactly one group, two groups
    // at least (POST /rest/delivery/v1/splitCombinePackage).
    [[nodiscard]] Result<net::HttpJob *> splitByLines(
        const domain::Order &package, const QList<QStringList> &groups) const;
    // Picking only: cancels the given quantities with a reason; what is left stays in one package
    // (POST /rest/delivery/v1/splitPackageByQuantity — N11 refuses a cancel without a remaining package, so
    // cancelling everything is refused here).
    [[nodiscard]] Result<net::HttpJob *> cancelLines(
        const domain::Order &package, const QList<LineQuantity> &lines, int reasonId) const;

private:
    N11Client &m_client;
};

} // namespace sd::connectors::n11
