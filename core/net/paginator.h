// Fetches a paged list to the end, one page at a time: each page is handed out for ingest as it
// arrives, progress is reported, and an error stops the run with what was fetched so far reported.
#pragma once

#include "httpresponse.h"
#include "neterror.h"
#include "pagestrategy.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace sd::net {

class HttpJob;
class NetworkContext;

struct PaginationSummary
{
    int pagesFetched = 0; // pages handed out through pageReady
    int totalPages = -1; // -1: the platform did not say
    qint64 totalItems = -1; // -1: the platform did not say
    bool complete = false; // the last page was reached
    std::optional<NetFailure> failure; // why the run stopped early (Cancelled included)

    [[nodiscard]] bool ok() const { return complete && !failure; }
};

class Paginator : public QObject
{
    Q_OBJECT

public:
    // Applied to every page's job before it starts: error classifier, retry policy, rate limiter.
    using JobSetup = std::function<void(HttpJob &job)>;

    Paginator(NetworkContext *context, std::unique_ptr<PageStrategy> strategy, QObject *parent = nullptr);
    ~Paginator() override;

    void setJobSetup(JobSetup setup) { m_setup = std::move(setup); }
    // A guard against platforms that never stop (a cursor that loops is caught as well).
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }

    void start();
    // Stops after the current page; finished() reports Cancelled with the pages already handed out.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int pagesDone() const { return m_summary.pagesFetched; }
    [[nodiscard]] const PaginationSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // pageIndex counts from 0 in fetch order. Ingest it here (one transaction per page); the next page
    // is requested after this returns.
    void pageReady(int pageIndex, const sd::net::HttpResponse &page);
    // totalPages is -1 while unknown.
    void progress(int pagesDone, int totalPages);
    // Exactly once per start().
    void finished(const sd::net::PaginationSummary &summary);

private:
    void fetch(const HttpRequest &request);
    void onPage(const HttpRequest &request, const Result<HttpResponse> &result, const NetFailure &failure);
    void finish(std::optional<NetFailure> failure);

    QPointer<NetworkContext> m_context;
    std::unique_ptr<PageStrategy> m_strategy;
    JobSetup m_setup;
    int m_maxPages = 100000;
    QPointer<HttpJob> m_job;
    QSet<QUrl> m_seen;
    bool m_running = false;
    PaginationSummary m_summary;
};

} // namespace sd::net
