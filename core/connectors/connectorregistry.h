// Which platforms have an order connector, and how to make one for a connection.
#pragma once

#include "connectionconfig.h"

#include <QMap>
#include <QStringList>
#include <functional>

class QObject;

namespace sd::net {
class NetworkContext;
}

namespace sd::connectors {

class OrderConnector;

class ConnectorRegistry
{
public:
    using Factory = std::function<OrderConnector *(net::NetworkContext *, const ConnectionConfig &, QObject *)>;

    // A registry with every built-in connector.
    [[nodiscard]] static ConnectorRegistry builtIn();

    void add(const QString &platform, Factory factory);
    [[nodiscard]] bool contains(const QString &platform) const { return m_factories.contains(platform); }
    [[nodiscard]] QStringList platforms() const { return m_factories.keys(); }
    // nullptr for an unknown platform. Owned by parent.
    [[nodiscard]] OrderConnector *create(const QString &platform, net::NetworkContext *context,
        const ConnectionConfig &config, QObject *parent = nullptr) const;

private:
    QMap<QString, Factory> m_factories;
};

} // namespace sd::connectors
