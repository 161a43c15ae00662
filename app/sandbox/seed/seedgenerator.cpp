#include "seedgenerator.h"

namespace sd::sandbox {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// How long ago an order at this stage was typically placed: [min, max] age.
QPair<qint64, qint64> ageRange(SeedStage stage)
{
    switch (stage) {
    case SeedStage::PaymentPending:
        return { 5 * Minute, 3 * Hour };
    case SeedStage::New:
        return { 10 * Minute, 20 * Hour };
    case SeedStage::Picking:
        return { 2 * Hour, 30 * Hour };
    case SeedStage::Invoiced:
        return { 6 * Hour, 40 * Hour };
    case SeedStage::Shipped:
        return { Day, 4 * Day };
    case SeedStage::AtCollectionPoint:
        return { 2 * Day, 5 * Day };
    case SeedStage::Delivered:
        return { 3 * Day, 12 * Day };
    case SeedStage::Undelivered:
        return { 4 * Day, 10 * Day };
    case SeedStage::Returned:
        return { 6 * Day, 13 * Day };
    case SeedStage::Cancelled:
        return { Hour, 10 * Day };
    }
    return { Hour, Day };
}

// The path an order takes to reach a stage.
QList<SeedStage> pathTo(SeedStage stage)
{
    using S = SeedStage;
    switch (stage) {
    case S::PaymentPending:
        return { S::PaymentPending };
    case S::New:
        return { S::New };
    case S::Picking:
        return { S::New, S::Picking };
    case S::Invoiced:
        return { S::New, S::Picking, S::Invoiced };
    case S::Shipped:
        return { S::New, S::Picking, S::Invoiced, S::Shipped };
    case S::AtCollectionPoint:
        return { S::New, S::Picking, S::Invoiced, S::Shipped, S::AtCollectionPoint };
    case S::Delivered:
        return { S::New, S::Picking, S::Invoiced, S::Shipped, S::Delivered };
    case S::Undelivered:
        return { S::New, S::Picking, S::Invoiced, S::Shipped, S::Undelivered };
    case S::Returned:
        return { S::New, S::Picking, S::Invoiced, S::Shipped, S::Delivered, S::Returned };
    case S::Cancelled:
        return { S::New, S::Cancelled };
    }
    return { S::New };
}

} // namespace

qint64 SeedOrder::totalKurus() const
{
    qint64 total = 0;
    for (const SeedLine &line : lines)
        total += (line.product.priceKurus - line.unitDiscountKurus) * line.quantity;
    return total;
}

qint64 SeedOrder::discountKurus() const
{
    qint64 total = 0;
    for (const SeedLine &line : lines)
        total += line.unitDiscountKurus * line.quantity;
    return total;
}

SeedGenerator::SeedGenerator(quint64 seed, QStringView salt, int catalogueSize)
    : m_random(SeedRandom::mix(seed, salt))
{
    for (int i = 0; i < catalogueSize; ++i)
        m_catalogue.append(makeProduct(i));
    for (int i = 0; i < 40; ++i)
        m_customers.append(makeCustomer());
}

QString SeedGenerator::ean13(const QString &twelveDigits)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelveDigits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return twelveDigits + QChar(u'0' + (10 - sum % 10) % 10);
}

QString SeedGenerator::asciiFold(const QString &text)
{
    static const QString from = u"çğıöşüÇĞİÖŞÜ"_qs;
    static const QString to = u"cgiosuCGIOSU"_qs;
    QString out;
    for (QChar c : text) {
        const qsizetype i = from.indexOf(c);
        const QChar mapped = i >= 0 ? to.at(i) : c;
        if (mapped.isLetterOrNumber())
            out += mapped.toLower();
    }
    return out;
}

SeedProduct SeedGenerator::makeProduct(int index)
{
    const auto &families = turkey::productFamilies();
    const turkey::ProductFamily &family = families.at(index % families.size());
    SeedProduct p;
    p.brand = m_random.pick(turkey::brands());
    p.title = m_random.pick(family.titles).arg(p.brand);
    p.category = family.category;
    p.categoryId = family.categoryId;
    p.color = family.colors.isEmpty() ? QString() : m_random.pick(family.colors);
    p.size = family.sizes.isEmpty() ? QString() : m_random.pick(family.sizes);
    p.barcode = ean13(u"869"_qs + m_random.digits(9));
    p.sku = asciiFold(p.brand).left(3).toUpper() + u'-' + QString::number(1000 + index * 7 + m_random.bounded(7));
    if (!p.color.isEmpty())
        p.sku += u'-' + asciiFold(p.color).left(3).toUpper();
    if (!p.size.isEmpty())
        p.sku += u'-' + p.size;
    p.productCode = m_random.between(100000000, 999999999);
    const qint64 lira = m_random.between(family.minPriceTry, family.maxPriceTry);
    p.priceKurus = lira * 100 + (m_random.chance(60) ? 90 : 99);
    p.vatRate = family.vatRate;
    return p;
}

SeedAddress SeedGenerator::makeAddress(const QString &first, const QString &last)
{
    const auto &all = turkey::provinces();
    // Big cities get most orders, as in real shops.
    static const QList<int> busy = { 34, 34, 34, 6, 6, 35, 35, 16, 7, 1, 42, 41, 27 };
    const int plate
        = m_random.chance(55) ? busy.at(m_random.bounded(static_cast<int>(busy.size()))) : 1 + m_random.bounded(81);
    const turkey::Province &province = all.at(plate - 1);
    SeedAddress a;
    a.firstName = first;
    a.lastName = last;
    a.phone = u"5"_qs + QChar(u"0345"[m_random.bounded(4)]) + m_random.digits(8);
    a.city = province.name;
    a.cityCode = province.plateCode;
    const int districtIndex = m_random.bounded(static_cast<int>(province.districts.size()));
    a.district = province.districts.at(districtIndex);
    a.districtId = province.plateCode * 100 + districtIndex + 1;
    const int hoodIndex = m_random.bounded(static_cast<int>(turkey::neighbourhoods().size()));
    a.neighbourhood = turkey::neighbourhoods().at(hoodIndex);
    a.neighbourhoodId = a.districtId * 100 + hoodIndex + 1;
    a.street = m_random.pick(turkey::streets()) + u" No: "_qs + QString::number(m_random.between(1, 140));
    if (m_random.chance(70))
        a.street += u" Daire: "_qs + QString::number(m_random.between(1, 24));
    a.postalCode = QStringLiteral("%1").arg(province.plateCode, 2, 10, QLatin1Char('0'))
        + QString::number(m_random.between(100, 999));
    return a;
}

SeedCustomer SeedGenerator::makeCustomer()
{
    SeedCustomer c;
    const bool female = m_random.chance(55);
    c.firstName = m_random.pick(female ? turkey::femaleFirstNames() : turkey::maleFirstNames());
    c.lastName = m_random.pick(turkey::surnames());
    c.id = m_random.between(10000000, 99999999);
    c.emailLocalPart = asciiFold(c.firstName) + u'.' + asciiFold(c.lastName) + QString::number(m_random.bounded(100));
    c.address = makeAddress(c.firstName, c.lastName);
    c.corporate = m_random.chance(8);
    if (c.corporate) {
        c.companyName = m_random.pick(turkey::brands()) + u' ' + m_random.pick(turkey::companySuffixes());
        c.taxNumber = m_random.digits(10);
        c.taxOffice = m_random.pick(turkey::taxOffices());
    }
    return c;
}

SeedOrder SeedGenerator::makeOrder(qint64 referenceMs, std::optional<SeedStage> stage)
{
    if (!stage) {
        // A believable mix: most orders are done, a fair share is still in the seller's hands.
        const int roll = m_random.bounded(100);
        using S = SeedStage;
        stage = roll < 4 ? S::PaymentPending
            : roll < 20  ? S::New
            : roll < 30  ? S::Picking
            : roll < 36  ? S::Invoiced
            : roll < 50  ? S::Shipped
            : roll < 53  ? S::AtCollectionPoint
            : roll < 84  ? S::Delivered
            : roll < 87  ? S::Undelivered
            : roll < 91  ? S::Returned
                         : S::Cancelled;
    }
    const auto [minAge, maxAge] = ageRange(*stage);
    const qint64 created = referenceMs - m_random.between(minAge, maxAge);
    return makeOrderAt(created, *stage, referenceMs);
}

SeedOrder SeedGenerator::makeNewOrder(qint64 nowMs)
{
    return makeOrderAt(nowMs, SeedStage::New, nowMs);
}

SeedOrder SeedGenerator::makeOrderAt(qint64 createdMs, SeedStage stage, qint64 referenceMs)
{
    SeedOrder o;
    o.sequence = m_nextSequence++;
    // Seeded orders get a random millisecond part; a live order is placed exactly now.
    o.createdMs = createdMs < referenceMs ? qMin(referenceMs - 1, createdMs - createdMs % 1000 + m_random.bounded(1000))
                                          : createdMs;
    o.stage = stage;
    o.token = m_random.next();
    o.customer
        = m_random.chance(30) ? m_customers.at(m_random.bounded(static_cast<int>(m_customers.size()))) : makeCustomer();
    o.shippingAddress = o.customer.address;
    o.invoiceAddress = m_random.chance(85) ? o.shippingAddress : makeAddress(o.customer.firstName, o.customer.lastName);
    const int lineCount = m_random.chance(65) ? 1 : (m_random.chance(70) ? 2 : 3);
    QList<int> used;
    for (int i = 0; i < lineCount; ++i) {
        int index = m_random.bounded(static_cast<int>(m_catalogue.size()));
        while (used.contains(index))
            index = (index + 1) % static_cast<int>(m_catalogue.size());
        used << index;
        SeedLine line;
        line.product = m_catalogue.at(index);
        line.quantity = m_random.chance(80) ? 1 : static_cast<int>(m_random.between(2, 3));
        if (m_random.chance(25))
            line.unitDiscountKurus = line.product.priceKurus * m_random.between(5, 20) / 100;
        o.lines.append(line);
    }
    const auto &carriers = turkey::cargoCompanies();
    o.cargo = carriers.at(m_random.chance(40) ? 0 : m_random.bounded(static_cast<int>(carriers.size())));
    o.carrierTrackingNumber = QString::number(m_random.between(1, 9)) + m_random.digits(11);

    // Spread the stage changes between creation and (just before) the reference instant.
    const QList<SeedStage> path = pathTo(stage);
    qint64 at = o.createdMs;
    const qint64 span = qMax<qint64>(referenceMs - o.createdMs, 1);
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0)
            at += qMax<qint64>(1000, span / (path.size() + 1) - m_random.between(0, span / (4 * (path.size() + 1))));
        o.history.append({ path.at(i), qMin(at, qMax(referenceMs - 1000, o.createdMs)) });
    }
    return o;
}

} // namespace sd::sandbox
