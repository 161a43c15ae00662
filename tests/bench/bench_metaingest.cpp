// Message ingest rate of the Meta inbox: the in-process sandbox's Graph emulator holds N messages over its seeded
// conversations; one full MetaSync (real HTTP over loopback, mapping, one transaction per page) writes them into a
// fresh store. Prints one JSON line per measurement; times are not asserted anywhere.
//
//   bench_metaingest [--messages N] [--page-size P] [--quick]
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metasync.h"
#include "engine/sandbox.h"
#include "meta/metaemulator.h"
#include "net/networkcontext.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace sd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_qs);
    auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int messages = option(u"--messages"_qs, quick ? 300 : 20000);
    const int pageSize = option(u"--page-size"_qs, 100);

    sandbox::Sandbox::Options options;
    options.ordersPerPlatform = 1;
    sandbox::Sandbox sbx(options);
    sbx.clock().setFixed(1795424400000LL);
    QString error;
    if (!sbx.start(&error)) {
        std::fprintf(stderr, "bench_metaingest: sandbox: %s\n", qPrintable(error));
        return 1;
    }
    sandbox::PlatformEmulator *meta = sbx.emulator(u"meta"_qs);
    meta->setRateLimit({ 0, 1000 });
    meta->addNewOrders(messages);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.db"_qs);
    {
        auto db = store::Database::open(path);
        if (!db || !store::Migrator::migrate(**db)
            || !(*db)->exec(u"INSERT INTO workspaces(id, name, created_at, updated_at) VALUES ('w', 'Bench', 1, 1);"
                            u"INSERT INTO connections(id, workspace_id, platform, display_name, created_at, updated_at)"
                            u" VALUES ('c', 'w', 'messenger', 'Demo Butik', 1, 1);"_qs)) {
            std::fprintf(stderr, "bench_metaingest: store set-up failed\n");
            return 1;
        }
    }
    auto writer = store::StoreWriter::open(path, {}, nullptr);
    if (!writer) {
        std::fprintf(stderr, "bench_metaingest: %s\n", qPrintable(writer.error().message));
        return 1;
    }
    net::NetworkContext network;
    connectors::meta::MetaConnection c;
    c.host = QUrl(sbx.baseUrl(u"meta"_qs));
    c.pageId = sandbox::MetaEmulator::kPageId;
    c.instagramId = sandbox::MetaEmulator::kInstagramId;
    c.accessToken = sandbox::MetaEmulator::kPageToken;
    c.readsPerSecond = 100000;
    c.pageSize = pageSize;
    connectors::meta::MetaClient client(&network, c);
    connectors::meta::MetaSync sync(&client, writer->get(), u"w"_qs, u"c"_qs);
    std::optional<connectors::meta::MetaSyncReport> report;
    QEventLoop loop;
    QObject::connect(&sync, &connectors::meta::MetaSync::finished, &loop,
        [&](const connectors::meta::MetaSyncReport &r) {
            report = r;
            loop.quit();
        });
    QElapsedTimer timer;
    timer.start();
    sync.start({});
    if (!report)
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report->ok()) {
        std::fprintf(stderr, "bench_metaingest: sync failed\n");
        return 1;
    }
    const QJsonObject line{ { u"bench"_qs, u"meta_ingest"_qs }, { u"messages"_qs, report->messages },
        { u"pages"_qs, report->pages }, { u"conversations"_qs, report->conversations },
        { u"seconds"_qs, seconds }, { u"messagesPerSecond"_qs, seconds > 0 ? report->messages / seconds : 0.0 } };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}
