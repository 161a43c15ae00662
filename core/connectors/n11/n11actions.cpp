#include "n11actions.h"

#include "connectors/actionerror.h"
#include "n11client.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::n11 {

Result<net::HttpJob *> N11Actions::acceptPackage(const domain::Order &package) const
{
    if (package.platformStatus.compare(u"Created", Qt::CaseInsensitive) != 0) {
        return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidState),
            QCoreApplication::translate("sd::connectors", "Only new N11 packages can be accepted (this one is %1).")
                .arg(package.platformStatus) };
    }
    if (package.lines.isEmpty()) {
        return Error{ QString(kActionErrorDomain), static_cast<int>(ActionError::InvalidArgument),
            QCoreApplication::translate("sd::connectors", "The package has no lines.") };
    }
    QJsonArray lines;
    for (const domain::OrderLine &l : package.lines)
        lines.append(QJsonObject{ { u"lineId"_qs, l.platformLineId.toLongLong() } });
    net::HttpRequest request = m_client.api().request("PUT", QStringLiteral("rest/order/v1/update"));
    request.body = QJsonDocument(QJsonObject{ { u"lines"_qs, lines }, { u"status"_qs, u"Picking"_qs } })
                       .toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = QStringLiteral("order-update");
    net::HttpJob *job = m_client.api().createJob(request);
    // 200 with per-line results: any FAIL is the platform refusing (its message kept for the user).
    job->setErrorClassifier([](const net::HttpResponse &response) -> std::optional<net::NetFailure> {
        if (!response.isSuccess())
            return N11Client::classify(response);
        for (const QJsonValue &v : response.json.object().value(u"content").toArray()) {
            const QJsonObject line = v.toObject();
            if (line.value(u"status").toString() == u"FAIL") {
                net::NetFailure f = net::NetFailure::make(net::NetError::Platform,
                    QStringLiteral("N11 refused line %1").arg(line.value(u"lineId").toInteger()), response.status);
                f.platformCode = QStringLiteral("FAIL");
                f.platformMessage = line.value(u"message").toString().left(500);
                f.retryable = false;
                return f;
            }
        }
        return std::nullopt;
    });
    return job;
}

namespace {

Error refused(ActionError code, const QString &message)
{
    return Error{ QString(kActionErrorDomain), static_cast<int>(code), message };
}

Error notPicking(const domain::Order &package)
{
    return refused(ActionError::InvalidState,
        QCoreApplication::translate(
            "sd::connectors", "N11 splits and cancels only packages in Picking (this one is %1).")
            .arg(package.platformStatus));
}

const domain::OrderLine *lineOf(const domain::Order &package, const QString &id)
{
    for (const domain::OrderLine &l : package.lines) {
        if (l.platformLineId == id)
            return &l;
    }
    return nullptr;
}

net::HttpJob *postJson(const N11Client &client, const QString &path, const QJsonObject &body)
{
    net::HttpRequest request = client.api().request("POST", path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.rateGroup = QStringLiteral("package-split");
    request.expect = net::BodyExpectation::Any;
    return client.api().createJob(request);
}

} // namespace

Result<net::HttpJob *> N11Actions::splitByLines(const domain::Order &package, const QList<QStringList> &groups) const
{
    if (package.platformStatus.compare(u"Picking", Qt::CaseInsensitive) != 0)
        return notPicking(package);
    if (groups.size() < 2)
        return refused(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "A package is split into two parts at least."));
    QStringList named;
    QJsonArray body;
    for (const QStringList &group : groups) {
        if (group.isEmpty())
            return refused(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Every part of a split needs a line."));
        QJsonArray ids;
        for (const QString &id : group) {
            if (!lineOf(package, id) || named.contains(id))
                return refused(ActionError::InvalidArgument,
                    QCoreApplication::translate("sd::connectors", "Line %1 is not in this package, or named twice.")
                        .arg(id));
            named.append(id);
            ids.append(id.toLongLong());
        }
        body.append(QJsonObject{ { u"orderLineIds"_qs, ids } });
    }
    if (named.size() != package.lines.size())
        return refused(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Every line of the package must go into one part."));
    return postJson(
        m_client, QStringLiteral("rest/delivery/v1/splitCombinePackage"), QJsonObject{ { u"splitGroups"_qs, body } });
}

Result<net::HttpJob *> N11Actions::cancelLines(
    const domain::Order &package, const QList<LineQuantity> &lines, int reasonId) const
{
    if (package.platformStatus.compare(u"Picking", Qt::CaseInsensitive) != 0)
        return notPicking(package);
    if (reasonId < kFirstCancelReason || reasonId > kLastCancelReason)
        return refused(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose a cancellation reason."));
    if (lines.isEmpty())
        return refused(ActionError::InvalidArgument,
            QCoreApplication::translate("sd::connectors", "Choose at least one line to cancel."));
    QHash<QString, int> cancel;
    QJsonArray cancelled;
    for (const LineQuantity &c : lines) {
        const domain::OrderLine *line = lineOf(package, c.lineId);
        if (!line || cancel.contains(c.lineId))
            return refused(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Line %1 is not in this package, or named twice.")
                    .arg(c.lineId));
        if (c.quantity < 1 || c.quantity > line->quantity)
            return refused(ActionError::InvalidArgument,
                QCoreApplication::translate("sd::connectors", "Line %1: cancel between 1 and %2 items.")
                    .arg(c.lineId)
                    .arg(line->quantity));
        cancel.insert(c.lineId, c.quantity);
        cancelled.append(QJsonObject{ { u"orderLineId"_qs, c.lineId.toLongLong() }, { u"quantity"_qs, c.quantity },
            { u"cancelReasonId"_qs, reasonId } });
    }
    QJsonArray details;
    for (const domain::OrderLine &l : package.lines) {
        const int left = l.quantity - cancel.value(l.platformLineId);
        if (left > 0)
            details.append(QJsonObject{
                { u"orderLineId"_qs, l.platformLineId.toLongLong() }, { u"quantities"_qs, QJsonArray{ left } } });
    }
    if (details.isEmpty())
        return refused(ActionError::InvalidArgument,
            QCoreApplication::translate(
                "sd::connectors", "N11 cannot cancel every item of a package this way; at least one must remain."));
    return postJson(m_client, QStringLiteral("rest/delivery/v1/splitPackageByQuantity"),
        QJsonObject{ { u"packageDetails"_qs, details }, { u"cancelledItems"_qs, cancelled } });
}

} // namespace sd::connectors::n11
