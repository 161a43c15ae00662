// The Meta inbox from the command line, end to end: sellerdesk-sandbox as a real process, sellerdesk-cli
// connecting a Page with a pasted token (kept in the real keychain), syncing Messenger and Instagram into the
// encrypted cache, listing and showing conversations, and replying within Meta's rules — compared with the
// sandbox's own state, a dropped connection included (one message at Meta, one in the cache).
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_ready;
    QProcessEnvironment m_env;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    Run cli(QStringList args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(qEnvironmentVariable("SELLERDESK_CLI"), QStringList{u"--profile"_qs, m_dir.filePath(u"ws"_qs)} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {-1, {}, {}};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QByteArray control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_ready.value(u"control"_qs).toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    }

    QJsonArray sandboxConversations()
    {
        return QJsonDocument::fromJson(control("GET", u"/state/meta"_qs)).object().value(u"conversations"_qs).toArray();
    }

    QString meta(const QString &key) const
    {
        const QJsonValue v = m_ready.value(u"platforms"_qs).toObject().value(u"meta"_qs).toObject().value(key);
        return v.isString() ? v.toString() : QString();
    }

    // The store id of the conversation with that sandbox customer.
    QString conversationOf(const QString &customerId)
    {
        auto listed = cli({u"--json"_qs, u"--status"_qs, u"all"_qs, u"inbox"_qs, u"list"_qs});
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array()) {
            if (v.toObject().value(u"customerId"_qs).toString() == customerId)
                return v.toObject().value(u"id"_qs).toString();
        }
        return {};
    }

    // A sandbox conversation whose customer last wrote between the two ages (real clock).
    QJsonObject aged(qint64 minMs, qint64 maxMs)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue &v : sandboxConversations()) {
            const qint64 last = v.toObject().value(u"_sandbox"_qs).toObject().value(u"lastInboundMs"_qs).toInteger();
            if (now - last >= minMs && now - last < maxMs)
                return v.toObject();
        }
        return {};
    }

    static int countText(const QJsonObject &conversation, const QString &text)
    {
        int n = 0;
        for (const QJsonValue &m : conversation.value(u"messages"_qs).toArray())
            n += m.toObject().value(u"message"_qs).toString() == text;
        return n;
    }

    QJsonObject byId(const QString &id)
    {
        for (const QJsonValue &v : sandboxConversations()) {
            if (v.toObject().value(u"id"_qs).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        m_sandbox.start(qEnvironmentVariable("SELLERDESK_SANDBOX"), {u"--port"_qs, u"0"_qs, u"--seed"_qs, u"9"_qs});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        m_ready = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        QVERIFY(!meta(u"baseUrl"_qs).isEmpty());
        QCOMPARE(cli({u"profile"_qs, u"create"_qs, u"Gelen Kutusu"_qs}).code, 0);
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void badTokensAreExplained()
    {
        auto unknown = cli({u"connect"_qs, u"meta"_qs, u"--base-url"_qs, meta(u"baseUrl"_qs)}, "EAAnotAToken\n");
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("Reconnect"), unknown.err.constData());
        QVERIFY(!unknown.err.contains("EAAnotAToken"));
        auto expired = cli({u"connect"_qs, u"meta"_qs, u"--base-url"_qs, meta(u"baseUrl"_qs)},
                           meta(u"expiredToken"_qs).toUtf8() + '\n');
        QCOMPARE(expired.code, 1);
        QVERIFY2(expired.err.contains("expired"), expired.err.constData());
        auto wrongPage = cli({u"connect"_qs, u"meta"_qs, u"--base-url"_qs, meta(u"baseUrl"_qs), u"--page"_qs, u"999"_qs},
                             meta(u"systemUserToken"_qs).toUtf8() + '\n');
        QCOMPARE(wrongPage.code, 2);
        QVERIFY(wrongPage.err.contains(meta(u"pageId"_qs).toUtf8()));
        QVERIFY2(cli({u"--json"_qs, u"connections"_qs, u"list"_qs}).out.trimmed() == "[]", "nothing was saved");
    }

    void connectSyncListShow()
    {
        auto connected = cli({u"--json"_qs, u"connect"_qs, u"meta"_qs, u"--base-url"_qs, meta(u"baseUrl"_qs), u"--page"_qs,
                              meta(u"pageId"_qs)},
                             meta(u"systemUserToken"_qs).toUtf8() + '\n');
        QVERIFY2(connected.code == 0, connected.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(connected.out).object();
        QCOMPARE(c.value(u"pageId"_qs).toString(), meta(u"pageId"_qs));
        QCOMPARE(c.value(u"instagramId"_qs).toString(), meta(u"instagramId"_qs));
        QVERIFY(!connected.out.contains(meta(u"pageToken"_qs).toUtf8()));
        // The Page token (not the pasted system-user token) is in the keychain.
        const QString secret = u"connection."_qs + c.value(u"id"_qs).toString() + u".accesstoken"_qs;
        QCOMPARE(cli({u"secret"_qs, u"check"_qs, secret}).code, 0);
        QVERIFY(QDir(m_dir.filePath(u"ws"_qs)).exists());

        auto synced = cli({u"--json"_qs, u"inbox"_qs, u"sync"_qs});
        QVERIFY2(synced.code == 0, synced.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(synced.out).array().at(0).toObject();
        QVERIFY(report.value(u"ok"_qs).toBool());
        const QJsonArray truth = sandboxConversations();
        int messages = 0, instagram = 0, unread = 0;
        for (const QJsonValue &v : truth) {
            messages += int(v.toObject().value(u"messages"_qs).toArray().size());
            instagram += v.toObject().value(u"platform"_qs).toString() == u"instagram";
            unread += v.toObject().value(u"unread_count"_qs).toInt() > 0;
        }
        QCOMPARE(report.value(u"conversations"_qs).toInt(), int(truth.size()));
        QCOMPARE(report.value(u"messages"_qs).toInt(), messages);

        const QJsonArray all = QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"list"_qs}).out).array();
        QCOMPARE(all.size(), truth.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : all) { // newest first
            QVERIFY(v.toObject().value(u"lastMessageAt"_qs).toInteger() <= previous);
            previous = v.toObject().value(u"lastMessageAt"_qs).toInteger();
        }
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"--channel"_qs, u"instagram"_qs, u"inbox"_qs, u"list"_qs}).out)
                     .array()
                     .size(),
                 instagram);
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"--unread"_qs, u"inbox"_qs, u"list"_qs}).out).array().size(),
                 unread);
        QCOMPARE(cli({u"--channel"_qs, u"tiktok"_qs, u"inbox"_qs, u"list"_qs}).code, 2);

        // One conversation in full.
        const QJsonObject first = truth.at(0).toObject();
        const QString id = conversationOf(first.value(u"customer"_qs).toObject().value(u"id"_qs).toString());
        QVERIFY(!id.isEmpty());
        auto shown = cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, id});
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject thread = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(thread.value(u"messages"_qs).toArray().size(), first.value(u"messages"_qs).toArray().size());
        QCOMPARE(thread.value(u"channel"_qs).toString(), first.value(u"platform"_qs).toString());
        QVERIFY(thread.value(u"window"_qs).toObject().contains(u"mode"_qs));
        QCOMPARE(cli({u"inbox"_qs, u"show"_qs, u"no-such-id"_qs}).code, 1);
        auto text = cli({u"inbox"_qs, u"show"_qs, id});
        QCOMPARE(text.code, 0);
    }

    QStringList listIds(const QStringList &options)
    {
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(cli(QStringList{u"--json"_qs} + options + QStringList{u"inbox"_qs, u"list"_qs}).out).array())
            ids << v.toObject().value(u"id"_qs).toString();
        return ids;
    }

    // The workflow from the command line: assign, labels (Turkish-folded), internal notes, done / reopen, snooze,
    // the list filters and their JSON; then every conversation done, customers write, and exactly those
    // conversations are open again after the sync.
    void workflow()
    {
        const QStringList all = listIds({});
        QVERIFY(all.size() >= 4);
        const QString a = all.at(0), b = all.at(1), c = all.at(2);

        auto mine = cli({u"--json"_qs, u"inbox"_qs, u"assign"_qs, a, u"--me"_qs});
        QVERIFY2(mine.code == 0, mine.err.constData());
        const QJsonObject assigned = QJsonDocument::fromJson(mine.out).object();
        QCOMPARE(assigned.value(u"assignee"_qs).toObject().value(u"isMe"_qs).toBool(), true);
        QCOMPARE(assigned.value(u"changed"_qs).toBool(), true);
        QCOMPARE(cli({u"inbox"_qs, u"assign"_qs, b, u"ME"_qs}).code, 0); // by name, folded
        auto ghost = cli({u"inbox"_qs, u"assign"_qs, c, u"Hayalet"_qs});
        QCOMPARE(ghost.code, 1);
        QVERIFY2(ghost.err.contains("Hayalet"), ghost.err.constData());
        QCOMPARE(cli({u"inbox"_qs, u"assign"_qs, c}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"assign"_qs, c, u"--me"_qs, u"--none"_qs}).code, 2);
        QCOMPARE(listIds({u"--mine"_qs}), (QStringList{a, b}));
        QCOMPARE(cli({u"inbox"_qs, u"assign"_qs, b, u"--none"_qs}).code, 0);
        QCOMPARE(listIds({u"--mine"_qs}), QStringList{a});
        QCOMPARE(listIds({u"--unassigned"_qs}).size(), all.size() - 1);
        QCOMPARE(cli({u"--mine"_qs, u"--unassigned"_qs, u"inbox"_qs, u"list"_qs}).code, 2);

        auto labelled = cli({u"--json"_qs, u"inbox"_qs, u"label"_qs, a, u"--add"_qs, u"İade"_qs, u"--add"_qs, u"Kargo Gecikmesi"_qs});
        QVERIFY2(labelled.code == 0, labelled.err.constData());
        QCOMPARE(QJsonDocument::fromJson(labelled.out).object().value(u"labels"_qs).toArray(),
                 (QJsonArray{u"İade"_qs, u"Kargo Gecikmesi"_qs}));
        QCOMPARE(cli({u"inbox"_qs, u"label"_qs, c, u"--add"_qs, u"IADE"_qs}).code, 0);
        QCOMPARE(listIds({u"--label"_qs, u"iade"_qs}), (QStringList{a, c}));
        auto removed = cli({u"--json"_qs, u"inbox"_qs, u"label"_qs, a, u"--remove"_qs, u"ıade"_qs});
        QCOMPARE(QJsonDocument::fromJson(removed.out).object().value(u"labels"_qs).toArray(), QJsonArray{u"Kargo Gecikmesi"_qs});
        QCOMPARE(cli({u"inbox"_qs, u"label"_qs, a}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"label"_qs, u"no-such-id"_qs, u"--add"_qs, u"x"_qs}).code, 1);

        const int messagesBefore = int(QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, a}).out)
                                           .object().value(u"messages"_qs).toArray().size());
        auto note = cli({u"--json"_qs, u"inbox"_qs, u"note"_qs, a}, "Müşteri aradı: iade istiyor.\n");
        QVERIFY2(note.code == 0, note.err.constData());
        QCOMPARE(QJsonDocument::fromJson(note.out).object().value(u"internal"_qs).toBool(), true);
        QCOMPARE(cli({u"inbox"_qs, u"note"_qs, a}, "  \n").code, 1);
        // A note is never a message (nothing for the customer); `show` lists it apart.
        const QJsonObject shown = QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, a}).out).object();
        QCOMPARE(int(shown.value(u"messages"_qs).toArray().size()), messagesBefore);
        const QJsonObject wf = shown.value(u"workflow"_qs).toObject();
        QCOMPARE(wf.value(u"notes"_qs).toArray().size(), 1);
        QCOMPARE(wf.value(u"notes"_qs).toArray().at(0).toObject().value(u"text"_qs).toString(), u"Müşteri aradı: iade istiyor."_qs);
        QCOMPARE(wf.value(u"labels"_qs).toArray(), QJsonArray{u"Kargo Gecikmesi"_qs});
        QCOMPARE(wf.value(u"status"_qs).toString(), u"open"_qs);
        QVERIFY(cli({u"inbox"_qs, u"show"_qs, a}).out.contains("iade istiyor"));

        auto done = cli({u"--json"_qs, u"inbox"_qs, u"done"_qs, c});
        QCOMPARE(QJsonDocument::fromJson(done.out).object().value(u"status"_qs).toString(), u"done"_qs);
        QVERIFY(!listIds({}).contains(c));
        QCOMPARE(listIds({u"--status"_qs, u"done"_qs}), QStringList{c});
        QCOMPARE(cli({u"inbox"_qs, u"reopen"_qs, c}).code, 0);
        QVERIFY(listIds({}).contains(c));

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        auto snoozed = cli({u"--json"_qs, u"inbox"_qs, u"snooze"_qs, b, u"--for"_qs, u"2h"_qs});
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(snoozed.code == 0, snoozed.err.constData());
        const QJsonObject sz = QJsonDocument::fromJson(snoozed.out).object();
        QCOMPARE(sz.value(u"status"_qs).toString(), u"snoozed"_qs);
        const qint64 until = sz.value(u"snoozedUntil"_qs).toInteger();
        QVERIFY(until >= before + 2 * 3600 * 1000LL && until <= after + 2 * 3600 * 1000LL);
        QVERIFY(!listIds({}).contains(b));
        QCOMPARE(listIds({u"--status"_qs, u"snoozed"_qs}), QStringList{b});
        const QJsonArray snoozedRows = QJsonDocument::fromJson(cli({u"--json"_qs, u"--status"_qs, u"snoozed"_qs, u"inbox"_qs, u"list"_qs}).out).array();
        QCOMPARE(snoozedRows.at(0).toObject().value(u"snoozedUntil"_qs).toInteger(), until);
        QCOMPARE(cli({u"inbox"_qs, u"snooze"_qs, b, u"--until"_qs, u"2020-01-01T00:00:00Z"_qs}).code, 1);
        QCOMPARE(cli({u"inbox"_qs, u"snooze"_qs, b, u"--until"_qs, u"yarın"_qs}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"snooze"_qs, b, u"--for"_qs, u"2x"_qs}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"snooze"_qs, b}).code, 2);
        QCOMPARE(cli({u"--status"_qs, u"later"_qs, u"inbox"_qs, u"list"_qs}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"reopen"_qs, b}).code, 0);
        QVERIFY(listIds({}).contains(b));
        // The JSON of a row carries the workflow.
        for (const QJsonValue &v : QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"list"_qs}).out).array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(u"assignee"_qs) && o.contains(u"labels"_qs) && o.contains(u"snoozedUntil"_qs));
            if (o.value(u"id"_qs).toString() == a) {
                QCOMPARE(o.value(u"assignee"_qs).toObject().value(u"isMe"_qs).toBool(), true);
                QCOMPARE(o.value(u"labels"_qs).toArray(), QJsonArray{u"Kargo Gecikmesi"_qs});
                QCOMPARE(o.value(u"status"_qs).toString(), u"open"_qs);
            }
        }

        // Everything done; three customers write; the sync reopens exactly their conversations.
        QCOMPARE(cli(QStringList{u"inbox"_qs, u"done"_qs} + all).code, 0);
        QVERIFY(listIds({}).isEmpty());
        QHash<QString, qint64> lastInbound;
        for (const QJsonValue &v : sandboxConversations())
            lastInbound.insert(v.toObject().value(u"customer"_qs).toObject().value(u"id"_qs).toString(),
                               v.toObject().value(u"_sandbox"_qs).toObject().value(u"lastInboundMs"_qs).toInteger());
        control("POST", u"/new-orders"_qs, QJsonObject{{u"platform"_qs, u"meta"_qs}, {u"count"_qs, 3}});
        QStringList wrote;
        for (const QJsonValue &v : sandboxConversations()) {
            const QString customer = v.toObject().value(u"customer"_qs).toObject().value(u"id"_qs).toString();
            if (v.toObject().value(u"_sandbox"_qs).toObject().value(u"lastInboundMs"_qs).toInteger() != lastInbound.value(customer))
                wrote << conversationOf(customer);
        }
        QVERIFY(!wrote.isEmpty());
        auto synced = cli({u"inbox"_qs, u"sync"_qs});
        QVERIFY2(synced.code == 0, synced.err.constData());
        QStringList open = listIds({});
        open.sort();
        wrote.sort();
        QCOMPARE(open, wrote);
        QCOMPARE(cli(QStringList{u"inbox"_qs, u"reopen"_qs} + all).code, 0);
        QCOMPARE(listIds({}).size(), all.size());
    }

    void replyWithinTheRules()
    {
        const QJsonObject open = aged(0, 20 * 3600 * 1000LL);
        QVERIFY(!open.isEmpty());
        const QString id = conversationOf(open.value(u"customer"_qs).toObject().value(u"id"_qs).toString());
        const QString body = u"Merhaba! Siparişiniz bugün kargoya verilecek 📦"_qs;
        auto sent = cli({u"--json"_qs, u"inbox"_qs, u"reply"_qs, id}, body.toUtf8() + '\n');
        QVERIFY2(sent.code == 0, sent.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(answer.value(u"status"_qs).toString(), u"sent"_qs);
        const QJsonObject after = byId(open.value(u"id"_qs).toString());
        QCOMPARE(countText(after, body), 1);
        QCOMPARE(after.value(u"messages"_qs).toArray().last().toObject().value(u"id"_qs).toString(),
                 answer.value(u"platformId"_qs).toString());
        const QJsonObject thread = QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, id}).out).object();
        const QJsonObject last = thread.value(u"messages"_qs).toArray().last().toObject();
        QCOMPARE(last.value(u"text"_qs).toString(), body);
        QCOMPARE(last.value(u"status"_qs).toString(), u"sent"_qs);
        QCOMPARE(last.value(u"direction"_qs).toString(), u"out"_qs);

        // Outside every window: refused before any call, nothing written.
        const QJsonObject closed = aged(7 * 24 * 3600 * 1000LL, 365 * 24 * 3600 * 1000LL);
        QVERIFY(!closed.isEmpty());
        const QString closedId = conversationOf(closed.value(u"customer"_qs).toObject().value(u"id"_qs).toString());
        const qsizetype before = closed.value(u"messages"_qs).toArray().size();
        auto refused = cli({u"--json"_qs, u"inbox"_qs, u"reply"_qs, closedId}, "Hello?\n");
        QCOMPARE(refused.code, 1);
        QCOMPARE(QJsonDocument::fromJson(refused.out).object().value(u"status"_qs).toString(), u"refused"_qs);
        QVERIFY(refused.err.contains("7 days"));
        QCOMPARE(byId(closed.value(u"id"_qs).toString()).value(u"messages"_qs).toArray().size(), before);
        const QJsonObject closedThread =
            QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, closedId}).out).object();
        QCOMPARE(closedThread.value(u"messages"_qs).toArray().size(), before);
        QCOMPARE(closedThread.value(u"window"_qs).toObject().value(u"mode"_qs).toString(), u"blocked"_qs);
        // Empty text.
        QCOMPARE(cli({u"inbox"_qs, u"reply"_qs, id}, "\n").code, 1);
    }

    void droppedConnectionIsNotADuplicate()
    {
        const QJsonObject open = aged(0, 20 * 3600 * 1000LL);
        const QString id = conversationOf(open.value(u"customer"_qs).toObject().value(u"id"_qs).toString());
        QVERIFY(!control("POST", u"/faults"_qs,
                         {{u"platform"_qs, u"meta"_qs}, {u"method"_qs, u"POST"_qs}, {u"path"_qs, u"*/messages"_qs},
                          {u"fault"_qs, u"drop-after"_qs}})
                     .isEmpty());
        const QString body = u"Kargo takip numaranız: 7312 0045 8891"_qs;
        // The answer is lost after Meta took the message: the outbox reads the conversation, finds the reply
        // there and records it as sent, instead of sending it again.
        auto reconciled = cli({u"--json"_qs, u"inbox"_qs, u"reply"_qs, id}, body.toUtf8());
        QVERIFY2(reconciled.code == 0, reconciled.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(reconciled.out).object();
        QCOMPARE(answer.value(u"status"_qs).toString(), u"sent"_qs);
        QVERIFY(!answer.value(u"platformId"_qs).toString().isEmpty());
        QCOMPARE(countText(byId(open.value(u"id"_qs).toString()), body), 1); // Meta has it once
        // The next sync finds it: one message, sent, in the cache.
        QCOMPARE(cli({u"inbox"_qs, u"sync"_qs}).code, 0);
        const QJsonArray messages =
            QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, id}).out).object().value(u"messages"_qs).toArray();
        int copies = 0;
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(u"text"_qs).toString() == body) {
                ++copies;
                QCOMPARE(m.toObject().value(u"status"_qs).toString(), u"sent"_qs);
            }
        }
        QCOMPARE(copies, 1);
    }

    void expiredTokenMeansReconnect()
    {
        auto list = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        const QString id = QJsonDocument::fromJson(list.out).array().at(0).toObject().value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        // Meta revoked the token meanwhile: the sync stops, says so, and the connection shows "reconnect".
        QCOMPARE(cli({u"secret"_qs, u"set"_qs, u"connection."_qs + id + u".accesstoken"_qs},
                     meta(u"expiredToken"_qs).toUtf8())
                     .code,
                 0);
        auto synced = cli({u"--json"_qs, u"inbox"_qs, u"sync"_qs});
        QCOMPARE(synced.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(synced.out).array().at(0).toObject();
        QCOMPARE(report.value(u"health"_qs).toString(), u"reconnect"_qs);
        QVERIFY(report.value(u"error"_qs).toString().contains(u"Reconnect"_qs));
        auto after = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        QCOMPARE(QJsonDocument::fromJson(after.out).array().at(0).toObject().value(u"status"_qs).toString(), u"error"_qs);
        // What was synced before is still there.
        QVERIFY(!QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"list"_qs}).out).array().isEmpty());
    }

    void replyWithAnExpiredTokenCanBeRetried()
    {
        // The token is still the expired one (previous test): the reply fails, says reconnect, stays in the outbox.
        const QJsonObject open = aged(0, 20 * 3600 * 1000LL);
        const QString id = conversationOf(open.value(u"customer"_qs).toObject().value(u"id"_qs).toString());
        const QString body = u"Yeniden bağlanınca gitmeli"_qs;
        auto failed = cli({u"--json"_qs, u"inbox"_qs, u"reply"_qs, id}, body.toUtf8());
        QCOMPARE(failed.code, 1);
        const QJsonObject answer = QJsonDocument::fromJson(failed.out).object();
        QCOMPARE(answer.value(u"status"_qs).toString(), u"failed"_qs);
        QCOMPARE(answer.value(u"errorClass"_qs).toString(), u"reconnect"_qs);
        const QString item = answer.value(u"outbox"_qs).toString();
        QVERIFY(!item.isEmpty());
        QCOMPARE(countText(byId(open.value(u"id"_qs).toString()), body), 0);
        // outbox retry puts the item and the message row back to pending together.
        auto retried = cli({u"--json"_qs, u"outbox"_qs, u"retry"_qs, item});
        QVERIFY2(retried.code == 0, retried.err.constData());
        QCOMPARE(QJsonDocument::fromJson(retried.out).object().value(u"state"_qs).toString(), u"pending"_qs);
        const QJsonArray messages =
            QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"show"_qs, id}).out).object().value(u"messages"_qs).toArray();
        QCOMPARE(messages.last().toObject().value(u"text"_qs).toString(), body);
        QCOMPARE(messages.last().toObject().value(u"status"_qs).toString(), u"pending"_qs);
    }

    void usage()
    {
        QCOMPARE(cli({u"inbox"_qs}).code, 2);
        QCOMPARE(cli({u"inbox"_qs, u"show"_qs}).code, 2);
        QCOMPARE(cli({u"connect"_qs, u"meta"_qs, u"extra"_qs}).code, 2);
        QVERIFY(cli({u"--help"_qs}).out.contains("inbox reply ID"));
    }

    // The general commands know Meta connections: `sync` runs MetaSync too, `connections list` shows the Page,
    // `connections remove` asks first, then deletes the Page token and the conversations with their messages.
    void generalSyncListAndRemove()
    {
        auto list = cli({u"--json"_qs, u"connections"_qs, u"list"_qs});
        const QJsonObject row = QJsonDocument::fromJson(list.out).array().at(0).toObject();
        const QString id = row.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(row.value(u"platform"_qs).toString(), u"messenger"_qs);
        const QString secret = u"connection."_qs + id + u".accesstoken"_qs;
        QCOMPARE(cli({u"secret"_qs, u"set"_qs, secret}, meta(u"pageToken"_qs).toUtf8()).code, 0);

        auto synced = cli({u"--json"_qs, u"sync"_qs});
        QVERIFY2(synced.code == 0, synced.err.constData());
        const QJsonArray reports = QJsonDocument::fromJson(synced.out).array();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).toObject().value(u"platform"_qs).toString(), u"meta"_qs);
        QVERIFY(reports.at(0).toObject().value(u"ok"_qs).toBool());
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"connections"_qs, u"list"_qs}).out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"status"_qs)
                     .toString(),
                 u"active"_qs);

        auto asked = cli({u"connections"_qs, u"remove"_qs, id});
        QCOMPARE(asked.code, 2);
        QVERIFY2(asked.err.contains("conversations"), asked.err.constData());
        QVERIFY(!QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"list"_qs}).out).array().isEmpty());

        auto removed = cli({u"--yes"_qs, u"connections"_qs, u"remove"_qs, id});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QVERIFY(cli({u"secret"_qs, u"check"_qs, secret}).code != 0);
        QCOMPARE(cli({u"--json"_qs, u"connections"_qs, u"list"_qs}).out.trimmed(), QByteArray("[]"));
        QVERIFY(QJsonDocument::fromJson(cli({u"--json"_qs, u"inbox"_qs, u"list"_qs}).out).array().isEmpty());
        auto search = cli({u"--json"_qs, u"store"_qs, u"info"_qs});
        QVERIFY2(search.code == 0, search.err.constData());
        const QJsonObject rows = QJsonDocument::fromJson(search.out).object().value(u"rows"_qs).toObject();
        QCOMPARE(rows.value(u"messages"_qs).toInt(-1), 0);
        QCOMPARE(rows.value(u"conversations"_qs).toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliInbox)
#include "tst_cli_inbox.moc"
