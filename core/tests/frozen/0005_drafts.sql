-- What the user has typed into a form and not saved yet, one row per form and record, so a
-- half-logged call survives moving to another screen, a restart or a crash.
CREATE TABLE draft (
    form      TEXT NOT NULL CHECK (form IN ('contact', 'follow_up', 'new_case', 'case_edit', 'resolve', 'new_company', 'company_edit')),
    owner_id  INTEGER NOT NULL,
    body      TEXT NOT NULL CHECK (json_valid(body)),
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (form, owner_id)
);
