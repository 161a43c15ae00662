#include "ingest.h"

#include "database.h"
#include "ids.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>

namespace sd::store {

namespace {

const QSet<QString> &reservedColumns()
{
    static const QSet<QString> reserved{u"seq"_qs,        u"id"_qs,      u"workspace_id"_qs, u"connection_id"_qs,
                                        u"external_id"_qs, u"version"_qs, u"updated_at"_qs,   u"content_hash"_qs};
    return reserved;
}

Result<QSet<QString>> tableColumns(Database &db, const QString &table)
{
    Result<Statement *> stmt = db.cached(u"SELECT name FROM pragma_table_info(?1)"_qs);
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->bind(1, table); !s)
        return s.error();
    QSet<QString> columns;
    for (;;) {
        Result<bool> row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        columns.insert((*stmt)->text(0));
    }
    return columns;
}

Status bindVariant(Statement &stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return stmt.bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return stmt.bind(index, value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        return stmt.bind(index, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return stmt.bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return stmt.bind(index, value.toByteArray());
    case QMetaType::QString:
        return stmt.bind(index, value.toString());
    default:
        break;
    }
    if (value.canConvert<QString>())
        return stmt.bind(index, value.toString());
    return storeError(StoreError::InvalidArgument, u"unsupported field type "_qs + QString::fromUtf8(value.typeName()));
}

// True when the map's keys are exactly names, in order (QVariantMap iterates in key order).
bool sameKeys(const QVariantMap &fields, const QStringList &names)
{
    if (fields.size() != names.size())
        return false;
    qsizetype i = 0;
    for (auto it = fields.keyBegin(); it != fields.keyEnd(); ++it, ++i) {
        if (*it != names[i])
            return false;
    }
    return true;
}

QString quoted(const QString &identifier)
{
    return u'"' % identifier % u'"';
}

// For the tables whose insert trigger defers to the Ingestor (resources/sql/0004_search_batched_ingest.sql): the
// statement that indexes, like that trigger, every live row with seq > ?1 not yet in the index (a row inserted and
// then updated within the same batch was already indexed by the update trigger).
QString batchedSearchSql(const QString &table)
{
    if (table == u"messages")
        return u"INSERT INTO search_fts(rowid, text, aux) SELECT seq * 8 + 1, body, '' FROM messages"
               u" WHERE seq > ?1 AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM search_fts WHERE rowid = seq * 8 + 1)"_qs;
    if (table == u"orders")
        return u"INSERT INTO search_fts(rowid, text, aux) SELECT seq * 8 + 4, order_number,"
               u" coalesce(shipping_name, '') || ' ' || coalesce(shipping_city, '') FROM orders"
               u" WHERE seq > ?1 AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM search_fts WHERE rowid = seq * 8 + 4)"_qs;
    return {};
}

Result<IngestStats> upsertRows(Transaction &tx, const IngestBatch &batch, qint64 nowMs);

// Rows per multi-row INSERT (see upsertRows), a power of two: 64 rows of ~15 parameters stay far below SQLite's
// parameter limit.
constexpr qsizetype kRowsPerInsert = 64;

} // namespace

Result<IngestStats> Ingestor::upsert(Transaction &tx, const IngestBatch &batch, qint64 nowMs)
{
    // Search entries of new rows are written once per batch (see batchedSearchSql): FTS5 would otherwise write a
    // segment per row.
    const QString searchSql = batchedSearchSql(batch.table);
    Database &db = tx.database();
    if (searchSql.isEmpty() || !tx.isActive() || db.searchDeferred())
        return upsertRows(tx, batch, nowMs);
    Result<qint64> lastSeq = db.queryInt(u"SELECT coalesce(max(seq), 0) FROM "_qs + batch.table);
    if (!lastSeq)
        return lastSeq.error();
    db.setSearchDeferred(true);
    Result<IngestStats> result = upsertRows(tx, batch, nowMs);
    db.setSearchDeferred(false);
    // Also after a failure part-way: a caller that commits anyway must not get rows missing from the index.
    Status indexed = [&]() -> Status {
        Result<Statement *> stmt = db.cached(searchSql);
        if (!stmt)
            return stmt.error();
        if (Status s = (*stmt)->bind(1, *lastSeq); !s)
            return s;
        return (*stmt)->exec();
    }();
    if (!indexed && result)
        return indexed.error();
    return result;
}

const QStringList &Ingestor::platformTables()
{
    static const QStringList tables{u"conversations"_qs, u"messages"_qs,   u"attachments"_qs,
                                    u"orders"_qs,        u"order_lines"_qs, u"shipments"_qs,
                                    u"products"_qs,      u"customer_identities"_qs};
    return tables;
}

namespace {

// Appends text as UTF-8: ASCII directly (the usual column names, numbers, statuses), anything else through
// QString::toUtf8 so that the bytes are exactly what they always were.
void appendUtf8(QByteArray &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80) {
            out += text.toUtf8();
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + n);
    char *dst = out.data() + at;
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = char(p[i]);
}

} // namespace

QByteArray Ingestor::contentHash(const QVariantMap &fields)
{
    // QVariantMap iterates in key order, so the hash does not depend on how the map was filled. The input is
    // collected in one buffer (reused per thread) and hashed once: the bytes are the same as field by field.
    thread_local QByteArray buffer;
    buffer.clear();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        appendUtf8(buffer, it.key());
        buffer += '\0';
        const QVariant &v = it.value();
        if (v.isNull()) {
            buffer += 'N';
        } else if (v.typeId() == QMetaType::QString) {
            buffer += 'S';
            appendUtf8(buffer, *static_cast<const QString *>(v.constData()));
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            buffer += 'S';
            buffer += QByteArray::number(v.toLongLong()); // what toString() gives for integers
        } else if (v.typeId() == QMetaType::QByteArray) {
            buffer += 'B';
            buffer += *static_cast<const QByteArray *>(v.constData());
        } else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
            buffer += 'D';
            buffer += QByteArray::number(v.toDouble(), 'g', 17);
        } else if (v.typeId() == qMetaTypeId<ExternalRef>()) {
            const auto *ref = static_cast<const ExternalRef *>(v.constData());
            buffer += 'R';
            appendUtf8(buffer, ref->table);
            buffer += '\0';
            appendUtf8(buffer, ref->externalId);
        } else {
            buffer += 'S';
            buffer += v.toString().toUtf8();
        }
        buffer += '\0';
    }
    return QCryptographicHash::hash(buffer, QCryptographicHash::Sha1);
}

namespace {

Result<IngestStats> upsertRows(Transaction &tx, const IngestBatch &batch, qint64 nowMs)
{
    if (!tx.isActive())
        return storeError(StoreError::Misuse, u"ingest needs an active transaction"_qs);
    if (!Ingestor::platformTables().contains(batch.table))
        return storeError(StoreError::InvalidArgument, u"not a platform table: "_qs + batch.table);
    if (batch.workspaceId.isEmpty() || batch.connectionId.isEmpty())
        return storeError(StoreError::InvalidArgument, u"ingest needs a workspace and a connection"_qs);

    Database &db = tx.database();
    Result<QSet<QString>> columns = tableColumns(db, batch.table);
    if (!columns)
        return columns.error();
    const bool hasCreatedAt = columns->contains(u"created_at"_qs);
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();

    const QString table = quoted(batch.table);
    Result<Statement *> lookupStmt = db.cached(u"SELECT id, content_hash FROM "_qs % table
                                               % u" WHERE connection_id = ?1 AND external_id = ?2"_qs);
    if (!lookupStmt)
        return lookupStmt.error();

    IngestStats stats;
    stats.ids.reserve(batch.records.size());
    QHash<QString, Statement *> refStatements; // per referenced table
    QHash<std::pair<QString, QString>, QString> resolved; // (table, external id) -> id, within this page
    QStringList checkedNames;                  // the column list of the previous record, already checked
    bool checked = false;
    QString updateSql;
    // The update statement for the current column list, taken from the cache once per column list rather than
    // once per record (which hashed the whole SQL text each time).
    Statement *updateStmt = nullptr;
    QList<QVariant> values;

    // New rows are inserted kRowsPerInsert at a time with one multi-row INSERT rather than one statement each:
    // SQLite's per-statement work (statement journal and savepoint, the search table's savepoint through the
    // insert trigger, the constant IN lists of the CHECK constraints built as a temporary index on every run)
    // was about a fifth of the instructions of ingesting messages and a third for orders (callgrind). Rows wait in `pending` until a chunk is full, the column list
    // changes, a record repeats a waiting external id or refers to a row of the same table, or the batch ends.
    struct PendingRow
    {
        QByteArray hash;
        QString id;
        QString externalId;
        QList<QVariant> values;
    };
    QList<PendingRow> pending;
    QSet<QString> pendingExternalIds;
    QString insertColumns;
    bool withCreatedAt = false;
    QHash<qsizetype, Statement *> insertStmts; // rows per statement -> statement, for the current column list
    // Inserts pending[first, first + rows) with one statement. A failed statement leaves nothing behind.
    const auto insertRows = [&](qsizetype first, qsizetype rows) -> Status {
        Statement *stmt = insertStmts.value(rows);
        if (!stmt) {
            const qsizetype perRow = 6 + (withCreatedAt ? 1 : 0) + pending[first].values.size();
            QString row = u"("_qs;
            for (qsizetype i = 0; i < perRow; ++i)
                row += i == 0 ? u"?"_qs : u", ?"_qs;
            row += u')';
            QString sql = u"INSERT INTO "_qs % table % u" (" % insertColumns % u") VALUES " % row;
            for (qsizetype r = 1; r < rows; ++r)
                sql += u", "_qs + row;
            Result<Statement *> prepared = db.cached(sql);
            if (!prepared)
                return prepared.error();
            stmt = *prepared;
            insertStmts.insert(rows, stmt);
        }
        stmt->clearBindings(); // exec() below leaves it reset
        int index = 1;
        Status st;
        for (qsizetype r = first; st && r < first + rows; ++r) {
            const PendingRow &p = pending[r];
            st = stmt->bind(index++, p.hash);
            if (st)
                st = stmt->bind(index++, nowMs);
            if (st)
                st = stmt->bind(index++, p.id);
            if (st)
                st = stmt->bind(index++, batch.workspaceId);
            if (st)
                st = stmt->bind(index++, batch.connectionId);
            if (st)
                st = stmt->bind(index++, p.externalId);
            if (st && withCreatedAt)
                st = stmt->bind(index++, nowMs);
            for (qsizetype i = 0; st && i < p.values.size(); ++i)
                st = bindVariant(*stmt, index++, p.values[i]);
        }
        if (st)
            st = stmt->exec();
        return st;
    };
    const auto flushPending = [&]() -> Status {
        for (qsizetype done = 0; done < pending.size();) {
            // Powers of two only, so that a column list needs at most 7 prepared statements (64, 32, ..., 1).
            qsizetype rows = kRowsPerInsert;
            while (rows > pending.size() - done)
                rows /= 2;
            if (Status st = insertRows(done, rows); !st) {
                if (rows == 1)
                    return st;
                // As before chunking: the rows ahead of the failing one go in, and its error is the result.
                for (qsizetype r = done; r < done + rows; ++r) {
                    if (Status one = insertRows(r, 1); !one)
                        return one;
                }
            }
            done += rows;
        }
        pending.clear();
        pendingExternalIds.clear();
        return {};
    };
    for (const IngestRecord &record : batch.records) {
        if (record.externalId.isEmpty())
            return storeError(StoreError::InvalidArgument, u"a record without external id"_qs);
        if (pendingExternalIds.contains(record.externalId)) { // the lookup below must see the earlier record
            if (Status flushed = flushPending(); !flushed)
                return flushed.error();
        }

        // Records of one page usually share their columns: check them and build the SQL once.
        if (!checked || !sameKeys(record.fields, checkedNames)) {
            const QStringList names = record.fields.keys();
            for (const QString &name : names) {
                if (reservedColumns().contains(name) || !columns->contains(name))
                    return storeError(StoreError::InvalidArgument, u"not an ingestible column: "_qs + name);
            }
            checkedNames = names;
            checked = true;
            updateStmt = nullptr;
            updateSql = u"UPDATE "_qs % table % u" SET content_hash = ?1, updated_at = ?2";
            for (qsizetype i = 0; i < names.size(); ++i)
                updateSql += u", "_qs % quoted(names[i]) % u" = ?" % QString::number(i + 4);
            updateSql += u" WHERE id = ?3"_qs;
            // New rows of this column list wait in `pending` and go in with one multi-row INSERT (flushPending).
            if (Status flushed = flushPending(); !flushed)
                return flushed.error();
            insertStmts.clear();
            insertColumns = u"content_hash, updated_at, id, workspace_id, connection_id, external_id"_qs;
            withCreatedAt = hasCreatedAt && !names.contains(u"created_at"_qs);
            if (withCreatedAt)
                insertColumns += u", created_at"_qs;
            for (qsizetype i = 0; i < names.size(); ++i)
                insertColumns += u", "_qs + quoted(names[i]);
        }

        // The values in column order, with references to other rows of this connection resolved.
        values.clear();
        for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
            if (it.value().typeId() != qMetaTypeId<ExternalRef>()) {
                values.append(it.value());
                continue;
            }
            const auto ref = it.value().value<ExternalRef>();
            const auto refKey = std::make_pair(ref.table, ref.externalId);
            if (auto known = resolved.constFind(refKey); known != resolved.constEnd()) {
                values.append(known.value()); // messages of one page often share their conversation
                continue;
            }
            if (ref.table == batch.table && !pending.isEmpty()) { // it may be one of the waiting rows
                if (Status flushed = flushPending(); !flushed)
                    return flushed.error();
            }
            Statement *refStmt = refStatements.value(ref.table);
            if (!refStmt) {
                if (!Ingestor::platformTables().contains(ref.table))
                    return storeError(StoreError::InvalidArgument, u"not a platform table: "_qs + ref.table);
                Result<Statement *> prepared = db.cached(u"SELECT id FROM "_qs % quoted(ref.table)
                                                         % u" WHERE connection_id = ?1 AND external_id = ?2"_qs);
                if (!prepared)
                    return prepared.error();
                refStmt = *prepared;
                refStatements.insert(ref.table, refStmt);
            }
            refStmt->reset();
            if (Status s = refStmt->bindAll(batch.connectionId, ref.externalId); !s)
                return s.error();
            Result<bool> found = refStmt->step();
            if (!found)
                return found.error();
            if (!*found)
                return storeError(StoreError::NotFound, u"unknown "_qs % ref.table % u" referenced by "_qs % batch.table);
            values.append(refStmt->text(0));
            resolved.insert(refKey, values.last().toString());
            refStmt->reset();
        }
        const QByteArray hash = Ingestor::contentHash(record.fields);

        Statement &lookup = **lookupStmt;
        lookup.reset();
        if (Status s = lookup.bindAll(batch.connectionId, record.externalId); !s)
            return s.error();
        Result<bool> exists = lookup.step();
        if (!exists)
            return exists.error();
        QString id;
        QByteArray oldHash;
        if (*exists) {
            id = lookup.text(0);
            oldHash = lookup.blob(1);
        }
        lookup.reset();

        if (*exists && oldHash == hash) {
            ++stats.unchanged;
            stats.ids.append(id);
            continue;
        }
        if (!*exists) {
            id = newId();
            pendingExternalIds.insert(record.externalId);
            pending.append({hash, id, record.externalId, values});
            if (pending.size() == kRowsPerInsert * 4) { // bounded memory; full chunks
                if (Status flushed = flushPending(); !flushed)
                    return flushed.error();
            }
        } else {
            if (!updateStmt) {
                Result<Statement *> write = db.cached(updateSql);
                if (!write)
                    return write.error();
                updateStmt = *write;
            }
            Statement &stmt = *updateStmt;
            stmt.clearBindings(); // exec() below leaves it reset
            Status s = stmt.bindAll(hash, nowMs, id);
            for (qsizetype i = 0; s && i < values.size(); ++i)
                s = bindVariant(stmt, 4 + int(i), values[i]);
            if (s)
                s = stmt.exec();
            if (!s)
                return s.error();
        }

        if (*exists) {
            ++stats.updated;
            tx.recordChange(batch.table, id, ChangeKind::Updated);
        } else {
            ++stats.inserted;
            tx.recordChange(batch.table, id, ChangeKind::Inserted);
        }
        stats.ids.append(id);
    }
    if (Status flushed = flushPending(); !flushed)
        return flushed.error();
    return stats;
}

} // namespace

} // namespace sd::store
