-- The Meta inbox (Messenger + Instagram Direct through one Page connection, core/connectors/meta).
--
-- conversations: which channel the thread is on, the customer's platform-scoped id (PSID/IGSID: the recipient
-- of a reply), the name/handle and picture URL Meta shows for them, Meta's own updated_time, and the time of the
-- customer's last message (the messaging window is counted from it).
-- messages: who sent it (platform id), whether the sender removed it ("unsent"), the message it answers, the
-- reactions as Meta lists them (JSON array), the tag a reply was sent with, and why a send failed.
-- attachments: the kinds Meta messages carry besides media (stickers, story replies and mentions, shared posts
-- and links, and "unsupported" for kinds we do not know), plus a preview URL and a title. SQLite cannot widen a
-- CHECK in place, so the table is rebuilt (nothing references it; its rows are copied unchanged).
ALTER TABLE conversations ADD COLUMN channel TEXT CHECK (channel IS NULL OR channel IN ('messenger', 'instagram'));
ALTER TABLE conversations ADD COLUMN participant_external_id TEXT;
ALTER TABLE conversations ADD COLUMN participant_name TEXT;
ALTER TABLE conversations ADD COLUMN participant_picture_url TEXT;
ALTER TABLE conversations ADD COLUMN platform_updated_at INTEGER;
ALTER TABLE conversations ADD COLUMN last_inbound_at INTEGER;

ALTER TABLE messages ADD COLUMN sender_external_id TEXT;
ALTER TABLE messages ADD COLUMN unsent INTEGER NOT NULL DEFAULT 0 CHECK (unsent IN (0, 1));
ALTER TABLE messages ADD COLUMN reply_to_external_id TEXT;
ALTER TABLE messages ADD COLUMN reactions_json TEXT;
ALTER TABLE messages ADD COLUMN messaging_tag TEXT;
ALTER TABLE messages ADD COLUMN failure_reason TEXT;

CREATE TABLE attachments_v5 (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    message_id    TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,
    external_id   TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'file', 'sticker', 'story_reply',
                                                'story_mention', 'share', 'unsupported')),
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
    preview_url   TEXT,
    title         TEXT,
    UNIQUE (connection_id, external_id)
);
INSERT INTO attachments_v5(seq, id, workspace_id, message_id, connection_id, external_id, kind, mime_type, file_name,
                           byte_size, remote_url, local_path, sha256, content_hash, version, updated_at, deleted)
SELECT seq, id, workspace_id, message_id, connection_id, external_id, kind, mime_type, file_name, byte_size,
       remote_url, local_path, sha256, content_hash, version, updated_at, deleted FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v5 RENAME TO attachments;
CREATE INDEX attachments_message ON attachments(message_id);
CREATE INDEX conversations_channel_activity ON conversations(workspace_id, channel, last_message_at DESC);
