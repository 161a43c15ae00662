#include "connectorregistry.h"

#include "hepsiburada/hepsiburadaclient.h"
#include "n11/n11client.h"
#include "orderconnector.h"
#include "trendyol/trendyolclient.h"
#include "woocommerce/woocommerceclient.h"

namespace sd::connectors {

ConnectorRegistry ConnectorRegistry::builtIn()
{
    ConnectorRegistry registry;
    registry.add(QStringLiteral("trendyol"),
        [](net::NetworkContext *context, const ConnectionConfig &config, QObject *parent) -> OrderConnector * {
            return new trendyol::TrendyolClient(context, config, parent);
        });
    registry.add(QStringLiteral("hepsiburada"),
        [](net::NetworkContext *context, const ConnectionConfig &config, QObject *parent) -> OrderConnector * {
            return new hepsiburada::HepsiburadaClient(context, config, parent);
        });
    registry.add(QStringLiteral("n11"),
        [](net::NetworkContext *context, const ConnectionConfig &config, QObject *parent) -> OrderConnector * {
            return new n11::N11Client(context, config, parent);
        });
    registry.add(QStringLiteral("woocommerce"),
        [](net::NetworkContext *context, const ConnectionConfig &config, QObject *parent) -> OrderConnector * {
            return new woocommerce::WooCommerceClient(context, config, parent);
        });
    return registry;
}

void ConnectorRegistry::add(const QString &platform, Factory factory)
{
    m_factories.insert(platform, std::move(factory));
}

OrderConnector *ConnectorRegistry::create(
    const QString &platform, net::NetworkContext *context, const ConnectionConfig &config, QObject *parent) const
{
    const auto it = m_factories.constFind(platform);
    return it == m_factories.constEnd() ? nullptr : (*it)(context, config, parent);
}

} // namespace sd::connectors
