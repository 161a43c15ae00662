// Idempotent ingest of platform records: upsert by (connection_id, external_id), with a content hash so that
// ingesting the same page again changes nothing and reports nothing.
#pragma once

#include "common/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::store {

class Transaction;

// A field value that names another platform row by its external id (same connection); resolved to that
// row's id during ingest. Ingest the referenced rows first (in the same transaction or before).
struct ExternalRef
{
    QString table;
    QString externalId;
};

struct IngestRecord
{
    QString externalId;
    // Column name -> value: QString, integers, double, bool, QByteArray, ExternalRef, or a null QVariant.
    // The sync columns (seq, id, workspace_id, connection_id, external_id, version, updated_at,
    // content_hash) are set by ingest and may not appear here.
    QVariantMap fields;
};

struct IngestBatch
{
    QString table; // a table with connection_id + external_id: conversations, messages, orders…
    QString workspaceId;
    QString connectionId;
    QList<IngestRecord> records;
};

struct IngestStats
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList ids; // the row id of every record, in record order
};

class Ingestor
{
public:
    // The tables upsert() accepts.
    [[nodiscard]] static const QStringList &platformTables();

    // Upserts every record inside tx (one transaction per batch is the caller's job: a StoreWriter job is
    // one). Records the inserted/updated ids on tx for the change notification; unchanged records are
    // neither written nor reported. nowMs stamps updated_at (and created_at of new rows); 0 = now.
    [[nodiscard]] static Result<IngestStats> upsert(Transaction &tx, const IngestBatch &batch, qint64 nowMs = 0);

    // The hash stored in content_hash: over the field names and values, independent of their order.
    [[nodiscard]] static QByteArray contentHash(const QVariantMap &fields);
};

} // namespace sd::store

Q_DECLARE_METATYPE(sd::store::ExternalRef)
