// N11's REST order API (reference: platform-apis.md §4): shipment packages, line acceptance, package splits.
#pragma once

#include "../engine/platformemulator.h"
#include "../seed/seedgenerator.h"

#include <QJsonObject>
#include <QList>
#include <memory>

namespace sd::sandbox {

class N11Emulator : public PlatformEmulator
{
public:
    explicit N11Emulator(const Clock *clock);
    ~N11Emulator() override;

    static inline const QString AppKey = u"n11-demo-appkey-4b7e"_qs;
    static inline const QString AppSecret = u"n11DemoSecret83Qz"_qs;
    static constexpr qint64 WindowMs = 15LL * 24 * 3600 * 1000; // the stricter of the two documented windows

    [[nodiscard]] QString name() const override { return u"n11"_qs; }
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
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        QString orderNumber;
    };

    [[nodiscard]] static HttpResponse error(int status, const QString &message);
    [[nodiscard]] HttpResponse listPackages(const HttpRequest &request);
    [[nodiscard]] HttpResponse acceptLines(const QJsonObject &body);
    [[nodiscard]] HttpResponse splitByLines(const QJsonObject &body);
    [[nodiscard]] HttpResponse splitByQuantity(const QJsonObject &body);

    Package *packageOfLine(qint64 lineId);
    void setStatus(Package &package, const QString &status);
    // Replaces a Picking package by new ones built from (lineId → quantity) groups; returns the new ids.
    QList<qint64> splitInto(
        Package &package, const QList<QList<QPair<qint64, int>>> &groups, const QList<QString> &statuses);
    Package &addPackage(QJsonObject json);
    [[nodiscard]] QJsonObject packageFromSeed(const SeedOrder &order, const QString &status);
    static void refresh(Package &package);
    static void recomputeTotals(QJsonObject &json);

    std::unique_ptr<SeedGenerator> m_generator;
    QList<Package> m_packages;
    qint64 m_nextPackageId = 61000000001;
    qint64 m_nextLineId = 426000000001;
};

} // namespace sd::sandbox
