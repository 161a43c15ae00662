#include "n11actions.h"

#include "connectors/actionerror.h"
#include "n11client.h"
#include "net/httpjob.h"

#include <QCoreApplication>
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

} // namespace sd::connectors::n11
