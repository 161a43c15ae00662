-- The unified order model (core/domain/order.h): the platform's own status next to our unified one, the money
-- breakdown, cargo, invoice link and both addresses. orders.status keeps its 0001 meaning (its CHECK cannot be
-- widened without rebuilding the table); unified_status is the full value, 'unknown' included, and is what the
-- UI reads. Addresses are JSON objects of the non-empty fields (keys as in sd::domain::Address::toJson).
ALTER TABLE orders ADD COLUMN platform_status TEXT;
ALTER TABLE orders ADD COLUMN unified_status TEXT NOT NULL DEFAULT 'unknown'
    CHECK (unified_status IN ('new', 'picking', 'invoiced', 'shipped', 'delivered', 'cancelled', 'returned', 'unknown'));
ALTER TABLE orders ADD COLUMN gross_minor INTEGER;
ALTER TABLE orders ADD COLUMN discount_minor INTEGER;
ALTER TABLE orders ADD COLUMN platform_updated_at INTEGER;
ALTER TABLE orders ADD COLUMN customer_name TEXT;
ALTER TABLE orders ADD COLUMN customer_email TEXT;
ALTER TABLE orders ADD COLUMN cargo_company TEXT;
ALTER TABLE orders ADD COLUMN tracking_number TEXT;
ALTER TABLE orders ADD COLUMN tracking_url TEXT;
ALTER TABLE orders ADD COLUMN invoice_link TEXT;
ALTER TABLE orders ADD COLUMN shipping_address_json TEXT;
ALTER TABLE orders ADD COLUMN invoice_address_json TEXT;
CREATE INDEX orders_unified_status_date ON orders(workspace_id, unified_status, ordered_at DESC);

ALTER TABLE order_lines ADD COLUMN platform_line_id TEXT;
ALTER TABLE order_lines ADD COLUMN barcode TEXT;
ALTER TABLE order_lines ADD COLUMN discount_minor INTEGER;
ALTER TABLE order_lines ADD COLUMN line_total_minor INTEGER;
ALTER TABLE order_lines ADD COLUMN vat_rate INTEGER;
ALTER TABLE order_lines ADD COLUMN platform_status TEXT;

ALTER TABLE shipments ADD COLUMN tracking_url TEXT;
