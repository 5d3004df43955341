-- A call in progress keeps its draft like any form (its notes, and when it started and how
-- long it was on hold), so a crash or a kill loses at most the last few seconds. SQLite cannot
-- change a CHECK, so the table is made again with the new form allowed and every draft copied.
CREATE TABLE draft_new (
    form      TEXT NOT NULL CHECK (form IN ('contact', 'follow_up', 'new_case', 'case_edit', 'resolve', 'new_company', 'company_edit', 'call')),
    owner_id  INTEGER NOT NULL,
    body      TEXT NOT NULL CHECK (json_valid(body)),
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (form, owner_id)
);
INSERT INTO draft_new (form, owner_id, body, saved_at)
    SELECT form, owner_id, body, saved_at FROM draft;
DROP TABLE draft;
ALTER TABLE draft_new RENAME TO draft;
