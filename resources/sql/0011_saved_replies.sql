-- Saved replies of the inbox composer (core/inbox/savedreplies.h): a text the seller inserts by typing /shortcut.
--
-- shortcut: as typed ("Kargo", letters, digits, '-' and '_'); shortcut_key: the shortcut folded with Turkish rules
-- (common/textfold.h), computed in C++, so "KARGO", "kargo" and "kargö" are one shortcut. It is unique per workspace
-- among the rows that are not deleted (a deleted row is a tombstone for sync and frees its shortcut).
-- body may hold {name}, replaced by the customer's first name when inserted.
CREATE TABLE saved_replies (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    shortcut     TEXT NOT NULL CHECK (length(shortcut) > 0),
    shortcut_key TEXT NOT NULL CHECK (length(shortcut_key) > 0),
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL CHECK (length(body) > 0),
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX saved_replies_shortcut ON saved_replies(workspace_id, shortcut_key) WHERE deleted = 0;
