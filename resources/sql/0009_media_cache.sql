-- The inbox's media cache, persistent drafts, and the conversation list's activity order.
--
-- media_cache: image bytes (attachments, profile pictures) fetched once and served from here afterwards, offline
-- too (core/inbox/mediacache.h). Every page of the cache file is encrypted by the VFS, so the bytes are encrypted
-- at rest; nothing is written to a plain file. url_hash is the SHA-256 of the URL (the lookup key), last_used_at
-- drives the least-recently-used eviction under a size cap, which media_cache_lru answers without reading blobs.
CREATE TABLE media_cache (
    seq          INTEGER PRIMARY KEY,
    url_hash     BLOB NOT NULL UNIQUE,
    url          TEXT NOT NULL,
    mime         TEXT NOT NULL,
    byte_size    INTEGER NOT NULL CHECK (byte_size >= 0),
    bytes        BLOB NOT NULL,
    fetched_at   INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL
);
CREATE INDEX media_cache_lru ON media_cache(last_used_at, byte_size);

-- drafts: the composer's unsent text per conversation (survives a restart; removed after a send).
CREATE TABLE drafts (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    body            TEXT NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- The conversation list pages ORDER BY ifnull(last_message_at, 0) DESC, seq DESC (core/inbox/inboxquery.cpp);
-- conversations_activity (workspace_id, last_message_at) cannot give that order (the expression, and the
-- workspace_id the query does not constrain), so 100 000 rows were sorted for every page. An index on the exact
-- expression (ending with the rowid, seq) walks them in order and seeks to a keyset position.
CREATE INDEX conversations_inbox_activity ON conversations(ifnull(last_message_at, 0)) WHERE deleted = 0;
