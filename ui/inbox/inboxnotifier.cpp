#include "inboxnotifier.h"

#include "common/logging.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace sd::ui {

using namespace Qt::StringLiterals;

InboxNotifier::InboxNotifier(QObject *parent) : QObject(parent)
{
}

InboxNotifier::~InboxNotifier() = default;

void InboxNotifier::setNowFunction(std::function<qint64()> now)
{
    m_now = std::move(now);
}

qint64 InboxNotifier::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void InboxNotifier::setSource(store::StoreWriter *writer, store::ChangeNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    m_reader.reset();
    if (writer) {
        auto reader = writer->openReader();
        if (reader)
            m_reader = std::move(reader).value();
        else
            qCWarning(lcUi) << "inbox notifications: no reader:" << reader.error().message;
    }
    if (notifier)
        connect(notifier, &store::ChangeNotifier::changed, this, &InboxNotifier::onChanges);
    m_attachedAt = now();
    refreshUnread();
}

void InboxNotifier::refreshUnread()
{
    int unread = 0;
    if (m_reader) {
        unread = int(m_reader->queryInt(u"SELECT ifnull(sum(unread_count), 0) FROM conversations WHERE deleted = 0"_s)
                         .valueOr(0));
    }
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(unread);
    }
}

QString InboxNotifier::previewText(const QString &text, int maxChars)
{
    QString line = text.simplified(); // line breaks and runs of spaces become one space
    if (line.size() > maxChars) {
        int cut = maxChars - 1;
        if (cut > 0 && line.at(cut - 1).isHighSurrogate())
            --cut; // never split an emoji
        line = line.left(cut).trimmed() + u'…';
    }
    return line;
}

void InboxNotifier::onChanges(const sd::store::ChangeBatch &batch)
{
    QStringList inserted;
    bool conversations = false;
    for (const store::Change &c : batch) {
        if (c.table == QLatin1String("messages") && c.kind == store::ChangeKind::Inserted)
            inserted += c.ids;
        if (c.table == QLatin1String("conversations"))
            conversations = true;
    }
    if (conversations && !m_unreadQueued) {
        m_unreadQueued = true; // one count per burst of commits
        QMetaObject::invokeMethod(this, [this] {
            m_unreadQueued = false;
            refreshUnread();
        }, Qt::QueuedConnection);
    }
    if (!inserted.isEmpty())
        announce(inserted);
}

void InboxNotifier::announce(const QStringList &messageIds)
{
    if (!m_reader || !m_enabled)
        return;
    auto st = m_reader->prepare(
        u"SELECT m.conversation_id, m.body, ifnull(nullif(c.participant_name, ''), ifnull(m.sender_name, '')),"
        u" c.channel, (SELECT count(*) FROM attachments a WHERE a.message_id = m.id AND a.deleted = 0)"
        u" FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        u" WHERE m.id IN (SELECT value FROM json_each(?1)) AND m.direction = 'in' AND m.deleted = 0 AND m.unsent = 0"
        u" AND m.sent_at >= ?2 ORDER BY m.sent_at DESC, m.seq DESC");
    if (!st) {
        qCWarning(lcUi) << "inbox notifications:" << st.error().message;
        return;
    }
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(messageIds)).toJson(QJsonDocument::Compact);
    if (!st->bindAll(QString::fromUtf8(ids), m_attachedAt - kGraceMs))
        return;
    struct Row
    {
        QString conversation, text, sender, channel;
        int attachments = 0;
    };
    QList<Row> rows;
    while (st->step().valueOr(false)) {
        Row r{st->text(0), st->text(1), st->text(2), st->text(3), int(st->int64(4))};
        if (r.conversation != m_focused)
            rows << r;
    }
    if (rows.isEmpty())
        return;
    InboxNotification n;
    n.conversationId = rows.constFirst().conversation;
    n.count = int(rows.size());
    if (rows.size() > kSummaryAbove) {
        QStringList senders;
        for (const Row &r : std::as_const(rows)) {
            const QString who = r.sender.isEmpty() ? tr("Unknown person") : r.sender;
            if (!senders.contains(who))
                senders << who;
        }
        n.title = tr("%n new message(s)", nullptr, n.count);
        n.body = previewText(senders.join(u", "_s));
        if (m_sink)
            m_sink->showNotification(n);
        Q_EMIT notified(n);
    } else {
        for (const Row &r : std::as_const(rows)) {
            InboxNotification one;
            one.conversationId = r.conversation;
            one.title = r.sender.isEmpty() ? tr("Unknown person") : r.sender;
            if (r.channel == QLatin1String("instagram"))
                one.title = tr("%1 (Instagram)").arg(one.title);
            else if (r.channel == QLatin1String("messenger"))
                one.title = tr("%1 (Messenger)").arg(one.title);
            one.body = !r.text.trimmed().isEmpty() ? previewText(r.text)
                       : r.attachments > 0          ? tr("Sent an attachment")
                                                    : tr("New message");
            if (m_sink)
                m_sink->showNotification(one);
            Q_EMIT notified(one);
        }
    }
    if (m_sound && m_sink)
        m_sink->playSound();
}

} // namespace sd::ui
