-- Every change of an order's unified or platform status, oldest first per order: written by the order ingest when a
-- sync brings a different status than the cache had (source 'sync') and by the outbox when an accepted action
-- changes the order locally (source 'action'). An order's first import writes no row (ordered_at is its start).
CREATE TABLE order_status_history (
    seq              INTEGER PRIMARY KEY,
    order_id         TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    from_status      TEXT,
    to_status        TEXT NOT NULL,
    platform_status  TEXT,
    changed_at       INTEGER NOT NULL,
    source           TEXT NOT NULL CHECK (source IN ('sync', 'action'))
);
CREATE INDEX order_status_history_order ON order_status_history(order_id, changed_at);

-- The product image a platform gives for a line (https URL), shown as a thumbnail in the Orders view.
ALTER TABLE order_lines ADD COLUMN image_url TEXT;
