// A WooCommerce shop's REST API wc/v3 for orders and order notes (reference: platform-apis.md §5), plus the
// Shipment Tracking extension's endpoints that sellers use for cargo numbers.
#pragma once

#include "../engine/platformemulator.h"
#include "../seed/seedgenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <memory>

namespace sd::sandbox {

class WooCommerceEmulator : public PlatformEmulator
{
public:
    explicit WooCommerceEmulator(const Clock *clock);
    ~WooCommerceEmulator() override;

    static inline const QString ConsumerKey = u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs;
    static inline const QString ConsumerSecret = u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs;
    static inline const QString ReadOnlyKey = u"ck_readonly0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8"_qs;
    static inline const QString ReadOnlySecret = u"cs_readonly4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9"_qs;

    [[nodiscard]] QString name() const override { return u"woocommerce"_qs; }
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
    [[nodiscard]] HttpResponse handleApi(const HttpRequest &request);
    struct Order
    {
        QJsonObject json;
        int id = 0;
        QString status;
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        QList<QJsonObject> notes;
    };

    [[nodiscard]] static HttpResponse error(
        int status, const QString &code, const QString &message, const QJsonObject &extraData = {});
    [[nodiscard]] static HttpResponse invalidParam(const QString &param, const QString &why);
    [[nodiscard]] HttpResponse listOrders(const HttpRequest &request);
    [[nodiscard]] HttpResponse updateOrder(Order &order, const QJsonObject &body);
    [[nodiscard]] HttpResponse batch(const QJsonObject &body);
    [[nodiscard]] HttpResponse notes(const HttpRequest &request, Order &order, const QString &noteId);
    [[nodiscard]] HttpResponse trackings(const HttpRequest &request, Order &order);
    // Validates an update without applying it; empty string when acceptable.
    [[nodiscard]] std::optional<HttpResponse> validateUpdate(const QJsonObject &body) const;
    void applyUpdate(Order &order, const QJsonObject &body);

    Order *findOrder(const QString &id);
    void setStatus(Order &order, const QString &status);
    QJsonObject &addNote(Order &order, const QString &text, bool customerNote, const QString &author);
    void addSeedOrder(const SeedOrder &order);
    void touchOrder(Order &order);
    static void refresh(Order &order);
    [[nodiscard]] static QString local(qint64 utcMs);
    [[nodiscard]] static QString gmt(qint64 utcMs);

    std::unique_ptr<SeedGenerator> m_generator;
    QList<Order> m_orders;
    int m_nextOrderId = 1201;
    int m_nextItemId = 501;
    int m_nextNoteId = 9001;
    int m_unpaidCount = 0;
};

} // namespace sd::sandbox
