// Orders for the Orders view's tests: a migrated cache with a workspace, four marketplace connections and
// orders written the way the connectors write them (OrderIngest), Turkish names, cities and SKUs.
#pragma once

#include "connectors/orderingest.h"
#include "domain/order.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace sd::testdata {

inline const QString kWorkspace = QStringLiteral("11111111-1111-4111-8111-111111111111");
inline QString connectionId(const QString &platform)
{
    return QStringLiteral("conn-") + platform;
}
inline const QStringList kPlatforms{ QStringLiteral("trendyol"), QStringLiteral("hepsiburada"), QStringLiteral("n11"),
    QStringLiteral("woocommerce") };

inline std::unique_ptr<store::Database> createStore(const QString &path)
{
    auto db = store::Database::open(path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    if (auto s = store::Migrator::migrate(**db); !s) {
        QTest::qFail(qPrintable(s.error().message), __FILE__, __LINE__);
        return {};
    }
    QString sql = QStringLiteral("INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('%1', 'Mağaza', 1, 1);")
                      .arg(kWorkspace);
    for (const QString &p : kPlatforms) {
        sql += QStringLiteral("INSERT INTO connections(id, workspace_id, platform, display_name, account_external_id,"
                              " created_at, updated_at) VALUES ('%1', '%2', '%3', '%3 mağazam', '%3-1', 1, 1);")
                   .arg(connectionId(p), kWorkspace, p);
    }
    if (auto s = (*db)->exec(sql); !s) {
        QTest::qFail(qPrintable(s.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

inline std::unique_ptr<store::Database> openReader(const QString &path)
{
    store::OpenOptions options;
    options.mode = store::OpenOptions::Mode::ReadOnly;
    auto db = store::Database::open(path, options);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

// UTC ms of a day in November 2026 at noon, Turkey time.
inline qint64 day(int d, int hour = 12)
{
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0), QTimeZone("Europe/Istanbul")).toMSecsSinceEpoch();
}

struct OrderSpec
{
    QString number;
    QString platform;
    domain::UnifiedStatus status;
    qint64 orderedAt;
    QString customer;
    QString city;
    qint64 totalMinor;
    QString sku;
    int quantity = 1;
    QString cargo;
    QString currency = QStringLiteral("TRY");
    QString barcode = {};
    QString title = QStringLiteral("Pamuklu Tişört");
};

inline domain::Order makeOrder(const OrderSpec &s)
{
    domain::Order o;
    o.externalId = QStringLiteral("ext-") + s.number;
    o.orderNumber = s.number;
    o.platformStatus = domain::unifiedStatusName(s.status);
    o.status = s.status;
    o.currency = s.currency;
    o.grossMinor = s.totalMinor;
    o.totalMinor = s.totalMinor;
    o.orderedAtMs = s.orderedAt;
    o.customer.externalId = QStringLiteral("cust-") + s.customer;
    o.customer.fullName = s.customer;
    o.shippingAddress.fullName = s.customer;
    o.shippingAddress.city = s.city;
    o.shippingAddress.line1 = QStringLiteral("Atatürk Cad. No: 5");
    o.shippingAddress.district = QStringLiteral("Merkez");
    o.invoiceAddress = o.shippingAddress;
    domain::OrderLine line;
    line.externalId = QStringLiteral("line-") + s.number;
    line.sku = s.sku;
    line.barcode = s.barcode;
    line.title = s.title;
    line.quantity = s.quantity;
    line.unitPriceMinor = s.totalMinor / std::max(1, s.quantity);
    line.lineTotalMinor = s.totalMinor;
    line.vatRatePercent = 20;
    o.lines.append(line);
    if (!s.cargo.isEmpty()) {
        domain::Shipment sh;
        sh.externalId = QStringLiteral("ship-") + s.number;
        sh.carrier = s.cargo;
        sh.trackingNumber = QStringLiteral("TRK") + s.number;
        sh.trackingUrl = QStringLiteral("https://kargo.example/takip/TRK") + s.number;
        o.shipment = sh;
    }
    return o;
}

inline bool write(store::Database &db, const QList<OrderSpec> &specs)
{
    QHash<QString, QList<domain::Order>> byPlatform;
    for (const OrderSpec &s : specs)
        byPlatform[s.platform].append(makeOrder(s));
    for (auto it = byPlatform.cbegin(); it != byPlatform.cend(); ++it) {
        auto stats = connectors::OrderIngest::writePage(db, kWorkspace, connectionId(it.key()), it.value(), day(23));
        if (!stats) {
            QTest::qFail(qPrintable(stats.error().message), __FILE__, __LINE__);
            return false;
        }
    }
    return true;
}

// The fixed set the filter tests read.
inline QList<OrderSpec> fixedOrders()
{
    using S = domain::UnifiedStatus;
    return {
        { u"TY-1001"_qs, u"trendyol"_qs, S::New, day(20, 9), u"Ayşe Yılmaz"_qs, u"İstanbul"_qs, 123456, u"TSHIRT-KRM-M"_qs, 2, {}, u"TRY"_qs, u"8690000000011"_qs },
        { u"TY-1002"_qs, u"trendyol"_qs, S::Picking, day(20, 15), u"Işıl Çelik"_qs, u"Şanlıurfa"_qs, 8990, u"KUPA-001"_qs, 1, {} },
        { u"TY-1003"_qs, u"trendyol"_qs, S::Shipped, day(18), u"Ömer Öztürk"_qs, u"Iğdır"_qs, 45000, u"TSHIRT-MAV-L"_qs, 3, u"Yurtiçi Kargo"_qs },
        { u"HB-2001"_qs, u"hepsiburada"_qs, S::New, day(21), u"Çağrı Güneş"_qs, u"İzmir"_qs, 19999, u"ÇANTA-DERİ-01"_qs, 1, {} },
        { u"HB-2002"_qs, u"hepsiburada"_qs, S::Delivered, day(10), u"Ayşe Kaya"_qs, u"Ankara"_qs, 7500, u"KUPA-002"_qs, 1, u"Aras Kargo"_qs },
        { u"N11-3001"_qs, u"n11"_qs, S::Cancelled, day(15), u"Şule Ak"_qs, u"Bursa"_qs, 12000, u"TSHIRT-KRM-S"_qs, 1, {} },
        { u"N11-3002"_qs, u"n11"_qs, S::Invoiced, day(22, 8), u"İsmail Işık"_qs, u"İstanbul"_qs, 30000, u"ab-7788"_qs, 2, {} },
        { u"WC-4001"_qs, u"woocommerce"_qs, S::Returned, day(5), u"Hans Müller"_qs, u"Berlin"_qs, 4999, u"MUG-EU-1"_qs, 1, u"DHL"_qs, u"EUR"_qs },
        { u"WC-4002"_qs, u"woocommerce"_qs, S::Shipped, day(22, 20), u"Zeynep Arslan"_qs, u"Antalya"_qs, 99900, u"LAMBA-42"_qs, 1, u"MNG Kargo"_qs },
    };
}

// count generated orders over the four channels, every status, dates spread over 2026.
inline QList<OrderSpec> generatedOrders(int first, int count)
{
    static const QStringList names{ u"Ayşe Yılmaz"_qs, u"Mehmet Demir"_qs, u"Işıl Çelik"_qs, u"Ömer Öztürk"_qs,
        u"Çağrı Güneş"_qs, u"Şule Ak"_qs, u"İsmail Işık"_qs, u"Zeynep Arslan"_qs };
    static const QStringList cities{ u"İstanbul"_qs, u"Ankara"_qs, u"İzmir"_qs, u"Bursa"_qs, u"Şanlıurfa"_qs,
        u"Iğdır"_qs, u"Antalya"_qs };
    static const QStringList cargos{ QString(), u"Yurtiçi Kargo"_qs, u"Aras Kargo"_qs, u"MNG Kargo"_qs };
    const QList<domain::UnifiedStatus> statuses{ domain::UnifiedStatus::New, domain::UnifiedStatus::Picking,
        domain::UnifiedStatus::Invoiced, domain::UnifiedStatus::Shipped, domain::UnifiedStatus::Delivered,
        domain::UnifiedStatus::Cancelled, domain::UnifiedStatus::Returned };
    QList<OrderSpec> out;
    for (int i = first; i < first + count; ++i) {
        OrderSpec s;
        s.number = QStringLiteral("G-%1").arg(i, 6, 10, QLatin1Char('0'));
        s.platform = kPlatforms[i % 4];
        s.status = statuses[(i * 7 / 3) % statuses.size()];
        // Some orders share a timestamp: the sort must still be total (ties broken by seq).
        s.orderedAt = day(1) + qint64((i * 7919) % 500) * 3600 * 1000;
        s.customer = names[(i * 3) % names.size()];
        s.city = cities[(i * 5) % cities.size()];
        s.totalMinor = 1000 + (i * 3571) % 200000;
        s.sku = QStringLiteral("SKU-%1").arg(i % 50);
        s.quantity = 1 + i % 3;
        s.cargo = cargos[i % cargos.size()];
        out.append(s);
    }
    return out;
}

} // namespace sd::testdata
