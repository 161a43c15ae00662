// The inbox header's connection health banner offscreen, on a real store: hidden while every Meta connection is
// fine; an expired token shows the connection's name, "Reconnect needed", Meta's explanation and a Reconnect
// button (which asks for Settings); a rate limit shows as a warning without the button and goes away by itself
// once its time has passed; the banner follows the row live and sits in the Inbox view.
#include "inbox/connectionhealth.h"
#include "inbox/connectionhealthbar.h"
#include "inbox/inboxview.h"
#include "net/neterror.h"
#include "store/changenotifier.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>
#include <QTest>

using namespace sd;
using namespace sd::ui;
using namespace sd::store::testutil;

class TestConnectionHealthBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::ChangeNotifier m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    qint64 m_now = 1795424400000LL;

    void record(const inbox::ConnectionHealth &h)
    {
        std::optional<Status> out;
        const qint64 at = m_now;
        m_writer->submit([h, at](store::Transaction &tx) { return h.recordIn(tx, kOtherConnection, at, false); }, this,
            [&out](const Status &s) { out = s; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
    }

    static net::NetFailure failure(net::NetError kind, const QString &code, int retryAfterMs = 0)
    {
        net::NetFailure f = net::NetFailure::make(kind);
        f.platformCode = code;
        if (retryAfterMs)
            f.retryAfter = std::chrono::milliseconds(retryAfterMs);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"health.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            QVERIFY(db->exec(u"UPDATE connections SET platform = 'messenger', display_name = 'Demo Butik', sync_cursor = "
                             u"'{\"kind\":\"meta\",\"pageId\":\"1\",\"health\":\"ok\"}' WHERE id = '"_qs
                             + kOtherConnection + u"'"_qs)
                        .ok());
        }
        auto w = store::StoreWriter::open(path, {}, &m_notifier);
        QVERIFY(w.ok());
        m_writer = std::move(w).value();
    }

    void followsTheConnection()
    {
        QWidget header;
        header.resize(600, 80);
        header.show();
        ConnectionHealthBar bar(&header);
        bar.setNowFunction([this] { return m_now; });
        bar.setSource(m_writer.get(), &m_notifier);
        QVERIFY(bar.isHidden());

        record(*inbox::ConnectionHealth::fromFailure(failure(net::NetError::Unauthorized, u"190/463"_qs), m_now));
        QTRY_VERIFY(bar.isVisible());
        QVERIFY2(bar.textLabel()->text().contains(u"Demo Butik"_qs), qPrintable(bar.textLabel()->text()));
        QVERIFY(bar.textLabel()->text().contains(u"Reconnect needed"_qs));
        QVERIFY(bar.textLabel()->text().contains(u"expired"_qs));
        QVERIFY(bar.reconnectButton()->isVisible());
        QCOMPARE(bar.connectionId(), kOtherConnection);
        QSignalSpy reconnect(&bar, &ConnectionHealthBar::reconnectRequested);
        QTest::mouseClick(bar.reconnectButton(), Qt::LeftButton);
        QCOMPARE(reconnect.size(), 1);
        QCOMPARE(reconnect.first().first().toString(), kOtherConnection);

        // Rate limited for 30 s: a warning, nothing to reconnect; gone once the time has passed.
        record(*inbox::ConnectionHealth::fromFailure(failure(net::NetError::RateLimited, u"4"_qs, 30000), m_now));
        QTRY_VERIFY(bar.textLabel()->text().contains(u"Rate limited"_qs));
        QVERIFY(bar.isVisible());
        QVERIFY(!bar.reconnectButton()->isVisible());
        m_now += 31000;
        bar.refresh();
        QVERIFY(bar.isHidden());

        // Fine again: hidden.
        record(*inbox::ConnectionHealth::fromFailure(failure(net::NetError::Forbidden, u"200"_qs), m_now));
        QTRY_VERIFY(bar.isVisible());
        QVERIFY(bar.textLabel()->text().contains(u"Permission missing"_qs));
        record(inbox::ConnectionHealth::ok(m_now));
        QTRY_VERIFY(bar.isHidden());
        bar.setSource(nullptr, nullptr);
        QVERIFY(bar.isHidden());
    }

    void sitsInTheInboxHeader()
    {
        record(*inbox::ConnectionHealth::fromFailure(failure(net::NetError::Unauthorized, u"190/460"_qs), m_now));
        InboxView view;
        view.resize(900, 600);
        view.show();
        auto *bar = view.findChild<ConnectionHealthBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isHidden()); // no source yet
        view.setSource(m_writer.get(), &m_notifier, nullptr);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->textLabel()->text().contains(u"Reconnect needed"_qs));
        QSignalSpy reconnect(&view, &InboxView::reconnectRequested);
        QTest::mouseClick(bar->reconnectButton(), Qt::LeftButton);
        QCOMPARE(reconnect.size(), 1);
        QVERIFY(!reconnect.first().first().toString().isEmpty()); // for that connection
        view.setSource(nullptr, nullptr, nullptr);
        QVERIFY(bar->isHidden());
        record(inbox::ConnectionHealth::ok(m_now));
    }
};

QTEST_MAIN(TestConnectionHealthBar)
#include "tst_connectionhealthbar.moc"
