-- What came back when a case was resolved ("got it" or "partial"), in minor units of its
-- currency; kept apart from the amount at stake, which stays what was asked for.
ALTER TABLE "case" ADD COLUMN recovered_minor INTEGER CHECK (recovered_minor IS NULL OR recovered_minor >= 0);
ALTER TABLE "case" ADD COLUMN recovered_currency TEXT
    CHECK ((recovered_minor IS NULL) = (recovered_currency IS NULL));

-- A company the user works for rather than buys from (a freelancer's or seller's client):
-- its screens say "client".
ALTER TABLE company ADD COLUMN client INTEGER NOT NULL DEFAULT 0 CHECK (client IN (0, 1));
