-- Ingest indexes new messages and orders once per batch instead of once per row.
--
-- Why: SQLite 3.40's FTS5 writes its pending in-memory index to a new on-disk segment at every statement
-- savepoint, and every INSERT into a table with triggers, UNIQUE indexes and foreign keys opens one. With the
-- per-row insert trigger, every ingested row became a segment of its own that automerge then had to merge: about
-- half of the ingest time. Now sd_search_deferred() (registered by sd::store::Database on every connection) is 1
-- while sd::store::Ingestor::upsert writes a batch into these tables; at the end of the batch the Ingestor indexes
-- the rows it inserted with one INSERT ... SELECT that writes the same text and aux as these triggers. For every
-- other writer the function is 0 and the triggers behave as in 0002. Updates and deletes are unchanged.

DROP TRIGGER messages_search_insert;
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages WHEN new.deleted = 0 AND sd_search_deferred() = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 1, new.body, '');
END;

DROP TRIGGER orders_search_insert;
CREATE TRIGGER orders_search_insert AFTER INSERT ON orders WHEN new.deleted = 0 AND sd_search_deferred() = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 4, new.order_number, coalesce(new.shipping_name, '') || ' ' || coalesce(new.shipping_city, ''));
END;
