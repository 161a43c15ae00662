#include "credentialcheck.h"

#include "net/httpjob.h"

namespace sd::connectors {

void checkCredentialsWith(
    OrderConnector *connector, const net::ApiClient &api, net::HttpRequest request, ExpectedShape shape)
{
    if (connector->isFetching()) {
        const net::NetFailure busy
            = net::NetFailure::make(net::NetError::Cancelled, QStringLiteral("verifyCredentials while a fetch runs"));
        QMetaObject::invokeMethod(
            connector, [connector, busy] { Q_EMIT connector->credentialsChecked(busy); }, Qt::QueuedConnection);
        return;
    }
    request.rateGroup = QStringLiteral("verify");
    net::HttpJob *job = api.createJob(std::move(request));
    QObject::connect(
        job, &net::HttpJob::finished, connector, [connector, job, shape](const Result<net::HttpResponse> &result) {
            if (!result) {
                Q_EMIT connector->credentialsChecked(job->failure());
                return;
            }
            const bool ok = shape == ExpectedShape::Object ? result->json.isObject() : result->json.isArray();
            if (!ok) {
                Q_EMIT connector->credentialsChecked(net::NetFailure::make(net::NetError::Malformed,
                    QStringLiteral("credential check: unexpected JSON shape"), result->status));
                return;
            }
            Q_EMIT connector->credentialsChecked(std::nullopt);
        });
    job->start();
}

} // namespace sd::connectors
