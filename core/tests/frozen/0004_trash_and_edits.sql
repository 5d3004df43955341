-- Recently deleted: a deleted record, with every row that hung from it, kept for 30 days so
-- it can be restored whole. The rows are JSON in the export's shape (column to value).
CREATE TABLE trash (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL CHECK (kind IN ('company', 'case', 'interaction', 'promise', 'follow_up')),
    item_id       INTEGER NOT NULL,
    label         TEXT NOT NULL,
    company_name  TEXT NOT NULL,
    cases         INTEGER NOT NULL DEFAULT 0,
    interactions  INTEGER NOT NULL DEFAULT 0,
    promises      INTEGER NOT NULL DEFAULT 0,
    follow_ups    INTEGER NOT NULL DEFAULT 0,
    deleted_at    TEXT NOT NULL,
    rows          TEXT NOT NULL CHECK (json_valid(rows))
);
CREATE INDEX trash_by_time ON trash (deleted_at);

-- What was changed after the fact, so a case file can show that a promise's date moved.
CREATE TABLE edit (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('company', 'case', 'interaction', 'promise', 'follow_up')),
    item_id    INTEGER NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    edited_at  TEXT NOT NULL
);
CREATE INDEX edit_by_item ON edit (kind, item_id);
