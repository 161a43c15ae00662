#include "draftstore.h"

#include "common/logging.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QDateTime>

#include <utility>

namespace sd::inbox {

DraftStore::DraftStore(store::StoreWriter *writer, QObject *parent) : QObject(parent), m_writer(writer)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(600);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

store::Database *DraftStore::reader()
{
    if (!m_reader && m_writer) {
        auto r = m_writer->openReader();
        if (r)
            m_reader = std::move(r).value();
        else
            qCWarning(lcStore) << "drafts: no reader:" << r.error().message;
    }
    return m_reader.get();
}

QString DraftStore::draft(const QString &conversationId)
{
    const auto pending = m_pending.constFind(conversationId);
    if (pending != m_pending.cend())
        return pending.value();
    store::Database *db = reader();
    if (!db || conversationId.isEmpty())
        return {};
    auto st = db->cached(QStringLiteral("SELECT body FROM drafts WHERE conversation_id = ?1"));
    if (!st || !(*st)->bindAll(conversationId))
        return {};
    QString text = (*st)->step().valueOr(false) ? (*st)->text(0) : QString();
    (*st)->reset();
    return text;
}

QStringList DraftStore::conversationsWithDrafts()
{
    QStringList out;
    store::Database *db = reader();
    if (!db)
        return out;
    auto st = db->prepare(u"SELECT conversation_id FROM drafts ORDER BY updated_at DESC");
    if (!st)
        return out;
    while (st->step().valueOr(false))
        out << st->text(0);
    return out;
}

void DraftStore::setDraft(const QString &conversationId, const QString &text)
{
    if (conversationId.isEmpty())
        return;
    m_pending.insert(conversationId, text);
    m_timer.start();
}

void DraftStore::clear(const QString &conversationId)
{
    setDraft(conversationId, QString());
    flush();
}

void DraftStore::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty() || !m_writer)
        return;
    const QHash<QString, QString> drafts = std::exchange(m_pending, {});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_writer->submit(
        [drafts, now](store::Transaction &tx) -> Status {
            store::Database &db = tx.database();
            auto del = db.cached(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?1"));
            if (!del)
                return del.error();
            auto put = db.cached(QStringLiteral(
                "INSERT INTO drafts(conversation_id, body, updated_at) SELECT ?1, ?2, ?3"
                " WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?1)"
                " ON CONFLICT(conversation_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"));
            if (!put)
                return put.error();
            for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
                store::Statement *st = it.value().trimmed().isEmpty() ? *del : *put;
                st->reset();
                const Status b = it.value().trimmed().isEmpty() ? st->bindAll(it.key())
                                                                 : st->bindAll(it.key(), it.value(), now);
                if (!b)
                    return b;
                if (auto s = st->step(); !s)
                    return s.error();
            }
            return {};
        },
        this, [this](const Status &status) {
            if (!status)
                qCWarning(lcStore) << "drafts not saved:" << status.error().message;
            Q_EMIT flushed(status.ok());
        });
}

} // namespace sd::inbox
