-- The first schema of the local store.
-- Conventions (ARCHITECTURE.md §4): every synced table has
--   seq          INTEGER PRIMARY KEY: a stable local row number (the search index and fast joins use it)
--   id           TEXT UUID, client-generated, unique: the identity the cloud and the UI use
--   workspace_id the business the row belongs to
--   connection_id + external_id where the row comes from a platform, UNIQUE together (ingest upserts on it)
--   version      server version, 0 until synced
--   updated_at   UTC epoch milliseconds
--   deleted      tombstone, 0 or 1
-- Money is integer minor units + ISO 4217 currency; times are UTC epoch milliseconds.
-- content_hash (platform rows): a hash of the ingested fields, so re-ingesting an identical record is a no-op.

CREATE TABLE workspaces (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    mode             TEXT NOT NULL DEFAULT 'local' CHECK (mode IN ('local', 'cloud')),
    default_currency TEXT NOT NULL DEFAULT 'TRY' CHECK (length(default_currency) = 3 AND default_currency = upper(default_currency)),
    created_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE connections (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    workspace_id        TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    platform            TEXT NOT NULL CHECK (platform IN ('instagram', 'messenger', 'trendyol', 'hepsiburada', 'n11', 'woocommerce')),
    display_name        TEXT NOT NULL,
    account_external_id TEXT,
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error', 'removed')),
    sync_cursor         TEXT,
    last_synced_at      INTEGER,
    created_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (workspace_id, platform, account_external_id)
);
CREATE INDEX connections_workspace ON connections(workspace_id);

-- One profile per real customer across channels; the channel handles, phones and emails are identities.
CREATE TABLE customers (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    workspace_id     TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    display_name     TEXT NOT NULL DEFAULT '',
    city             TEXT,
    first_seen_at    INTEGER,
    last_seen_at     INTEGER,
    created_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX customers_workspace_name ON customers(workspace_id, display_name);
CREATE INDEX customers_last_seen ON customers(workspace_id, last_seen_at DESC);

CREATE TABLE customer_identities (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    customer_id   TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id   TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('handle', 'phone', 'email', 'platform_user')),
    value         TEXT NOT NULL,
    content_hash  BLOB,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id),
    -- phones in E.164: '+', a non-zero digit, 7 to 15 digits in all
    CHECK (kind <> 'phone' OR (value GLOB '+[1-9]*' AND value NOT GLOB '+*[^0-9]*' AND length(value) BETWEEN 8 AND 16)),
    -- emails are stored lower-cased
    CHECK (kind <> 'email' OR (value LIKE '_%@_%' AND value = lower(value)))
);
CREATE INDEX customer_identities_customer ON customer_identities(customer_id);
CREATE INDEX customer_identities_value ON customer_identities(workspace_id, kind, value);

CREATE TABLE conversations (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    workspace_id         TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id        TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id          TEXT NOT NULL,
    customer_id          TEXT REFERENCES customers(id) ON DELETE SET NULL,
    subject              TEXT,
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
    assignee_id          TEXT,
    unread_count         INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    last_message_at      INTEGER,
    last_message_preview TEXT,
    content_hash         BLOB,
    created_at           INTEGER NOT NULL,
    version              INTEGER NOT NULL DEFAULT 0,
    updated_at           INTEGER NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX conversations_activity ON conversations(workspace_id, last_message_at DESC);
CREATE INDEX conversations_status_activity ON conversations(workspace_id, status, last_message_at DESC);
CREATE INDEX conversations_customer ON conversations(customer_id);
CREATE INDEX conversations_assignee ON conversations(assignee_id, last_message_at DESC);

CREATE TABLE messages (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    workspace_id    TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id     TEXT, -- null for an outgoing message not yet accepted by the platform
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    sender_name     TEXT,
    body            TEXT NOT NULL DEFAULT '',
    sent_at         INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'pending', 'sent', 'delivered', 'read', 'failed')),
    content_hash    BLOB,
    version         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX messages_conversation_time ON messages(conversation_id, sent_at);

CREATE TABLE attachments (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    message_id    TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id   TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'file')),
    mime_type     TEXT,
    file_name     TEXT,
    byte_size     INTEGER CHECK (byte_size IS NULL OR byte_size >= 0),
    remote_url    TEXT,
    local_path    TEXT, -- relative to the profile folder; the file itself is encrypted
    sha256        BLOB,
    content_hash  BLOB,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX attachments_message ON attachments(message_id);

CREATE TABLE products (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id   TEXT,
    sku           TEXT,
    barcode       TEXT,
    title         TEXT NOT NULL,
    description   TEXT,
    brand         TEXT,
    price_minor   INTEGER,
    currency      TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))),
    stock         INTEGER,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'passive', 'archived')),
    content_hash  BLOB,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id),
    CHECK ((price_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX products_sku ON products(workspace_id, sku);
CREATE INDEX products_barcode ON products(barcode);

CREATE TABLE orders (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    workspace_id     TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id    TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id      TEXT NOT NULL,
    order_number     TEXT NOT NULL,
    customer_id      TEXT REFERENCES customers(id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('created', 'picking', 'invoiced', 'shipped', 'delivered', 'cancelled', 'returned')),
    total_minor      INTEGER NOT NULL,
    currency         TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    ordered_at       INTEGER NOT NULL,
    shipping_name    TEXT,
    shipping_city    TEXT,
    shipping_address TEXT,
    content_hash     BLOB,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX orders_date ON orders(workspace_id, ordered_at DESC);
CREATE INDEX orders_status_date ON orders(workspace_id, status, ordered_at DESC);
CREATE INDEX orders_connection_date ON orders(connection_id, ordered_at DESC);
CREATE INDEX orders_customer_date ON orders(customer_id, ordered_at DESC);
CREATE INDEX orders_number ON orders(order_number);

CREATE TABLE order_lines (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    workspace_id     TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    order_id         TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    connection_id    TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id      TEXT,
    product_id       TEXT REFERENCES products(id) ON DELETE SET NULL,
    sku              TEXT,
    title            TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL,
    currency         TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    content_hash     BLOB,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE shipments (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    workspace_id    TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    order_id        TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    connection_id   TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id     TEXT,
    carrier         TEXT,
    tracking_number TEXT,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_transit', 'delivered', 'returned', 'failed')),
    shipped_at      INTEGER,
    delivered_at    INTEGER,
    content_hash    BLOB,
    version         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (connection_id, external_id)
);
CREATE INDEX shipments_order ON shipments(order_id);
CREATE INDEX shipments_tracking ON shipments(tracking_number);

CREATE TABLE tags (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(name) > 0),
    color        TEXT,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (workspace_id, name)
);

CREATE TABLE conversation_tags (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    workspace_id    TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    tag_id          TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (conversation_id, tag_id)
);
CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id);

CREATE TABLE order_tags (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    order_id     TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    tag_id       TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (order_id, tag_id)
);
CREATE INDEX order_tags_tag ON order_tags(tag_id);

CREATE TABLE customer_tags (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    customer_id  TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id       TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (customer_id, tag_id)
);
CREATE INDEX customer_tags_tag ON customer_tags(tag_id);

-- Internal notes of the team on a conversation, an order or a customer.
CREATE TABLE notes (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    subject_table TEXT NOT NULL CHECK (subject_table IN ('conversations', 'orders', 'customers')),
    subject_id    TEXT NOT NULL,
    author_id     TEXT,
    body          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX notes_subject ON notes(subject_table, subject_id, created_at);

-- Actions accepted locally and not yet executed (platform call and/or cloud push). Local only: not synced.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    workspace_id    TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id   TEXT REFERENCES connections(id) ON DELETE CASCADE,
    action          TEXT NOT NULL,
    target_table    TEXT,
    target_id       TEXT,
    payload         TEXT NOT NULL DEFAULT '{}', -- JSON
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

-- Exports, erasures, role changes: who did what, when. Append-only.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    actor_id      TEXT,
    action        TEXT NOT NULL,
    subject_table TEXT,
    subject_id    TEXT,
    details       TEXT, -- JSON
    at            INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_log_time ON audit_log(workspace_id, at DESC);
