#include "platformdescriptor.h"

#include <QCoreApplication>

namespace sd::connectors {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::connectors::PlatformDescriptor", text);
}

} // namespace

std::optional<PlatformDescriptor> platformDescriptor(const QString &platform)
{
    PlatformDescriptor d;
    d.id = platform;
    if (platform == QLatin1String("trendyol")) {
        d.displayName = QStringLiteral("Trendyol");
        d.credentials = { { QStringLiteral("apiKey"), tr("API key"), true, {} },
            { QStringLiteral("apiSecret"), tr("API secret"), true, {} } };
        d.accountLabel = tr("Seller ID");
        d.sandboxAccountKey = QStringLiteral("sellerId");
        d.help = tr("Trendyol seller panel → Account → Integration information: seller ID, API key and API secret.");
        d.productionHost = QStringLiteral("https://apigw.trendyol.com");
        return d;
    }
    if (platform == QLatin1String("hepsiburada")) {
        d.displayName = QStringLiteral("Hepsiburada");
        d.credentials = { { QStringLiteral("serviceKey"), tr("Service key"), true, {} },
            { QStringLiteral("integratorName"), tr("Integrator user name"), false, QStringLiteral("userAgent") } };
        d.accountLabel = tr("Merchant ID");
        d.sandboxAccountKey = QStringLiteral("merchantId");
        d.help = tr("Hepsiburada merchant panel → Integration: merchant ID, service key and the integrator user "
                    "name your key was issued to.");
        d.productionHost = QStringLiteral("https://oms-external.hepsiburada.com");
        return d;
    }
    if (platform == QLatin1String("n11")) {
        d.displayName = QStringLiteral("N11");
        d.credentials = { { QStringLiteral("appKey"), tr("App key"), true, {} },
            { QStringLiteral("appSecret"), tr("App secret"), true, {} } };
        d.accountLabel = tr("Shop name");
        d.help = tr("N11 seller panel → Account → API account: app key and app secret; the shop name is how the "
                    "connection is told apart.");
        d.productionHost = QStringLiteral("https://api.n11.com");
        return d;
    }
    if (platform == QLatin1String("woocommerce")) {
        d.displayName = QStringLiteral("WooCommerce");
        d.credentials = { { QStringLiteral("consumerKey"), tr("Consumer key"), true, {} },
            { QStringLiteral("consumerSecret"), tr("Consumer secret"), true, {} } };
        d.needsAccount = false;
        d.baseUrlRequired = true;
        d.help = tr("WordPress admin → WooCommerce → Settings → Advanced → REST API: add a key with Read/Write "
                    "permission. The address is your shop's (https://…).");
        return d;
    }
    return std::nullopt;
}

} // namespace sd::connectors
