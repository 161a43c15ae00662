// The Paginator over loopback HTTP, for each paging style the connectors need: to the end, stopping on
// an error with the pages before it reported, cancelled mid-way, and refusing paging data that loops
// or leaves the API's origin.
#include "manualclock.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "net/paginator.h"
#include "testhttpserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sd::net;
using sd::test::ManualClock;
using sd::test::TestHttpServer;
using sd::test::TestReply;
using sd::test::TestRequest;

namespace {

constexpr int kPages = 5;
constexpr int kPerPage = 2;

QJsonArray itemsOfPage(int page) // page from 0
{
    QJsonArray items;
    for (int i = 0; i < kPerPage; ++i)
        items.append(QJsonObject{ { u"id"_qs, page * kPerPage + i + 1 } });
    return items;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPaginator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NetworkContext> m_context;
    int m_failAtPage = 0; // 1-based page that answers 500; 0 = none
    int m_failuresLeft = 0; // how many times it does so
    QString m_cursorNextOverride; // replaces paging.next on the first page when set

    // Serves 5 pages of 2 items in the style the path names. Page numbers are 1-based in m_failAtPage.
    TestReply serve(const TestRequest &r)
    {
        int page = -1;
        TestReply reply;
        if (r.path == u"/integration/order/sellers/1/orders") { // Trendyol: page from 0
            page = r.query.queryItemValue(u"page"_qs).toInt();
            reply = TestReply::json(200,
                toJson({ { u"page"_qs, page }, { u"size"_qs, kPerPage }, { u"totalPages"_qs, kPages },
                    { u"totalElements"_qs, kPages * kPerPage }, { u"content"_qs, itemsOfPage(page) } }));
        } else if (r.path == u"/orders/merchantid/m1") { // Hepsiburada: offset/limit
            const int offset = r.query.queryItemValue(u"offset"_qs).toInt();
            page = offset / kPerPage;
            reply = TestReply::json(200,
                toJson({ { u"totalCount"_qs, kPages * kPerPage }, { u"offset"_qs, offset }, { u"limit"_qs, kPerPage },
                    { u"pageCount"_qs, kPages }, { u"items"_qs, itemsOfPage(page) } }));
        } else if (r.path == u"/v21.0/me/conversations") { // Graph: cursors
            const QString after = r.query.queryItemValue(u"after"_qs);
            page = after.isEmpty() ? 0 : after.mid(1).toInt();
            QJsonObject paging{ { u"cursors"_qs,
                QJsonObject{ { u"before"_qs, u"b%1"_qs.arg(page) }, { u"after"_qs, u"c%1"_qs.arg(page + 1) } } } };
            if (page + 1 < kPages) {
                QString next = m_server->url(u"/v21.0/me/conversations?limit=2&after=c"_qs + QString::number(page + 1))
                                   .toString();
                if (page == 0 && !m_cursorNextOverride.isEmpty())
                    next = m_cursorNextOverride;
                paging.insert(u"next"_qs, next);
            }
            reply = TestReply::json(200, toJson({ { u"data"_qs, itemsOfPage(page) }, { u"paging"_qs, paging } }));
        } else if (r.path == u"/wp-json/wc/v3/orders") { // WooCommerce: Link + X-WP-*
            page = r.query.queryItemValue(u"page"_qs).toInt() - 1;
            reply = TestReply::json(200, QJsonDocument(itemsOfPage(page)).toJson(QJsonDocument::Compact));
            reply.withHeader("X-WP-Total", QByteArray::number(kPages * kPerPage))
                .withHeader("X-WP-TotalPages", QByteArray::number(kPages));
            if (page + 1 < kPages && !r.query.hasQueryItem(u"nolink"_qs)) {
                const QUrl next = m_server->url(u"/wp-json/wc/v3/orders?page=%1&per_page=2"_qs.arg(page + 2));
                reply.withHeader("Link",
                    "<" + next.toEncoded() + ">; rel=\"next\", <"
                        + m_server->url(u"/wp-json/wc/v3/orders?page=1&per_page=2"_qs).toEncoded()
                        + ">; rel=\"first\"");
            }
        } else {
            return TestReply::json(404, "{}");
        }
        if (page + 1 == m_failAtPage && m_failuresLeft > 0) {
            --m_failuresLeft;
            return TestReply::json(500, R"({"exception":"TrendyolSystemException"})");
        }
        return reply;
    }

    std::unique_ptr<PageStrategy> strategy(const QString &style)
    {
        if (style == u"page")
            return std::make_unique<PageNumberPagination>(
                HttpRequest::get(m_server->url(u"/integration/order/sellers/1/orders"_qs)),
                PageNumberPagination::Options{ .pageSize = kPerPage });
        if (style == u"offset")
            return std::make_unique<OffsetLimitPagination>(HttpRequest::get(m_server->url(u"/orders/merchantid/m1"_qs)),
                OffsetLimitPagination::Options{ .limit = kPerPage });
        if (style == u"cursor" || style == u"cursor-after") {
            CursorPagination::Options o;
            o.limit = kPerPage;
            o.followNextUrl = style == u"cursor";
            return std::make_unique<CursorPagination>(
                HttpRequest::get(m_server->url(u"/v21.0/me/conversations"_qs)), o);
        }
        const QString extra = style == u"link-nolink" ? u"?nolink=1"_qs : QString();
        return std::make_unique<LinkHeaderPagination>(
            HttpRequest::get(m_server->url(u"/wp-json/wc/v3/orders"_qs + extra)),
            LinkHeaderPagination::Options{ .perPage = kPerPage });
    }

    struct Run
    {
        QList<int> ids;
        QList<int> indexes;
        QList<std::pair<int, int>> progress;
        std::optional<PaginationSummary> summary;
        int finishedCount = 0;
    };

    std::shared_ptr<Run> watch(Paginator &p)
    {
        auto run = std::make_shared<Run>();
        connect(&p, &Paginator::pageReady, this, [run](int index, const HttpResponse &page) {
            run->indexes.append(index);
            const QJsonArray items = page.json.isArray()  ? page.json.array()
                : page.json.object().contains(u"content") ? page.json.object().value(u"content").toArray()
                : page.json.object().contains(u"items")   ? page.json.object().value(u"items").toArray()
                                                          : page.json.object().value(u"data").toArray();
            for (const auto &item : items)
                run->ids.append(item.toObject().value(u"id").toInt());
        });
        connect(&p, &Paginator::progress, this, [run](int done, int total) { run->progress.append({ done, total }); });
        connect(&p, &Paginator::finished, this, [run](const PaginationSummary &s) {
            ++run->finishedCount;
            run->summary = s;
        });
        return run;
    }

    // Runs the event loop until the paginator finished (a real loop: no polling naps).
    [[nodiscard]] static bool finished(Paginator &p, const std::shared_ptr<Run> &run)
    {
        if (run->finishedCount == 0) {
            QEventLoop loop;
            QObject::connect(&p, &Paginator::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return run->finishedCount > 0;
    }

    static QList<int> idsUpTo(int pages)
    {
        QList<int> ids;
        for (int i = 1; i <= pages * kPerPage; ++i)
            ids.append(i);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const TestRequest &r) { return serve(r); });
        m_clock = std::make_unique<ManualClock>();
        m_clock->setAutoAdvance(true);
        m_context = std::make_unique<NetworkContext>();
        m_context->setClock(m_clock.get());
        m_failAtPage = 0;
        m_failuresLeft = 0;
        m_cursorNextOverride.clear();
    }

    void cleanup()
    {
        m_context.reset();
        m_server.reset();
        m_clock.reset();
    }

    void toTheEnd_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<int>("failAt"); // 1-based page answering 500; 0 = none
        QTest::addColumn<int>("failures"); // how often it does
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("expectedPages");
        QTest::addColumn<bool>("knowsTotal");
        for (const QString &style :
            { u"page"_qs, u"offset"_qs, u"cursor"_qs, u"cursor-after"_qs, u"link"_qs, u"link-nolink"_qs }) {
            const bool knowsTotal = !style.startsWith(u"cursor");
            QTest::addRow("%s: all pages", qPrintable(style)) << style << 0 << 0 << 1 << kPages << knowsTotal;
            QTest::addRow("%s: error on page 3 of 5", qPrintable(style)) << style << 3 << 100 << 1 << 2 << knowsTotal;
            QTest::addRow("%s: page 3 fails once, retried", qPrintable(style))
                << style << 3 << 1 << 2 << kPages << knowsTotal;
        }
    }
    void toTheEnd()
    {
        QFETCH(QString, style);
        QFETCH(int, failAt);
        QFETCH(int, failures);
        QFETCH(int, maxAttempts);
        QFETCH(int, expectedPages);
        QFETCH(bool, knowsTotal);
        m_failAtPage = failAt;
        m_failuresLeft = failures;

        Paginator paginator(m_context.get(), strategy(style));
        paginator.setJobSetup([maxAttempts](HttpJob &job) {
            RetryPolicy p;
            p.maxAttempts = maxAttempts;
            job.setRetryPolicy(p);
        });
        const auto run = watch(paginator);
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->finishedCount, 1);

        const PaginationSummary &s = *run->summary;
        QCOMPARE(s.pagesFetched, expectedPages);
        QCOMPARE(run->ids, idsUpTo(expectedPages));
        QCOMPARE(run->indexes.size(), expectedPages);
        QCOMPARE(run->progress.size(), expectedPages);
        for (int i = 0; i < expectedPages; ++i) {
            QCOMPARE(run->indexes[i], i);
            QCOMPARE(run->progress[i].first, i + 1);
            QCOMPARE(run->progress[i].second, knowsTotal ? kPages : -1);
        }
        if (expectedPages == kPages) {
            QVERIFY(s.ok());
            QVERIFY(s.complete);
            QVERIFY(!s.failure);
        } else {
            QVERIFY(!s.ok());
            QVERIFY(!s.complete);
            QVERIFY(s.failure.has_value());
            QCOMPARE(s.failure->kind, NetError::Server);
            QCOMPARE(s.failure->httpStatus, 500);
            QCOMPARE(m_server->requestCount(), 3); // pages 1, 2 and the failing 3; nothing after
        }
        if (knowsTotal)
            QCOMPARE(s.totalPages, kPages);
        QVERIFY(!paginator.isRunning());
    }

    void cancelWhileIngesting()
    {
        Paginator paginator(m_context.get(), strategy(u"page"_qs));
        const auto run = watch(paginator);
        connect(&paginator, &Paginator::pageReady, &paginator, [&paginator](int index) {
            if (index == 1)
                paginator.cancel();
        });
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->summary->pagesFetched, 2);
        QCOMPARE(run->ids, idsUpTo(2));
        QVERIFY(run->summary->failure.has_value());
        QCOMPARE(run->summary->failure->kind, NetError::Cancelled);
        QCOMPARE(m_server->requestCount(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(run->finishedCount, 1);
    }

    void cancelWhileFetching()
    {
        TestReply never;
        never.mode = TestReply::Mode::NeverAnswer;
        m_server->setHandler([never](const TestRequest &) { return never; });
        Paginator paginator(m_context.get(), strategy(u"offset"_qs));
        const auto run = watch(paginator);
        paginator.start();
        QTRY_COMPARE(m_server->requestCount(), 1);
        paginator.cancel();
        QCOMPARE(run->finishedCount, 1);
        QCOMPARE(run->summary->pagesFetched, 0);
        QCOMPARE(run->summary->failure->kind, NetError::Cancelled);
        QTRY_VERIFY(m_server->closedConnections() >= 1);
        QCOMPARE(run->finishedCount, 1);
    }

    void badPagingData_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("totalPages not a number") << u"page"_qs << u"/integration/order/sellers/1/orders"_qs
                                                 << QByteArray(R"({"content":[{"id":1}],"totalPages":"many"})");
        QTest::newRow("content not an array") << u"page"_qs << u"/integration/order/sellers/1/orders"_qs
                                              << QByteArray(R"({"content":{"id":1},"totalPages":1})");
        QTest::newRow("offset page is an array")
            << u"offset"_qs << u"/orders/merchantid/m1"_qs << QByteArray(R"([{"id":1}])");
        QTest::newRow("paging.next not a string") << u"cursor"_qs << u"/v21.0/me/conversations"_qs
                                                  << QByteArray(R"({"data":[{"id":1}],"paging":{"next":42}})");
        QTest::newRow("woocommerce object body")
            << u"link"_qs << u"/wp-json/wc/v3/orders"_qs << QByteArray(R"({"id":1})");
    }
    void badPagingData()
    {
        QFETCH(QString, style);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        m_server->enqueue(path, TestReply::json(200, body));
        Paginator paginator(m_context.get(), strategy(style));
        const auto run = watch(paginator);
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->summary->pagesFetched, 0);
        QCOMPARE(run->summary->failure->kind, NetError::Malformed);
        QVERIFY(run->ids.isEmpty()); // a page whose paging cannot be read is not handed out
    }

    void nextLeavingTheOriginRefused()
    {
        m_cursorNextOverride = u"https://graph.evil.example/v21.0/me/conversations?after=c1"_qs;
        Paginator paginator(m_context.get(), strategy(u"cursor"_qs));
        const auto run = watch(paginator);
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->summary->failure->kind, NetError::Malformed);
        QCOMPARE(run->summary->pagesFetched, 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void loopingCursorStopped()
    {
        // paging.next points back at the first page: without a guard this would never end.
        m_cursorNextOverride = m_server->url(u"/v21.0/me/conversations?limit=2"_qs).toString();
        Paginator paginator(m_context.get(), strategy(u"cursor"_qs));
        const auto run = watch(paginator);
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->summary->failure->kind, NetError::Malformed);
        QCOMPARE(run->summary->pagesFetched, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void maxPagesGuard()
    {
        Paginator paginator(m_context.get(), strategy(u"link"_qs));
        paginator.setMaxPages(3);
        const auto run = watch(paginator);
        paginator.start();
        QVERIFY(finished(paginator, run));
        QCOMPARE(run->summary->pagesFetched, 3);
        QCOMPARE(run->summary->failure->kind, NetError::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestPaginator)
#include "tst_paginator.moc"
