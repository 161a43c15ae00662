-- The search index: one FTS5 table over messages, customers, customer identities, orders and products.
--
-- Design: the index holds folded words, the table keeps the original text.
--   * The tokenizer "sd_fold" (core/store/foldtokenizer.cpp, registered on every connection by
--     sd::store::Database::open) folds each word with sd::text::foldForSearch (Turkish-aware: İ/ı/I -> i,
--     ç -> c, ğ -> g, ş -> s, ö -> o, ü -> u, other diacritics stripped) and reports offsets into the original
--     text, so snippet() and highlight() return the original, unfolded text.
--   * text: what a hit shows (message body, customer name, handle/phone/email, order number, product title);
--     aux: further words that find the row (city, phone without '+' and in national form, SKU...).
--   * rowid = seq * 8 + kind (1 message, 2 customer, 3 customer identity, 4 order, 5 product): the triggers
--     find a row's entry without a lookup, and a hit leads back to its row through seq (the row's id and its
--     parent are read from the source table, which keeps the index small and cheap to write).
--   * Kept in sync by triggers on the source tables (whoever writes, the index follows); tombstoned rows
--     (deleted = 1) leave the index.
-- Without the tokenizer (e.g. the sqlite3 shell) the table cannot be read or written.

CREATE VIRTUAL TABLE search_fts USING fts5(
    text, aux,
    tokenize = 'sd_fold', prefix = '2 3'
);

CREATE TRIGGER messages_search_insert AFTER INSERT ON messages WHEN new.deleted = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 1, new.body, '');
END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF body, deleted ON messages
    WHEN old.body IS NOT new.body OR old.deleted IS NOT new.deleted
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 1;
    INSERT INTO search_fts(rowid, text, aux)
    SELECT new.seq * 8 + 1, new.body, '' WHERE new.deleted = 0;
END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 1;
END;
INSERT INTO search_fts(rowid, text, aux)
SELECT messages.seq * 8 + 1, messages.body, '' FROM messages WHERE deleted = 0;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN new.deleted = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 2, new.display_name, coalesce(new.city, ''));
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF display_name, city, deleted ON customers
    WHEN old.display_name IS NOT new.display_name OR old.city IS NOT new.city OR old.deleted IS NOT new.deleted
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 2;
    INSERT INTO search_fts(rowid, text, aux)
    SELECT new.seq * 8 + 2, new.display_name, coalesce(new.city, '') WHERE new.deleted = 0;
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 2;
END;
INSERT INTO search_fts(rowid, text, aux)
SELECT customers.seq * 8 + 2, customers.display_name, coalesce(customers.city, '') FROM customers WHERE deleted = 0;

CREATE TRIGGER customer_identities_search_insert AFTER INSERT ON customer_identities WHEN new.deleted = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 3, new.value, CASE WHEN new.kind = 'phone' THEN substr(new.value, 2) || CASE WHEN new.value LIKE '+90%' THEN ' 0' || substr(new.value, 4) || ' ' || substr(new.value, 4) ELSE '' END ELSE '' END);
END;
CREATE TRIGGER customer_identities_search_update AFTER UPDATE OF value, kind, deleted ON customer_identities
    WHEN old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.deleted IS NOT new.deleted
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 3;
    INSERT INTO search_fts(rowid, text, aux)
    SELECT new.seq * 8 + 3, new.value, CASE WHEN new.kind = 'phone' THEN substr(new.value, 2) || CASE WHEN new.value LIKE '+90%' THEN ' 0' || substr(new.value, 4) || ' ' || substr(new.value, 4) ELSE '' END ELSE '' END WHERE new.deleted = 0;
END;
CREATE TRIGGER customer_identities_search_delete AFTER DELETE ON customer_identities
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 3;
END;
INSERT INTO search_fts(rowid, text, aux)
SELECT customer_identities.seq * 8 + 3, customer_identities.value, CASE WHEN customer_identities.kind = 'phone' THEN substr(customer_identities.value, 2) || CASE WHEN customer_identities.value LIKE '+90%' THEN ' 0' || substr(customer_identities.value, 4) || ' ' || substr(customer_identities.value, 4) ELSE '' END ELSE '' END FROM customer_identities WHERE deleted = 0;

CREATE TRIGGER orders_search_insert AFTER INSERT ON orders WHEN new.deleted = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 4, new.order_number, coalesce(new.shipping_name, '') || ' ' || coalesce(new.shipping_city, ''));
END;
CREATE TRIGGER orders_search_update AFTER UPDATE OF order_number, shipping_name, shipping_city, deleted ON orders
    WHEN old.order_number IS NOT new.order_number OR old.shipping_name IS NOT new.shipping_name OR old.shipping_city IS NOT new.shipping_city OR old.deleted IS NOT new.deleted
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 4;
    INSERT INTO search_fts(rowid, text, aux)
    SELECT new.seq * 8 + 4, new.order_number, coalesce(new.shipping_name, '') || ' ' || coalesce(new.shipping_city, '') WHERE new.deleted = 0;
END;
CREATE TRIGGER orders_search_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 4;
END;
INSERT INTO search_fts(rowid, text, aux)
SELECT orders.seq * 8 + 4, orders.order_number, coalesce(orders.shipping_name, '') || ' ' || coalesce(orders.shipping_city, '') FROM orders WHERE deleted = 0;

CREATE TRIGGER products_search_insert AFTER INSERT ON products WHEN new.deleted = 0
BEGIN
    INSERT INTO search_fts(rowid, text, aux)
    VALUES (new.seq * 8 + 5, new.title, coalesce(new.sku, '') || ' ' || coalesce(new.barcode, '') || ' ' || coalesce(new.brand, ''));
END;
CREATE TRIGGER products_search_update AFTER UPDATE OF title, sku, barcode, brand, deleted ON products
    WHEN old.title IS NOT new.title OR old.sku IS NOT new.sku OR old.barcode IS NOT new.barcode OR old.brand IS NOT new.brand OR old.deleted IS NOT new.deleted
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 5;
    INSERT INTO search_fts(rowid, text, aux)
    SELECT new.seq * 8 + 5, new.title, coalesce(new.sku, '') || ' ' || coalesce(new.barcode, '') || ' ' || coalesce(new.brand, '') WHERE new.deleted = 0;
END;
CREATE TRIGGER products_search_delete AFTER DELETE ON products
BEGIN
    DELETE FROM search_fts WHERE rowid = old.seq * 8 + 5;
END;
INSERT INTO search_fts(rowid, text, aux)
SELECT products.seq * 8 + 5, products.title, coalesce(products.sku, '') || ' ' || coalesce(products.barcode, '') || ' ' || coalesce(products.brand, '') FROM products WHERE deleted = 0;
