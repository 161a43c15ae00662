// The token bucket, on a manual clock: counts of granted tokens at given moments, never wall time.
#include "manualclock.h"
#include "net/ratelimiter.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace sd::net;
using sd::test::ManualClock;
using namespace std::chrono_literals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    // Asks for n tokens of a group and counts how many were granted.
    std::shared_ptr<int> request(RateLimiter &limiter, const QString &group, int n, QObject *context = nullptr)
    {
        auto granted = std::make_shared<int>(0);
        for (int i = 0; i < n; ++i)
            limiter.acquire(group, context ? context : this, [granted] { ++*granted; });
        return granted;
    }

private Q_SLOTS:
    void spacing_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("perMs");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QList<int>>("advanceMs"); // successive clock steps
        QTest::addColumn<QList<int>>("grantedAfter"); // granted so far, at start and after each step
        // Trendyol: 50 per 10 s; the burst goes at once, then one every 200 ms.
        QTest::newRow("trendyol 50/10s") << 50 << 10000 << 55 << QList<int>{ 199, 1, 400, 10000 }
                                         << QList<int>{ 50, 50, 51, 53, 55 };
        // Meta conversations: 2 per second.
        QTest::newRow("meta 2/s") << 2 << 1000 << 6 << QList<int>{ 499, 1, 500, 1000 } << QList<int>{ 2, 2, 3, 4, 6 };
        QTest::newRow("under the limit") << 10 << 1000 << 5 << QList<int>{ 1000 } << QList<int>{ 5, 5 };
    }
    void spacing()
    {
        QFETCH(int, tokens);
        QFETCH(int, perMs);
        QFETCH(int, requests);
        QFETCH(QList<int>, advanceMs);
        QFETCH(QList<int>, grantedAfter);
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"orders"_qs, tokens, std::chrono::milliseconds(perMs));
        const auto granted = request(limiter, u"orders"_qs, requests);
        QCOMPARE(*granted, grantedAfter.at(0));
        QCOMPARE(limiter.waitingCount(u"orders"_qs), requests - grantedAfter.at(0));
        for (int i = 0; i < advanceMs.size(); ++i) {
            clock.advance(advanceMs.at(i));
            QCOMPARE(*granted, grantedAfter.at(i + 1));
        }
        QCOMPARE(limiter.grantedCount(u"orders"_qs), qint64(grantedAfter.constLast()));
    }

    void bucketRefillsToCapacityOnly()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"g"_qs, 5, 1000ms);
        QCOMPARE(limiter.availableTokens(u"g"_qs), 5);
        const auto granted = request(limiter, u"g"_qs, 5);
        QCOMPARE(*granted, 5);
        QCOMPARE(limiter.availableTokens(u"g"_qs), 0);
        clock.advance(600);
        QCOMPARE(limiter.availableTokens(u"g"_qs), 3);
        clock.advance(60000);
        QCOMPARE(limiter.availableTokens(u"g"_qs), 5);
    }

    void groupsAreIndependent()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"orders"_qs, 1, 10s);
        limiter.setLimit(u"cancel"_qs, 2, 10s);
        const auto orders = request(limiter, u"orders"_qs, 3);
        const auto cancels = request(limiter, u"cancel"_qs, 3);
        QCOMPARE(*orders, 1);
        QCOMPARE(*cancels, 2);
    }

    void defaultLimitAndUnlimited()
    {
        ManualClock clock;
        RateLimiter unlimited(&clock);
        QCOMPARE(*request(unlimited, u"any"_qs, 1000), 1000);

        RateLimiter limited(&clock);
        limited.setDefaultLimit(3, 1000ms);
        QCOMPARE(*request(limited, u"a"_qs, 5), 3);
        QCOMPARE(*request(limited, u"b"_qs, 5), 3); // each group its own bucket of the default size
    }

    void pauseAfterRateLimit()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"orders"_qs, 10, 1000ms); // one token per 100 ms
        QSignalSpy paused(&limiter, &RateLimiter::paused);
        limiter.pause(u"orders"_qs, 30s);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(1).toLongLong(), 30000);
        QCOMPARE(limiter.availableTokens(u"orders"_qs), 0);
        const auto granted = request(limiter, u"orders"_qs, 2);
        QCOMPARE(*granted, 0);
        clock.advance(30000);
        QCOMPARE(*granted, 0); // the bucket starts refilling when the pause ends
        clock.advance(100);
        QCOMPARE(*granted, 1);
        clock.advance(100);
        QCOMPARE(*granted, 2);
    }

    void pauseEverything()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.pause(QString(), 5s);
        const auto a = request(limiter, u"a"_qs, 1); // unlimited groups honour a pause too
        const auto b = request(limiter, u"new group"_qs, 1);
        QCOMPARE(*a + *b, 0);
        clock.advance(5000);
        QCOMPARE(*a, 1);
        QCOMPARE(*b, 1);
    }

    void cancelledTicketGivesWayInOrder()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"g"_qs, 1, 1000ms);
        QList<int> order;
        limiter.acquire(u"g"_qs, this, [&] { order.append(0); });
        const auto t1 = limiter.acquire(u"g"_qs, this, [&] { order.append(1); });
        limiter.acquire(u"g"_qs, this, [&] { order.append(2); });
        limiter.cancel(t1);
        QCOMPARE(limiter.waitingCount(u"g"_qs), 1);
        clock.advance(1000);
        QCOMPARE(order, (QList<int>{ 0, 2 }));
        limiter.cancel(t1); // already gone: ignored
    }

    void destroyedContextIsSkipped()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"g"_qs, 1, 1000ms);
        QCOMPARE(*request(limiter, u"g"_qs, 1), 1);
        auto context = std::make_unique<QObject>();
        const auto gone = request(limiter, u"g"_qs, 1, context.get());
        const auto kept = request(limiter, u"g"_qs, 1);
        context.reset();
        clock.advance(1000);
        QCOMPARE(*gone, 0);
        QCOMPARE(*kept, 1);
    }

    void grantMayAcquireAgain()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setLimit(u"g"_qs, 2, 1000ms);
        int chained = 0;
        std::function<void()> next = [&] {
            ++chained;
            if (chained < 4)
                limiter.acquire(u"g"_qs, this, next);
        };
        limiter.acquire(u"g"_qs, this, next);
        QCOMPARE(chained, 2);
        clock.advance(1000);
        QCOMPARE(chained, 4);
    }

    void realClockWakesUp()
    {
        // The one test on the system clock: the wake-up timer really fires (a 20 ms refill).
        RateLimiter limiter;
        limiter.setLimit(u"g"_qs, 1, 20ms);
        const auto granted = request(limiter, u"g"_qs, 2);
        QCOMPARE(*granted, 1);
        QTRY_COMPARE_WITH_TIMEOUT(*granted, 2, 5000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
