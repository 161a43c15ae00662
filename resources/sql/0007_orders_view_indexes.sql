-- Indexes for the Orders view (ui/orders/ordersmodel.cpp). It pages through live orders with keyset queries
-- ORDER BY <sort key>, seq and counts them per status. Every SQLite index ends with the rowid (seq), so a
-- one-column index on the sort key (or on the exact expression the model sorts by) yields rows in that order
-- without a sort, in both directions. Partial (deleted = 0), because the view never shows tombstones and so that
-- counts are answered from the index alone. The 0001/0003 date and status indexes start with workspace_id, which
-- the view does not constrain (a cache holds one workspace).
CREATE INDEX orders_view_date ON orders(ordered_at) WHERE deleted = 0;
CREATE INDEX orders_view_status_date ON orders(unified_status, ordered_at) WHERE deleted = 0;
-- `deleted` sits between the connection and the date: a channel's count is answered from the index alone, and its
-- pages still come in date order (connection_id = ? AND deleted = 0 fix both leading columns).
CREATE INDEX orders_view_connection ON orders(connection_id, deleted, ordered_at) WHERE deleted = 0;
CREATE INDEX orders_view_status ON orders(unified_status) WHERE deleted = 0;
CREATE INDEX orders_view_number ON orders(order_number) WHERE deleted = 0;
CREATE INDEX orders_view_total ON orders(total_minor) WHERE deleted = 0;
CREATE INDEX orders_view_customer ON orders(coalesce(customer_name, shipping_name, '')) WHERE deleted = 0;
CREATE INDEX orders_view_city ON orders(coalesce(shipping_city, '')) WHERE deleted = 0;
CREATE INDEX orders_view_cargo ON orders(coalesce(cargo_company, '')) WHERE deleted = 0;
-- Counts (per status, per channel, of a date range) from one index alone: SQLite 3.40 answers from an index only
-- when every column the query names is in it, and the counts name `deleted` (a trailing column, so that it does
-- not change the order of the sort indexes above, which cannot carry it for that reason).
CREATE INDEX orders_view_counts ON orders(unified_status, connection_id, ordered_at, deleted) WHERE deleted = 0;
-- Text search by stock code or barcode: a prefix range on upper(sku) (ASCII case-insensitive) and on barcode.
CREATE INDEX order_lines_sku_upper ON order_lines(upper(sku));
CREATE INDEX order_lines_barcode ON order_lines(barcode);
