-- Reminders: snoozing moves when a promise or follow-up fires next; each due event that has
-- fired is recorded, so a restart does not repeat it.
ALTER TABLE promise ADD COLUMN snoozed_until TEXT;
ALTER TABLE follow_up ADD COLUMN snoozed_until TEXT;

CREATE TABLE reminder_fired (
    kind      TEXT NOT NULL CHECK (kind IN ('promise', 'follow_up', 'deadline')),
    item_id   INTEGER NOT NULL,
    fire_at   TEXT NOT NULL,   -- the due event: when it was meant to fire
    fired_at  TEXT NOT NULL,   -- when it did
    PRIMARY KEY (kind, item_id, fire_at)
) WITHOUT ROWID;
