-- Companies, their agents, cases and everything logged in them.
CREATE TABLE company (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    phones      TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    emails      TEXT NOT NULL DEFAULT '[]',
    social      TEXT NOT NULL DEFAULT '[]',
    website     TEXT,
    help_url    TEXT,
    chat_url    TEXT,
    accounts    TEXT NOT NULL DEFAULT '[]',  -- JSON array of {label, value}
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX company_name ON company (name COLLATE NOCASE);

CREATE TABLE agent (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    code        TEXT,            -- the ID the agent gives ("4471")
    department  TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX agent_company ON agent (company_id, name COLLATE NOCASE);

CREATE TABLE "case" (
    id              INTEGER PRIMARY KEY,
    company_id      INTEGER NOT NULL REFERENCES company (id) ON DELETE RESTRICT,
    title           TEXT NOT NULL,
    description     TEXT,
    desired_outcome TEXT,
    amount_minor    INTEGER CHECK (amount_minor IS NULL OR amount_minor >= 0),
    currency        TEXT CHECK ((amount_minor IS NULL) = (currency IS NULL)),
    identifiers     TEXT NOT NULL DEFAULT '[]',
    escalation      TEXT NOT NULL DEFAULT 'agent',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    opened_at       TEXT NOT NULL,
    resolved_at     TEXT,
    outcome         TEXT,
    resolution_note TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX case_company ON "case" (company_id, status, opened_at);
CREATE INDEX case_status ON "case" (status);

CREATE TABLE interaction (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    occurred_at   TEXT NOT NULL,
    channel       TEXT NOT NULL,
    direction     TEXT NOT NULL,
    agent_id      INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    reference     TEXT,
    duration_min  INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
    hold_min      INTEGER CHECK (hold_min IS NULL OR hold_min >= 0),
    notes         TEXT,
    summary       TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX interaction_case ON interaction (case_id, occurred_at);

CREATE TABLE promise (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    agent_id        INTEGER REFERENCES agent (id) ON DELETE SET NULL,
    description     TEXT NOT NULL,
    due_date        TEXT,       -- YYYY-MM-DD, when only a day was promised
    due_at          TEXT,       -- UTC instant, when a time was promised
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'kept', 'broken', 'withdrawn')),
    status_at       TEXT,
    created_at      TEXT NOT NULL,
    CHECK ((due_date IS NULL) <> (due_at IS NULL))
);
CREATE INDEX promise_case ON promise (case_id);
-- Day and instant dues share one sort key: a day ('2026-11-20') sorts before the instants
-- of that day ('2026-11-20T09:00:00.000Z'), so lists walk this index in due order.
CREATE INDEX promise_pending_due ON promise (coalesce(due_date, due_at)) WHERE status = 'pending';

CREATE TABLE follow_up (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'follow_up' CHECK (kind IN ('follow_up', 'deadline')),
    note        TEXT NOT NULL,
    due_date    TEXT,
    due_at      TEXT,
    done_at     TEXT,
    created_at  TEXT NOT NULL,
    CHECK ((due_date IS NULL) <> (due_at IS NULL))
);
CREATE INDEX follow_up_case ON follow_up (case_id);
CREATE INDEX follow_up_open_due ON follow_up (coalesce(due_date, due_at)) WHERE done_at IS NULL;

-- The user's preferences (language, reminder time), one row each.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
