-- The inbox workflow (core/inbox/conversationworkflow.h): who handles a conversation, its labels, internal notes,
-- done / reopen and snooze.
--
-- workspace_members: the people a conversation can be assigned to. A local workspace has one member, the person at
-- this computer (is_me = 1, created by the workflow on first use); a cloud-synced workspace will add its team here
-- with their own ids. conversations.assignee_id (0001) holds a member id.
-- conversations.snoozed_until: ms since the epoch; the conversation is hidden from the default list until then
-- (status stays 'open'; "snoozed" is derived from the time). Done is status 'closed'.
-- tags.fold_key: the label name folded with Turkish rules (common/textfold.h), so "İade", "IADE" and "iade" are one
-- label; computed in C++ for new tags (existing ones, if any, get lower() as the best SQL can do).
-- The trigger: a new message from the customer (last_inbound_at moves forward) reopens a done conversation and
-- ends a snooze, whichever ingest path wrote it.
CREATE TABLE workspace_members (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    is_me        INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX workspace_members_me ON workspace_members(workspace_id) WHERE is_me = 1 AND deleted = 0;

ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER;
CREATE INDEX conversations_snoozed ON conversations(snoozed_until) WHERE snoozed_until IS NOT NULL;

ALTER TABLE tags ADD COLUMN fold_key TEXT;
UPDATE tags SET fold_key = lower(name);
CREATE INDEX tags_fold_key ON tags(workspace_id, fold_key);
CREATE INDEX conversation_tags_conversation ON conversation_tags(conversation_id);

CREATE TRIGGER conversations_inbound_reopens AFTER UPDATE OF last_inbound_at ON conversations
WHEN new.last_inbound_at > ifnull(old.last_inbound_at, 0) AND (new.status = 'closed' OR new.snoozed_until IS NOT NULL)
BEGIN
    UPDATE conversations SET status = 'open', snoozed_until = NULL WHERE id = new.id;
END;
