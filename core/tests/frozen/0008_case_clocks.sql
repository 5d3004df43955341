-- The country and sector a case's regulators' and laws' time limits are looked up by, and the
-- days of the events that start them (a delivery, a final response), kept with the case so a
-- deleted case takes them with it and an export carries them.
ALTER TABLE "case" ADD COLUMN country TEXT;
ALTER TABLE "case" ADD COLUMN sector TEXT;
ALTER TABLE "case" ADD COLUMN clock_dates TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(clock_dates));
-- A company gives its cases a country and sector unless a case names its own.
ALTER TABLE company ADD COLUMN country TEXT;
ALTER TABLE company ADD COLUMN sector TEXT;
