-- What came back when a case was resolved ("got it" or "partial"), in minor units of its
-- currency; kept apart from the amount at stake, which stays what was asked for.
ALTER TABLE "case" ADD COLUMN recovered_minor INTEGER CHECK (recovered_minor IS NULL OR recovered_minor >= 0);
ALTER TABLE "case" ADD COLUMN recovered_currency TEXT
    CHECK ((recovered_minor IS NULL) = (recovered_currency IS NULL));

-- A company the user works for rather than buys from (a freelancer's or seller's client):
-- its screens say "client".
ALTER TABLE company ADD COLUMN client INTEGER NOT NULL DEFAULT 0 CHECK (client IN (0, 1));

-- The Record counts every company's contacts and promises at once; with the time on hold and
-- the promise's side and status in these indexes, it reads the indexes alone, not every row.
DROP INDEX interaction_case;
CREATE INDEX interaction_case ON interaction (case_id, occurred_at, hold_min);
DROP INDEX promise_case;
CREATE INDEX promise_case ON promise (case_id, made_by, status);
