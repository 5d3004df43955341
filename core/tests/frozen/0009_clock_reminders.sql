-- A time limit reminds twice: a heads-up a few days before its day, and on the day. Each is
-- recorded once it fired, keyed by the day it warned of, so a restart does not repeat it and a
-- limit that moves (a start day typed again) warns again. A deleted case takes its records.
CREATE TABLE clock_fired (
    case_id   INTEGER NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    rule_id   TEXT NOT NULL,
    due_date  TEXT NOT NULL,
    event     TEXT NOT NULL CHECK (event IN ('heads_up', 'day')),
    fired_at  TEXT NOT NULL,
    PRIMARY KEY (case_id, rule_id, due_date, event)
) WITHOUT ROWID;
