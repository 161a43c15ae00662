// Platform-neutral sample shops: a catalogue, customers with Turkish addresses, and orders at every stage of
// their life. Each emulator turns these into its own platform's shapes.
#pragma once

#include "seedrandom.h"
#include "turkeydata.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd::sandbox {

struct SeedProduct
{
    QString title;
    QString brand;
    QString category;
    int categoryId = 0;
    QString barcode; // EAN-13 with a Turkish 869 prefix and a valid check digit
    QString sku; // the seller's stock code
    QString color;
    QString size;
    qint64 productCode = 0;
    qint64 priceKurus = 0; // VAT included, as Turkish marketplaces show prices
    int vatRate = 20;
};

struct SeedAddress
{
    QString firstName;
    QString lastName;
    QString phone; // ten digits without the leading 0: 5xxxxxxxxx
    QString city;
    int cityCode = 0;
    QString district;
    int districtId = 0;
    QString neighbourhood;
    int neighbourhoodId = 0;
    QString street; // "Lale Sok. No: 12 Daire: 4"
    QString postalCode;
    [[nodiscard]] QString fullName() const { return firstName + u' ' + lastName; }
    [[nodiscard]] QString fullAddress() const { return neighbourhood + u' ' + street + u' ' + district + u'/' + city; }
};

struct SeedCustomer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString emailLocalPart; // ascii, no domain
    SeedAddress address;
    bool corporate = false;
    QString companyName;
    QString taxNumber;
    QString taxOffice;
};

struct SeedLine
{
    SeedProduct product;
    int quantity = 1;
    qint64 unitDiscountKurus = 0; // seller discount per unit
};

// Where an order is in its life, before any platform's own naming.
enum class SeedStage {
    PaymentPending,
    New,
    Picking,
    Invoiced,
    Shipped,
    AtCollectionPoint,
    Delivered,
    Undelivered,
    Returned,
    Cancelled,
};
inline constexpr int SeedStageCount = 10;

struct SeedHistoryEntry
{
    SeedStage stage;
    qint64 atMs;
};

struct SeedOrder
{
    int sequence = 0; // 1, 2, 3… within one shop; emulators derive their order numbers from it
    qint64 createdMs = 0; // real UTC epoch ms
    SeedStage stage = SeedStage::New;
    QList<SeedHistoryEntry> history; // from creation to the current stage, times increasing
    SeedCustomer customer;
    SeedAddress shippingAddress;
    SeedAddress invoiceAddress;
    QList<SeedLine> lines;
    turkey::CargoCompany cargo;
    QString carrierTrackingNumber; // the carrier's own number (12 digits)
    quint64 token = 0; // per-order randomness for platform-specific ids and barcodes

    [[nodiscard]] qint64 lastChangeMs() const { return history.isEmpty() ? createdMs : history.last().atMs; }
    [[nodiscard]] qint64 totalKurus() const;
    [[nodiscard]] qint64 discountKurus() const;
};

class SeedGenerator
{
public:
    // The salt separates the shops of different platforms made from one seed.
    SeedGenerator(quint64 seed, QStringView salt, int catalogueSize = 24);

    [[nodiscard]] const QList<SeedProduct> &catalogue() const { return m_catalogue; }

    // An order created before referenceMs at the given stage (or a stage drawn to look like a real shop's mix).
    [[nodiscard]] SeedOrder makeOrder(qint64 referenceMs, std::optional<SeedStage> stage = std::nullopt);
    // A brand-new order placed at nowMs.
    [[nodiscard]] SeedOrder makeNewOrder(qint64 nowMs);

    SeedRandom &random() { return m_random; }
    void setNextSequence(int sequence) { m_nextSequence = sequence; }
    [[nodiscard]] int nextSequence() const { return m_nextSequence; }

    [[nodiscard]] static QString ean13(const QString &twelveDigits);
    [[nodiscard]] static QString asciiFold(const QString &text);

private:
    [[nodiscard]] SeedProduct makeProduct(int index);
    [[nodiscard]] SeedCustomer makeCustomer();
    [[nodiscard]] SeedAddress makeAddress(const QString &first, const QString &last);
    [[nodiscard]] SeedOrder makeOrderAt(qint64 createdMs, SeedStage stage, qint64 referenceMs);

    SeedRandom m_random;
    QList<SeedProduct> m_catalogue;
    QList<SeedCustomer> m_customers;
    int m_nextSequence = 1;
};

} // namespace sd::sandbox
