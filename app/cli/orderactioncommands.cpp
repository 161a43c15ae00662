#include "orderactioncommands.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "connectors/connectionconfig.h"
#include "connectors/connectionservice.h"
#include "net/networkcontext.h"
#include "inbox/metasendrunner.h"
#include "outbox/actiondispatcher.h"
#include "outbox/localorders.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "profile/profile.h"
#include "secrets/keychainsecretstore.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd::cli {
namespace {

using namespace sd::outbox;

QString money(qint64 minor, const QString &currency)
{
    return QLocale().toCurrencyString(double(minor) / 100.0, currency);
}

QString when(qint64 ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

QJsonObject orderJson(const LocalOrder &l, const QList<OutboxItem> &items)
{
    const domain::Order &o = l.order;
    QJsonArray lines;
    for (const domain::OrderLine &line : o.lines) {
        QJsonObject j{{QStringLiteral("id"), line.externalId},
                      {QStringLiteral("lineId"), line.platformLineId},
                      {QStringLiteral("sku"), line.sku},
                      {QStringLiteral("barcode"), line.barcode},
                      {QStringLiteral("title"), line.title},
                      {QStringLiteral("quantity"), line.quantity},
                      {QStringLiteral("unitPriceMinor"), line.unitPriceMinor},
                      {QStringLiteral("discountMinor"), line.unitDiscountMinor},
                      {QStringLiteral("totalMinor"), line.lineTotalMinor},
                      {QStringLiteral("platformStatus"), line.platformStatus}};
        j.insert(QStringLiteral("vatRate"), line.vatRatePercent ? QJsonValue(*line.vatRatePercent) : QJsonValue());
        lines.append(j);
    }
    QJsonArray outbox;
    for (const OutboxItem &i : items)
        outbox.append(i.toJson());
    return QJsonObject{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("platform"), l.platform},
        {QStringLiteral("connection"), l.connectionId},
        {QStringLiteral("number"), o.orderNumber},
        {QStringLiteral("externalId"), o.externalId},
        {QStringLiteral("orderedAt"), o.orderedAtMs},
        {QStringLiteral("status"), domain::unifiedStatusName(o.status)},
        {QStringLiteral("platformStatus"), o.platformStatus},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("grossMinor"), o.grossMinor},
        {QStringLiteral("discountMinor"), o.discountMinor},
        {QStringLiteral("totalMinor"), o.totalMinor},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), o.customer.fullName},
                                                 {QStringLiteral("email"), o.customer.email}}},
        {QStringLiteral("shippingAddress"), o.shippingAddress.toJson()},
        {QStringLiteral("invoiceAddress"), o.invoiceAddress.toJson()},
        {QStringLiteral("shipment"),
         QJsonObject{{QStringLiteral("cargo"), o.shipment ? o.shipment->carrier : QString()},
                     {QStringLiteral("trackingNumber"), o.shipment ? o.shipment->trackingNumber : QString()},
                     {QStringLiteral("trackingUrl"), o.shipment ? o.shipment->trackingUrl : QString()}}},
        {QStringLiteral("invoiceLink"), o.invoiceLink},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("outbox"), outbox},
    };
}

QString describe(const OutboxItem &i)
{
    QString s = i.id + u'\t' + i.action + u'\t' + outboxStateLabel(i.state);
    if (i.attempts)
        s += u'\t' + QCoreApplication::translate("sd::cli::OrderActions", "%n attempt(s)", nullptr, i.attempts);
    if (!i.lastError.isEmpty())
        s += u'\t' + i.lastError;
    return s;
}

void printAddress(Io &io, const QString &label, const domain::Address &a)
{
    if (a.isEmpty())
        return;
    const QStringList parts = QStringList{a.fullName, a.company, a.line1, a.line2, a.neighborhood, a.district, a.city,
                                          a.postalCode, a.countryCode, a.phone}
                                  .filter(QRegularExpression(QStringLiteral("\\S")));
    io.out << label << ": " << parts.join(QStringLiteral(", ")) << Qt::endl;
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("sd::cli::OrderActions", "Show this help.")};
    QCommandLineOption profile{QStringList{QStringLiteral("p"), QStringLiteral("profile")},
                               QCoreApplication::translate("sd::cli::OrderActions", "Use the workspace profile in <folder> (default: SELLERDESK_PROFILE)."), QCoreApplication::translate("sd::cli::OrderActions", "folder")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("sd::cli::OrderActions", "Print machine-readable JSON.")};
    QCommandLineOption verbose{QStringLiteral("verbose"), QCoreApplication::translate("sd::cli::OrderActions", "Log debug messages to standard error.")};
    QCommandLineOption noWait{QStringLiteral("no-wait"), QCoreApplication::translate("sd::cli::OrderActions", "Only record the action; it is sent by the next run.")};
    QCommandLineOption number{QStringLiteral("number"), QCoreApplication::translate("sd::cli::OrderActions", "invoice, invoice-link: the invoice number; track, tracking, in-transit: the tracking number."), QCoreApplication::translate("sd::cli::OrderActions", "number")};
    QCommandLineOption cargo{QStringLiteral("cargo"), QCoreApplication::translate("sd::cli::OrderActions", "track: the cargo company (where the platform takes one); tracking: the provider; pack, carrier: Hepsiburada's carrier short name."), QCoreApplication::translate("sd::cli::OrderActions", "company")};
    QCommandLineOption url{QStringLiteral("url"), QCoreApplication::translate("sd::cli::OrderActions", "invoice-link: the invoice's https address; tracking: a custom tracking link (%1$s = the number); in-transit: the tracking link."), QCoreApplication::translate("sd::cli::OrderActions", "url")};
    QCommandLineOption date{QStringLiteral("date"), QCoreApplication::translate("sd::cli::OrderActions", "invoice-link: the invoice date, YYYY-MM-DD (default: today); tracking: the shipping date."), QCoreApplication::translate("sd::cli::OrderActions", "date")};
    QCommandLineOption line{QStringLiteral("line"), QCoreApplication::translate("sd::cli::OrderActions", "cancel: LINE:QUANTITY, repeatable (LINE: the platform's line id); pack: a line to pack, repeatable; cancel-line: the line."), QCoreApplication::translate("sd::cli::OrderActions", "line:qty")};
    QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("sd::cli::OrderActions", "cancel: stock-out, defective, wrong-price, integration, bulk-purchase or force-majeure (Trendyol), 61–65 (N11); undelivered: why."), QCoreApplication::translate("sd::cli::OrderActions", "reason")};
    QCommandLineOption toCustomer{QStringLiteral("to-customer"), QCoreApplication::translate("sd::cli::OrderActions", "note: also e-mail the note to the customer.")};
    QCommandLineOption deci{QStringLiteral("deci"), QCoreApplication::translate("sd::cli::OrderActions", "pack: the package's desi (default 1)."), QCoreApplication::translate("sd::cli::OrderActions", "desi")};
    QCommandLineOption parcels{QStringLiteral("parcels"), QCoreApplication::translate("sd::cli::OrderActions", "pack: the number of parcels (default 1)."), QCoreApplication::translate("sd::cli::OrderActions", "count")};
    QCommandLineOption group{QStringLiteral("group"), QCoreApplication::translate("sd::cli::OrderActions", "split: the lines of one new package, comma separated; repeatable."), QCoreApplication::translate("sd::cli::OrderActions", "lines")};
    QCommandLineOption cancelled{QStringLiteral("cancelled"), QCoreApplication::translate("sd::cli::OrderActions", "split (Hepsiburada): a packed line to cancel in the split; repeatable."), QCoreApplication::translate("sd::cli::OrderActions", "line")};
    QCommandLineOption receivedBy{QStringLiteral("received-by"), QCoreApplication::translate("sd::cli::OrderActions", "delivered: who received the parcel."), QCoreApplication::translate("sd::cli::OrderActions", "name")};
    QCommandLineOption state{QStringLiteral("state"), QCoreApplication::translate("sd::cli::OrderActions", "outbox list: only items in this state (pending, running, done, failed, needs_check)."), QCoreApplication::translate("sd::cli::OrderActions", "state")};

    Options()
    {
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        for (const auto &o : {help, profile, json, verbose, noWait, number, cargo, url, date, line, reason, toCustomer,
                              deci, parcels, group, cancelled, receivedBy, state})
            parser.addOption(o);
    }
};

QString usage()
{
    return QCoreApplication::translate("sd::cli::OrderActions", "usage: sellerdesk-cli [--profile DIR] orders show ID [--json]\n"
              "       sellerdesk-cli [--profile DIR] orders ACTION ID [options] [--no-wait] [--json]\n"
              "         pick ID                               move to picking (Trendyol, N11)\n"
              "         invoice ID --number N                 mark as invoiced (Trendyol)\n"
              "         track ID --number N [--cargo C]       set the tracking number (Trendyol)\n"
              "         cancel ID --line L:Q… --reason R      cancel lines (Trendyol: reason name; N11: 61–65)\n"
              "         invoice-link ID --url U [--number N --date YYYY-MM-DD]   send the invoice link (Trendyol: with\n"
              "                                               number and date; Hepsiburada: the link only)\n"
              "         status ID STATUS                      set the order status (WooCommerce)\n"
              "         note ID [--to-customer]               add an order note, text from stdin (WooCommerce)\n"
              "         tracking ID --number N --cargo PROVIDER [--url LINK] [--date YYYY-MM-DD]\n"
              "                                               add a Shipment Tracking item (WooCommerce)\n"
              "         split ID --group L,L --group L… [--cancelled L…]   split the package (N11, Hepsiburada)\n"
              "         pack ID [--line L…] [--deci D] [--parcels N] [--cargo C]   pack open lines (Hepsiburada)\n"
              "         cancel-line ID --line L               cancel a line not packed yet (Hepsiburada)\n"
              "         unpack ID                             unpack the package (Hepsiburada)\n"
              "         carrier ID --cargo C                  change the package's carrier (Hepsiburada)\n"
              "         in-transit ID --number N [--url U]    own carrier: shipped (Hepsiburada)\n"
              "         delivered ID --received-by NAME       own carrier: delivered (Hepsiburada)\n"
              "         undelivered ID --reason TEXT          own carrier: not delivered (Hepsiburada)\n"
              "       sellerdesk-cli [--profile DIR] outbox list [--state S] [--json] | retry ID");
}

std::optional<int> cancelReason(const QString &value)
{
    static const QList<std::pair<QString, int>> names{
        {QStringLiteral("stock-out"), 500},   {QStringLiteral("defective"), 501},
        {QStringLiteral("wrong-price"), 502}, {QStringLiteral("integration"), 504},
        {QStringLiteral("bulk-purchase"), 505}, {QStringLiteral("force-majeure"), 506}};
    for (const auto &[name, code] : names) {
        if (value == name || value == QString::number(code))
            return code;
    }
    return std::nullopt;
}

class Command
{
public:
    Command(Io &io, Options &o)
        : m_io(io)
        , m_o(o)
        , m_context{io, ProfileManager::overridePath(o.parser.value(o.profile)), o.parser.isSet(o.json), false, false,
                    QString(), QString(), QString(), QString(), QString(), 0}
    { }

    int show(const QString &key)
    {
        auto ws = openWorkspace(m_context);
        if (!ws)
            return Failure;
        auto reader = ws->store->openReader();
        if (!reader)
            return fail(reader.error().message);
        auto order = LocalOrders::find(**reader, ws->profile.id, key);
        if (!order)
            return fail(order.error().message);
        Outbox box(&ws->store->writer(), ws->profile.id);
        OutboxQuery q;
        q.orderId = order->id;
        auto items = box.list(q);
        if (!items)
            return fail(items.error().message);
        if (m_context.json) {
            m_io.out << QJsonDocument(orderJson(*order, *items)).toJson(QJsonDocument::Compact) << Qt::endl;
            return Ok;
        }
        const domain::Order &o = order->order;
        m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Order %1 (%2, %3)").arg(o.orderNumber, order->platform, order->id) << Qt::endl
                 << QCoreApplication::translate("sd::cli::OrderActions", "Date: %1").arg(when(o.orderedAtMs)) << Qt::endl
                 << QCoreApplication::translate("sd::cli::OrderActions", "Status: %1 (%2)").arg(domain::unifiedStatusLabel(o.status), o.platformStatus) << Qt::endl
                 << QCoreApplication::translate("sd::cli::OrderActions", "Total: %1").arg(money(o.totalMinor, o.currency)) << Qt::endl
                 << QCoreApplication::translate("sd::cli::OrderActions", "Customer: %1 %2").arg(o.customer.fullName, o.customer.email).trimmed() << Qt::endl;
        printAddress(m_io, QCoreApplication::translate("sd::cli::OrderActions", "Shipping address"), o.shippingAddress);
        printAddress(m_io, QCoreApplication::translate("sd::cli::OrderActions", "Invoice address"), o.invoiceAddress);
        if (o.shipment)
            m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Shipment: %1 %2 %3").arg(o.shipment->carrier, o.shipment->trackingNumber, o.shipment->trackingUrl).trimmed()
                     << Qt::endl;
        if (!o.invoiceLink.isEmpty())
            m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Invoice: %1").arg(o.invoiceLink) << Qt::endl;
        m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Lines:") << Qt::endl;
        for (const domain::OrderLine &l : o.lines)
            m_io.out << "  " << l.platformLineId << '\t' << l.quantity << " × " << l.title << '\t' << l.sku << '\t'
                     << money(l.lineTotalMinor, o.currency) << Qt::endl;
        if (!items->isEmpty()) {
            m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Actions:") << Qt::endl;
            for (const OutboxItem &i : *items)
                m_io.out << "  " << describe(i) << Qt::endl;
        }
        return Ok;
    }

    int action(const QString &name, const QStringList &args)
    {
        const QString key = args.value(0);
        if (key.isEmpty())
            return usageError();
        QJsonObject payload;
        if (name == u"invoice") {
            if (!m_o.parser.isSet(m_o.number))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--number is required."));
            payload.insert(QStringLiteral("invoiceNumber"), m_o.parser.value(m_o.number));
        } else if (name == u"track") {
            if (!m_o.parser.isSet(m_o.number))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--number is required."));
            payload.insert(QStringLiteral("trackingNumber"), m_o.parser.value(m_o.number));
            if (m_o.parser.isSet(m_o.cargo))
                payload.insert(QStringLiteral("cargo"), m_o.parser.value(m_o.cargo));
        } else if (name == u"cancel") {
            QJsonArray lines;
            for (const QString &l : m_o.parser.values(m_o.line)) {
                const QStringList parts = l.split(u':');
                bool ok = parts.size() == 2;
                const int quantity = ok ? parts.at(1).toInt(&ok) : 0;
                if (!ok || parts.at(0).isEmpty())
                    return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--line takes LINE:QUANTITY, e.g. --line 3141592:1."));
                lines.append(QJsonObject{{QStringLiteral("lineId"), parts.at(0)}, {QStringLiteral("quantity"), quantity}});
            }
            if (lines.isEmpty())
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "Name the lines to cancel with --line LINE:QUANTITY."));
            bool numeric = false;
            (void)m_o.parser.value(m_o.reason).toInt(&numeric);
            if (!numeric && !cancelReason(m_o.parser.value(m_o.reason)))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure (Trendyol), or N11's code 61–65."));
            payload.insert(QStringLiteral("lines"), lines);
        } else if (name == u"invoice-link") {
            if (!m_o.parser.isSet(m_o.url))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--url is required."));
            if (m_o.parser.isSet(m_o.date) && !QDate::fromString(m_o.parser.value(m_o.date), Qt::ISODate).isValid())
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--date takes YYYY-MM-DD."));
            payload.insert(QStringLiteral("url"), m_o.parser.value(m_o.url));
        } else if (name == u"status") {
            if (args.size() != 2)
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "Give the new status, e.g. orders status ID completed."));
            payload.insert(QStringLiteral("status"), args.at(1));
        } else if (name == u"tracking") {
            if (!m_o.parser.isSet(m_o.number) || !m_o.parser.isSet(m_o.cargo))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--number and --cargo are required."));
            payload.insert(QStringLiteral("trackingNumber"), m_o.parser.value(m_o.number));
            payload.insert(QStringLiteral("provider"), m_o.parser.value(m_o.cargo));
            if (m_o.parser.isSet(m_o.url))
                payload.insert(QStringLiteral("customLink"), m_o.parser.value(m_o.url));
            if (m_o.parser.isSet(m_o.date)) {
                const QDate date = QDate::fromString(m_o.parser.value(m_o.date), Qt::ISODate);
                if (!date.isValid())
                    return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--date takes YYYY-MM-DD."));
                payload.insert(QStringLiteral("shippedOn"), date.toString(Qt::ISODate));
            }
        } else if (name == u"split") {
            QJsonArray groups;
            for (const QString &g : m_o.parser.values(m_o.group))
                groups.append(QJsonArray::fromStringList(g.split(u',', Qt::SkipEmptyParts)));
            if (groups.isEmpty())
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "Name the new packages with --group LINE,LINE."));
            payload.insert(QStringLiteral("groups"), groups);
            if (m_o.parser.isSet(m_o.cancelled))
                payload.insert(QStringLiteral("cancelled"), QJsonArray::fromStringList(m_o.parser.values(m_o.cancelled)));
        } else if (name == u"pack") {
            if (!m_o.parser.values(m_o.line).isEmpty())
                payload.insert(QStringLiteral("lineIds"), QJsonArray::fromStringList(m_o.parser.values(m_o.line)));
            bool ok = true;
            if (m_o.parser.isSet(m_o.deci))
                payload.insert(QStringLiteral("deci"), QLocale::c().toDouble(m_o.parser.value(m_o.deci), &ok));
            if (ok && m_o.parser.isSet(m_o.parcels))
                payload.insert(QStringLiteral("parcels"), m_o.parser.value(m_o.parcels).toInt(&ok));
            if (!ok)
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--deci and --parcels take numbers."));
            if (m_o.parser.isSet(m_o.cargo))
                payload.insert(QStringLiteral("cargo"), m_o.parser.value(m_o.cargo));
        } else if (name == u"cancel-line") {
            if (m_o.parser.values(m_o.line).size() != 1)
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "Name one line with --line LINE."));
            payload.insert(QStringLiteral("lineId"), m_o.parser.value(m_o.line));
        } else if (name == u"carrier") {
            if (!m_o.parser.isSet(m_o.cargo))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--cargo is required."));
            payload.insert(QStringLiteral("cargo"), m_o.parser.value(m_o.cargo));
        } else if (name == u"in-transit") {
            if (!m_o.parser.isSet(m_o.number))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--number is required."));
            payload.insert(QStringLiteral("trackingNumber"), m_o.parser.value(m_o.number));
            if (m_o.parser.isSet(m_o.url))
                payload.insert(QStringLiteral("trackingUrl"), m_o.parser.value(m_o.url));
        } else if (name == u"delivered") {
            if (!m_o.parser.isSet(m_o.receivedBy))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--received-by is required."));
            payload.insert(QStringLiteral("receivedBy"), m_o.parser.value(m_o.receivedBy));
        } else if (name == u"undelivered") {
            if (!m_o.parser.isSet(m_o.reason))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--reason is required."));
            payload.insert(QStringLiteral("reason"), m_o.parser.value(m_o.reason));
        }
        if (name != u"status" && args.size() != 1)
            return usageError();

        auto ws = openWorkspace(m_context);
        if (!ws)
            return Failure;
        if (name == u"note") {
            // After the workspace: a passphrase-protected cache reads its passphrase from the first line.
            const QString text = m_io.in.readAll().trimmed();
            if (text.isEmpty())
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "Write the note on standard input."));
            payload.insert(QStringLiteral("note"), text);
            payload.insert(QStringLiteral("toCustomer"), m_o.parser.isSet(m_o.toCustomer));
        }
        auto reader = ws->store->openReader();
        if (!reader)
            return fail(reader.error().message);
        auto order = LocalOrders::find(**reader, ws->profile.id, key);
        if (!order)
            return fail(order.error().message);
        const ActionDispatcher dispatcher = ActionDispatcher::builtIn();
        if (!dispatcher.find(order->platform, name))
            return fail(QCoreApplication::translate("sd::cli::OrderActions", "%1 orders have no “%2” action. Possible: %3")
                            .arg(order->platform, name, dispatcher.actions(order->platform).join(QStringLiteral(", "))));
        if (name == u"cancel") {
            // Trendyol's reasons by name (or code); N11's by their code 61–65.
            const QString value = m_o.parser.value(m_o.reason);
            bool numeric = false;
            const int code = value.toInt(&numeric);
            const auto reason = order->platform == u"n11" ? (numeric ? std::optional<int>(code) : std::nullopt)
                                                           : cancelReason(value);
            if (!reason)
                return usageError(order->platform == u"n11"
                        ? QCoreApplication::translate("sd::cli::OrderActions", "--reason is N11's cancel reason code, 61 to 65.")
                        : QCoreApplication::translate("sd::cli::OrderActions", "--reason is one of: stock-out, defective, wrong-price, integration, bulk-purchase, force-majeure."));
            payload.insert(QStringLiteral("reason"), *reason);
        } else if (name == u"invoice-link" && order->platform == u"trendyol") {
            if (!m_o.parser.isSet(m_o.number))
                return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--url and --number are required."));
            QDate date = QDate::currentDate();
            if (m_o.parser.isSet(m_o.date)) {
                date = QDate::fromString(m_o.parser.value(m_o.date), Qt::ISODate);
                if (!date.isValid())
                    return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--date takes YYYY-MM-DD."));
            }
            payload.insert(QStringLiteral("invoiceNumber"), m_o.parser.value(m_o.number));
            payload.insert(QStringLiteral("invoiceDateMs"),
                           QDateTime(date, QTime(12, 0), QTimeZone(3 * 3600)).toMSecsSinceEpoch());
        }

        Outbox box(&ws->store->writer(), ws->profile.id);
        auto queued = wait<OutboxItem>([&](auto done) {
            box.enqueue(EnqueueRequest{name, order->id, payload, {}, {}}, nullptr, done);
        });
        if (!queued)
            return fail(queued.error().message);
        if (m_o.parser.isSet(m_o.noWait))
            return report(*queued);
        return runAndReport(*ws, box, *order, queued->id);
    }

    int outbox(const QStringList &args)
    {
        const QString sub = args.value(0);
        if (!(sub == u"list" && args.size() == 1) && !(sub == u"retry" && args.size() == 2))
            return usageError();
        auto ws = openWorkspace(m_context);
        if (!ws)
            return Failure;
        Outbox box(&ws->store->writer(), ws->profile.id);
        if (sub == u"list") {
            OutboxQuery q;
            if (m_o.parser.isSet(m_o.state)) {
                const auto s = outboxStateFromName(m_o.parser.value(m_o.state));
                if (!s)
                    return usageError(QCoreApplication::translate("sd::cli::OrderActions", "--state is one of: pending, running, done, failed, needs_check."));
                q.states = {*s};
            }
            auto items = box.list(q);
            if (!items)
                return fail(items.error().message);
            if (m_context.json) {
                QJsonArray a;
                for (const OutboxItem &i : *items)
                    a.append(i.toJson());
                m_io.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                if (items->isEmpty())
                    m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "The outbox is empty.") << Qt::endl;
                for (const OutboxItem &i : *items)
                    m_io.out << describe(i) << Qt::endl;
            }
            return Ok;
        }
        // A Meta reply: the item and its message row back to pending together; the app's outbox sends it.
        if (auto current = box.item(args.at(1)); current && current->action == inbox::MetaSendRunner::kAction) {
            std::optional<Result<OutboxItem>> out;
            QEventLoop loop;
            const QString messageId = current->targetId;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            ws->store->writer().submit(
                [&out, messageId, now](store::Transaction &tx) -> Status {
                    out = inbox::MetaSendRunner::retryIn(tx, messageId, now);
                    return *out ? Status() : Status(out->error());
                },
                &loop, [&loop](const Status &) { loop.quit(); });
            if (!out)
                loop.exec();
            if (!*out)
                return fail(out->error().message);
            if (m_context.json)
                m_io.out << QJsonDocument(out->value().toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            else
                m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Recorded: %1 (%2). SellerDesk sends the reply (it reads the conversation first when its last answer was lost).")
                                .arg(out->value().action, out->value().id)
                         << Qt::endl;
            return Ok;
        }
        auto retried = wait<OutboxItem>([&](auto done) { box.retry(args.at(1), nullptr, done); });
        if (!retried)
            return fail(retried.error().message);
        if (m_o.parser.isSet(m_o.noWait))
            return report(*retried);
        auto reader = ws->store->openReader();
        if (!reader)
            return fail(reader.error().message);
        auto order = LocalOrders::load(**reader, retried->targetId);
        if (!order)
            return fail(order.error().message);
        return runAndReport(*ws, box, *order, retried->id);
    }

private:
    template<typename T, typename F>
    Result<T> wait(F start)
    {
        std::optional<Result<T>> out;
        QEventLoop loop;
        start([&out, &loop](const Result<T> &r) {
            out = r;
            loop.quit();
        });
        if (!out)
            loop.exec();
        return *out;
    }

    int runAndReport(Workspace &ws, Outbox &box, const LocalOrder &order, const QString &itemId)
    {
        // The connection's config with its credentials from the keychain.
        KeychainSecretStore secrets;
        net::NetworkContext network;
        connectors::ConnectionService service(ws.store.get(), &secrets, &network);
        auto connection = service.find(order.connectionId);
        if (!connection)
            return fail(connection.error().message);
        auto config = wait<connectors::ConnectionConfig>(
            [&](auto done) { service.loadConfig(*connection, nullptr, done); });
        if (!config)
            return fail(config.error().message);
        OutboxRunner runner(&box, ActionDispatcher::builtIn(), &network);
        runner.setConnection(order.platform, *config);
        QEventLoop loop;
        std::optional<OutboxItem> final;
        QObject::connect(&runner, &OutboxRunner::itemChanged, &loop, [&](const OutboxItem &i) {
            if (i.id != itemId)
                return;
            if (!m_context.json && m_io.interactive)
                m_io.err << describe(i) << Qt::endl;
            if (i.isFinal())
                final = i;
        });
        QObject::connect(&runner, &OutboxRunner::idle, &loop, [&] {
            if (final)
                loop.quit();
        });
        runner.start();
        loop.exec();
        runner.stop();
        return report(*final);
    }

    int report(const OutboxItem &item)
    {
        if (m_context.json)
            m_io.out << QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (item.state == OutboxState::Done)
            m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Done: %1 (%2).").arg(item.action, item.id) << Qt::endl;
        else if (item.state == OutboxState::Pending)
            m_io.out << QCoreApplication::translate("sd::cli::OrderActions", "Recorded: %1 (%2). It is sent by the next “outbox retry” or action of this workspace.")
                            .arg(item.action, item.id)
                     << Qt::endl;
        else
            m_io.err << QCoreApplication::translate("sd::cli::OrderActions", "%1 (%2): %3 — %4").arg(item.action, item.id, outboxStateLabel(item.state), item.lastError)
                     << Qt::endl;
        return item.state == OutboxState::Done || item.state == OutboxState::Pending ? Ok : Failure;
    }

    int fail(const QString &message)
    {
        m_io.err << message << Qt::endl;
        return Failure;
    }

    int usageError(const QString &message = {})
    {
        if (!message.isEmpty())
            m_io.err << message << Qt::endl;
        m_io.err << usage() << Qt::endl;
        return Usage;
    }

    Io &m_io;
    Options &m_o;
    Context m_context;
};

// The first positional words of argv (options and their values skipped).
QStringList positionals(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("-p"),     QStringLiteral("--profile"), QStringLiteral("--number"),
                                       QStringLiteral("--cargo"), QStringLiteral("--url"),    QStringLiteral("--date"),
                                       QStringLiteral("--line"), QStringLiteral("--reason"), QStringLiteral("--state"),
                                       QStringLiteral("--status"), QStringLiteral("--limit"), QStringLiteral("--connection"),
                                       QStringLiteral("--account"), QStringLiteral("--base-url"), QStringLiteral("--name"),
                                       QStringLiteral("--deci"), QStringLiteral("--parcels"), QStringLiteral("--group"),
                                       QStringLiteral("--cancelled"), QStringLiteral("--received-by")};
    QStringList out;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u'-')) {
            if (withValue.contains(a))
                ++i;
            continue;
        }
        out << a;
    }
    return out;
}

} // namespace

bool isOrderActionCommand(const QStringList &arguments)
{
    const QStringList words = positionals(arguments);
    if (words.value(0) == u"outbox")
        return true;
    return words.value(0) == u"orders" && words.size() >= 2 && words.at(1) != u"list";
}

int runOrderActionCommand(const QStringList &arguments, Io &io)
{
    Options o;
    if (!o.parser.parse(arguments)) {
        io.err << o.parser.errorText() << Qt::endl << usage() << Qt::endl;
        return Usage;
    }
    if (o.parser.isSet(o.help)) {
        io.out << usage() << Qt::endl;
        return Ok;
    }
    logging::applyDefaultRules(o.parser.isSet(o.verbose));
    if (o.parser.isSet(o.verbose))
        LogSink::setStderrMinimum(QtDebugMsg);
    const QStringList words = o.parser.positionalArguments();
    Command command(io, o);
    if (words.value(0) == u"outbox")
        return command.outbox(words.mid(1));
    const QString action = words.value(1);
    if (action == u"show") {
        if (words.size() == 3)
            return command.show(words.at(2));
        io.err << usage() << Qt::endl;
        return Usage;
    }
    static const QStringList known{QStringLiteral("pick"),         QStringLiteral("invoice"), QStringLiteral("track"),
                                   QStringLiteral("cancel"),       QStringLiteral("invoice-link"),
                                   QStringLiteral("status"),       QStringLiteral("note"),
                                   QStringLiteral("tracking"),     QStringLiteral("split"),   QStringLiteral("pack"),
                                   QStringLiteral("cancel-line"),  QStringLiteral("unpack"),  QStringLiteral("carrier"),
                                   QStringLiteral("in-transit"),   QStringLiteral("delivered"),
                                   QStringLiteral("undelivered")};
    if (!known.contains(action)) {
        io.err << QCoreApplication::translate("sd::cli::OrderActions", "Unknown order action “%1”.").arg(action) << Qt::endl << usage() << Qt::endl;
        return Usage;
    }
    return command.action(action, words.mid(2));
}

} // namespace sd::cli
