-- Evidence attached to a case or to one of its contacts. The file itself is kept once, in
-- attachments/ beside the database, named by its SHA-256; a row names it with what the user
-- knows it by. A contact deleted for good leaves its attachments on the case.
CREATE TABLE attachment (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    name            TEXT NOT NULL CHECK (length(name) > 0),
    media_type      TEXT NOT NULL,
    bytes           INTEGER NOT NULL CHECK (bytes >= 0),
    note            TEXT,
    added_at        TEXT NOT NULL
);
CREATE INDEX attachment_by_case ON attachment (case_id);
CREATE INDEX attachment_by_hash ON attachment (sha256);
