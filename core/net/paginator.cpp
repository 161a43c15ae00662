#include "paginator.h"

#include "common/logging.h"
#include "common/redactor.h"
#include "httpjob.h"
#include "networkcontext.h"

namespace sd::net {

Paginator::Paginator(NetworkContext *context, std::unique_ptr<PageStrategy> strategy, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_strategy(std::move(strategy))
{ }

Paginator::~Paginator()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void Paginator::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_seen.clear();
    fetch(m_strategy->firstRequest());
}

void Paginator::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    finish(NetFailure::make(NetError::Cancelled, u"pagination cancelled"_qs));
}

void Paginator::fetch(const HttpRequest &request)
{
    if (m_seen.contains(request.url)) {
        finish(NetFailure::make(
            NetError::Malformed, u"the next page repeats an earlier one: "_qs + request.url.toString()));
        return;
    }
    if (m_summary.pagesFetched >= m_maxPages) {
        finish(NetFailure::make(NetError::Malformed, u"more than "_qs + QString::number(m_maxPages) + u" pages"));
        return;
    }
    m_seen.insert(request.url);
    if (!m_context) {
        finish(NetFailure::make(NetError::Cancelled, u"no network context"_qs));
        return;
    }
    HttpJob *job = m_context->createJob(request);
    if (m_setup)
        m_setup(*job);
    job->setAutoDelete(true);
    m_job = job;
    connect(job, &HttpJob::finished, this, [this, job, request](const Result<HttpResponse> &result) {
        m_job = nullptr;
        onPage(request, result, job->failure());
    });
    job->start();
}

void Paginator::onPage(const HttpRequest &request, const Result<HttpResponse> &result, const NetFailure &failure)
{
    if (!m_running)
        return;
    if (!result) {
        finish(failure);
        return;
    }
    const HttpResponse &page = result.value();
    const PageStep step = m_strategy->readPage(request, page);
    if (!step.malformed.isEmpty()) {
        NetFailure f = NetFailure::make(NetError::Malformed,
            step.malformed + u" (page " + QString::number(m_summary.pagesFetched + 1) + u')', page.status);
        finish(f);
        return;
    }
    if (step.totalPages)
        m_summary.totalPages = *step.totalPages;
    if (step.totalItems)
        m_summary.totalItems = *step.totalItems;

    const int index = m_summary.pagesFetched++;
    const QPointer<Paginator> self(this);
    Q_EMIT pageReady(index, page);
    if (!self || !m_running) // cancelled (or deleted) while ingesting
        return;
    Q_EMIT progress(m_summary.pagesFetched, m_summary.totalPages);
    if (!self || !m_running)
        return;
    if (!step.next) {
        m_summary.complete = true;
        finish(std::nullopt);
        return;
    }
    fetch(*step.next);
}

void Paginator::finish(std::optional<NetFailure> failure)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.failure = std::move(failure);
    if (m_summary.failure && m_summary.failure->kind != NetError::Cancelled)
        qCWarning(lcNet).noquote() << "pagination stopped after" << m_summary.pagesFetched
                                   << "page(s):" << m_summary.failure->logLine();
    else
        qCDebug(lcNet) << "pagination ended after" << m_summary.pagesFetched
                       << "page(s), complete:" << m_summary.complete;
    Q_EMIT finished(m_summary);
}

} // namespace sd::net
