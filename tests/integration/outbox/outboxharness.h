// What the outbox tests share: the sandbox's demo accounts as connection configs (short retry waits) and a runner
// policy with short backoff, so each test names only what it does differently.
#pragma once

#include "connectors/connectionconfig.h"
#include "outbox/outboxrunner.h"
#include "syncharness.h"

namespace sd::outbox::test {

inline const QString kHbConnection = QStringLiteral("66666666-6666-4666-8666-666666666666");
inline const QString kN11Connection = QStringLiteral("44444444-4444-4444-8444-444444444444");
inline const QString kWooConnection = QStringLiteral("55555555-5555-4555-8555-555555555555");

inline connectors::ConnectionConfig demoConfig(const QString &connectionId, const QString &baseUrl)
{
    connectors::ConnectionConfig c;
    c.connectionId = connectionId;
    c.baseUrl = QUrl(baseUrl);
    c.retryBaseDelay = std::chrono::milliseconds(20);
    return c;
}

inline connectors::ConnectionConfig trendyolConfig(const QString &baseUrl)
{
    auto c = demoConfig(connectors::test::kConnection, baseUrl);
    c.accountId = QStringLiteral("200300");
    c.credentials.insert(QStringLiteral("apiKey"), QStringLiteral("tyDemoApiKey7Qx2"));
    c.credentials.insert(QStringLiteral("apiSecret"), QStringLiteral("tyDemoApiSecret9Lm4"));
    c.rateLimitFloor = std::chrono::milliseconds(200);
    return c;
}

inline connectors::ConnectionConfig hbConfig(const QString &baseUrl)
{
    auto c = demoConfig(kHbConnection, baseUrl);
    c.accountId = QStringLiteral("7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13");
    c.credentials.insert(QStringLiteral("serviceKey"), QStringLiteral("hbDemoKey12A"));
    c.credentials.insert(QStringLiteral("integratorName"), QStringLiteral("sellerdesk_dev"));
    return c;
}

inline connectors::ConnectionConfig n11Config(const QString &baseUrl)
{
    auto c = demoConfig(kN11Connection, baseUrl);
    c.credentials.insert(QStringLiteral("appKey"), QStringLiteral("n11-demo-appkey-4b7e"));
    c.credentials.insert(QStringLiteral("appSecret"), QStringLiteral("n11DemoSecret83Qz"));
    return c;
}

inline connectors::ConnectionConfig wooConfig(const QString &baseUrl)
{
    auto c = demoConfig(kWooConnection, baseUrl);
    c.credentials.insert(QStringLiteral("consumerKey"), QStringLiteral("ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"));
    c.credentials.insert(QStringLiteral("consumerSecret"), QStringLiteral("cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"));
    return c;
}

inline RunnerPolicy fastPolicy()
{
    RunnerPolicy p;
    p.maxAttempts = 4;
    p.baseDelay = std::chrono::milliseconds(20);
    p.maxDelay = std::chrono::milliseconds(200);
    return p;
}

} // namespace sd::outbox::test
