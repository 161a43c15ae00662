// N11 package actions with N11's rules checked first. Only accepting lines (→ Picking, from Created) exists
// in REST; N11 answers 200 with a per-line SUCCESS/FAIL list, which the job turns into a Platform failure
// when any line failed. Jobs are returned unstarted; the outbox is not wired here yet.
#pragma once

#include "common/result.h"
#include "domain/order.h"

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

private:
    N11Client &m_client;
};

} // namespace sd::connectors::n11
