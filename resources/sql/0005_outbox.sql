-- The outbox of platform actions (core/outbox): a 'needs_check' state for an action whose outcome could not be
-- established (the user looks at the platform and retries or dismisses it), the platform's answer, the
-- platform's error code and text next to our translated message, when the request last left (sent_at: set
-- while the outcome of that send is unknown), and the bulk action an item belongs to. SQLite cannot widen a
-- CHECK constraint in place, so the table is rebuilt (it has no dependants).
CREATE TABLE outbox_new (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    workspace_id     TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    connection_id    TEXT REFERENCES connections(id) ON DELETE CASCADE,
    action           TEXT NOT NULL,
    target_table     TEXT,
    target_id        TEXT,
    payload          TEXT NOT NULL DEFAULT '{}', -- JSON
    idempotency_key  TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed', 'needs_check')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  INTEGER,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    result           TEXT, -- JSON: the platform's answer (done) or what a pre-send read found (baseline)
    error_code       TEXT, -- the platform's error code, or 'local' for a refusal before the call
    error_message    TEXT, -- the platform's own error text, verbatim
    sent_at          INTEGER, -- set while a sent request's outcome is unknown
    batch_id         TEXT -- items enqueued together by one bulk action
);
INSERT INTO outbox_new(seq, id, workspace_id, connection_id, action, target_table, target_id, payload, idempotency_key,
    state, attempts, next_attempt_at, last_error, created_at, updated_at)
    SELECT seq, id, workspace_id, connection_id, action, target_table, target_id, payload, idempotency_key, state,
        attempts, next_attempt_at, last_error, created_at, updated_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_target ON outbox(target_table, target_id);
CREATE INDEX outbox_batch ON outbox(batch_id) WHERE batch_id IS NOT NULL;
