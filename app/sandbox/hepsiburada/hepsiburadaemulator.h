// Hepsiburada's OMS order API (reference: platform-apis.md §3): line items that the seller packs into packages.
#pragma once

#include "../engine/platformemulator.h"
#include "../seed/seedgenerator.h"

#include <QJsonObject>
#include <QList>
#include <memory>

namespace sd::sandbox {

class HepsiburadaEmulator : public PlatformEmulator
{
public:
    explicit HepsiburadaEmulator(const Clock *clock);
    ~HepsiburadaEmulator() override;

    static inline const QString MerchantId = u"7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13"_qs;
    static inline const QString ServiceKey = u"hbDemoKey12A"_qs; // 12 alphanumerics like a real Servis Anahtarı
    static inline const QString UserAgent = u"sellerdesk_dev"_qs;

    [[nodiscard]] QString name() const override { return u"hepsiburada"_qs; }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] HttpResponse errorResponse(int status) const override;
    [[nodiscard]] HttpResponse rateLimitedResponse(int retryAfterSeconds) const override;
    void reseed(quint64 seed, qint64 referenceMs, int orderCount) override;
    int addNewOrders(int count) override;
    bool carrierStep() override;
    [[nodiscard]] QJsonObject state() const override;
    [[nodiscard]] bool loadState(const QJsonObject &state) override;
    [[nodiscard]] QJsonObject credentials() const override;

    // Where a line item or a package is; the platform's own status strings are undocumented, so the sandbox
    // writes these words into the objects' "status" fields.
    static inline const QString LinePaymentAwaiting = u"PaymentAwaiting"_qs;
    static inline const QString LineOpen = u"Open"_qs;
    static inline const QString LinePacked = u"Packaged"_qs;
    static inline const QString LineCancelled = u"Cancelled"_qs;
    static inline const QString PackagePacked = u"Packaged"_qs;
    static inline const QString PackageInTransit = u"InTransit"_qs;
    static inline const QString PackageDelivered = u"Delivered"_qs;
    static inline const QString PackageUndelivered = u"Undelivered"_qs;
    static inline const QString PackageUnpacked = u"Unpacked"_qs;

private:
    struct Order
    {
        QJsonObject json; // Order object without items (items are the lines below)
        QString orderNumber;
    };
    struct Line
    {
        QJsonObject json;
        QString id;
        QString orderNumber;
        QString status;
        qint64 orderMs = 0; // real UTC
        qint64 cancelMs = 0;
        QString cancelledBy;
        int cancelReason = 0;
    };
    struct Package
    {
        QJsonObject json;
        QString number;
        QString status;
        qint64 packedMs = 0;
        qint64 statusMs = 0;
        QString undeliveredReason;
    };

    [[nodiscard]] HttpResponse listOpenLines(const HttpRequest &request);
    [[nodiscard]] HttpResponse getOrder(const QString &orderNumber);
    [[nodiscard]] HttpResponse listPaymentAwaiting(const HttpRequest &request);
    [[nodiscard]] HttpResponse listCancelled(const HttpRequest &request);
    [[nodiscard]] HttpResponse packageableWith(const QString &lineId);
    [[nodiscard]] HttpResponse createPackage(const HttpRequest &request);
    [[nodiscard]] HttpResponse listPackages(const HttpRequest &request);
    [[nodiscard]] HttpResponse listFinished(const HttpRequest &request, const QString &status);
    [[nodiscard]] HttpResponse listUnpacked(const HttpRequest &request);
    [[nodiscard]] HttpResponse listMissingInvoice(const HttpRequest &request);
    [[nodiscard]] HttpResponse packageAction(const HttpRequest &request, Package &package, const QString &action);
    [[nodiscard]] HttpResponse cancelLine(const HttpRequest &request, const QString &lineId);

    [[nodiscard]] std::optional<HttpResponse> readPaging(const HttpRequest &request, int maxLimit, bool limitRequired,
        const QString &offsetKey, int *offset, int *limit) const;
    // Parses begindate/enddate; nullopt = 400 WrongDateFormat, *silentlyEmpty for ISO-8601 values.
    [[nodiscard]] bool readWindow(const HttpRequest &request, qint64 *from, qint64 *to, bool *silentlyEmpty) const;
    [[nodiscard]] static HttpResponse page(const QJsonArray &items, int total, int offset, int limit);

    Line *findLine(const QString &id);
    Package *findPackage(const QString &number);
    void setLineStatus(Line &line, const QString &status);
    void setPackageStatus(Package &package, const QString &status);
    [[nodiscard]] QJsonObject orderWithItems(const Order &order) const;
    void addSeedOrder(const SeedOrder &order);
    [[nodiscard]] QString packLines(
        const QList<Line *> &lines, const QString &cargoShortName, double deci, int parcels);
    [[nodiscard]] QString newGuid();
    [[nodiscard]] static QString localTime(qint64 utcMs);
    static void refreshLine(Line &line);
    static void refreshPackage(Package &package);

    std::unique_ptr<SeedGenerator> m_generator;
    QList<Order> m_orders;
    QList<Line> m_lines;
    QList<Package> m_packages;
    qint64 m_nextPackageNumber = 5100000001;
};

} // namespace sd::sandbox
