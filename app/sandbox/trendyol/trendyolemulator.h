// Trendyol's seller integration API for orders (reference: platform-apis.md §2), as far as SellerDesk uses it.
#pragma once

#include "../engine/platformemulator.h"
#include "../seed/seedgenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <memory>

namespace sd::sandbox {

class TrendyolEmulator : public PlatformEmulator
{
public:
    explicit TrendyolEmulator(const Clock *clock);
    ~TrendyolEmulator() override;

    static constexpr qint64 SellerId = 200300;
    static inline const QString ApiKey = u"tyDemoApiKey7Qx2"_qs;
    static inline const QString ApiSecret = u"tyDemoApiSecret9Lm4"_qs;
    static inline const QString UserAgent = u"200300 - SellerDesk"_qs;

    [[nodiscard]] QString name() const override { return u"trendyol"_qs; }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] HttpResponse errorResponse(int status) const override;
    [[nodiscard]] HttpResponse rateLimitedResponse(int retryAfterSeconds) const override;
    void reseed(quint64 seed, qint64 referenceMs, int orderCount) override;
    int addNewOrders(int count) override;
    bool carrierStep() override;
    [[nodiscard]] QJsonObject state() const override;
    [[nodiscard]] bool loadState(const QJsonObject &state) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    struct Package
    {
        QJsonObject json;
        qint64 id = 0;
        QString status;
        qint64 createdMs = 0; // real UTC (orderDate minus the GMT+3 shift)
        qint64 modifiedMs = 0;
        QString orderNumber;
        qint64 lastCarrierChangeMs = 0;
    };

    [[nodiscard]] HttpResponse error(int status, const QString &key, const QString &message,
        const QString &exception = u"ClientApiBusinessException"_qs) const;
    [[nodiscard]] std::optional<HttpResponse> checkAuth(const HttpRequest &request, const QString &sellerId);

    [[nodiscard]] HttpResponse listPackages(const HttpRequest &request);
    [[nodiscard]] HttpResponse updateStatus(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse updateTrackingNumber(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse updateTrackingDetails(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse unsupplied(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse boxInfo(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse changeCargoProvider(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse testStatus(Package &package, const QJsonObject &body);
    [[nodiscard]] HttpResponse sendInvoiceLink(const QJsonObject &body);
    [[nodiscard]] HttpResponse deleteInvoiceLink(const QJsonObject &body);

    Package *findPackage(const QString &id);
    void setStatus(Package &package, const QString &status);
    // Validates a lines[] request against the package; fills lineId → quantity.
    [[nodiscard]] std::optional<HttpResponse> readLines(
        const Package &package, const QJsonObject &body, QHash<qint64, int> *quantities) const;
    Package &addPackage(QJsonObject json);
    [[nodiscard]] QJsonObject packageFromSeed(const SeedOrder &order, const QString &status);
    [[nodiscard]] static QJsonObject address(
        const SeedAddress &a, qint64 id, const SeedCustomer &customer, bool invoice, bool strayCitySpaces);
    [[nodiscard]] qint64 newCargoBarcode(int prefix);
    static void refresh(Package &package);

    std::unique_ptr<SeedGenerator> m_generator;
    QList<Package> m_packages;
    QSet<QString> m_usedInvoiceLinks;
    qint64 m_nextPackageId = 3000000001;
    qint64 m_nextLineId = 900000001;
    qint64 m_nextAddressId = 70000001;
};

} // namespace sd::sandbox
