-- What every row must hold for the app to read it back, enforced by the database itself, so
-- no writer (an import, a future bug, a hand edit through the app's connection) can store a
-- value that would make a list fail to load. The rules are the domain's: choices by their
-- stored names, instants as fixed-width UTC text, days as real calendar days, lists as JSON.
-- SQLite cannot add a CHECK constraint to an existing table without rebuilding it, so these
-- are triggers that abort the write.

CREATE TRIGGER company_values_insert BEFORE INSERT ON company
WHEN CASE WHEN json_valid(NEW.phones) THEN json_type(NEW.phones) END IS NOT 'array' OR CASE WHEN json_valid(NEW.emails) THEN json_type(NEW.emails) END IS NOT 'array'
  OR CASE WHEN json_valid(NEW.social) THEN json_type(NEW.social) END IS NOT 'array' OR CASE WHEN json_valid(NEW.accounts) THEN json_type(NEW.accounts) END IS NOT 'array'
  OR length(trim(NEW.name)) = 0 OR length(NEW.name) > 200
BEGIN SELECT RAISE(ABORT, 'company: name must be 1 to 200 characters, and phones, emails, social and accounts JSON lists'); END;
CREATE TRIGGER company_values_update BEFORE UPDATE ON company
WHEN CASE WHEN json_valid(NEW.phones) THEN json_type(NEW.phones) END IS NOT 'array' OR CASE WHEN json_valid(NEW.emails) THEN json_type(NEW.emails) END IS NOT 'array'
  OR CASE WHEN json_valid(NEW.social) THEN json_type(NEW.social) END IS NOT 'array' OR CASE WHEN json_valid(NEW.accounts) THEN json_type(NEW.accounts) END IS NOT 'array'
  OR length(trim(NEW.name)) = 0 OR length(NEW.name) > 200
BEGIN SELECT RAISE(ABORT, 'company: name must be 1 to 200 characters, and phones, emails, social and accounts JSON lists'); END;

CREATE TRIGGER case_values_insert BEFORE INSERT ON "case"
WHEN NEW.escalation NOT IN ('agent', 'supervisor', 'complaints', 'executive', 'regulator', 'public', 'leaving')
  OR (NEW.outcome IS NOT NULL AND NEW.outcome NOT IN ('got_it', 'partial', 'gave_up', 'switched'))
  OR strftime('%Y-%m-%dT%H:%M:%fZ', NEW.opened_at) IS NOT NEW.opened_at
  OR (NEW.resolved_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.resolved_at) IS NOT NEW.resolved_at)
  OR typeof(NEW.amount_minor) NOT IN ('integer', 'null')
  OR CASE WHEN json_valid(NEW.identifiers) THEN json_type(NEW.identifiers) END IS NOT 'array'
  OR length(trim(NEW.title)) = 0 OR length(NEW.title) > 200
BEGIN SELECT RAISE(ABORT, 'case: escalation, outcome, opened_at, resolved_at, amount_minor, identifiers or title holds a value the app cannot read'); END;
CREATE TRIGGER case_values_update BEFORE UPDATE ON "case"
WHEN NEW.escalation NOT IN ('agent', 'supervisor', 'complaints', 'executive', 'regulator', 'public', 'leaving')
  OR (NEW.outcome IS NOT NULL AND NEW.outcome NOT IN ('got_it', 'partial', 'gave_up', 'switched'))
  OR strftime('%Y-%m-%dT%H:%M:%fZ', NEW.opened_at) IS NOT NEW.opened_at
  OR (NEW.resolved_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.resolved_at) IS NOT NEW.resolved_at)
  OR typeof(NEW.amount_minor) NOT IN ('integer', 'null')
  OR CASE WHEN json_valid(NEW.identifiers) THEN json_type(NEW.identifiers) END IS NOT 'array'
  OR length(trim(NEW.title)) = 0 OR length(NEW.title) > 200
BEGIN SELECT RAISE(ABORT, 'case: escalation, outcome, opened_at, resolved_at, amount_minor, identifiers or title holds a value the app cannot read'); END;

CREATE TRIGGER interaction_values_insert BEFORE INSERT ON interaction
WHEN NEW.channel NOT IN ('phone', 'email', 'chat', 'social', 'letter', 'in_person', 'sms', 'web')
  OR NEW.direction NOT IN ('outbound', 'inbound')
  OR strftime('%Y-%m-%dT%H:%M:%fZ', NEW.occurred_at) IS NOT NEW.occurred_at
  OR typeof(NEW.duration_min) NOT IN ('integer', 'null')
  OR typeof(NEW.hold_min) NOT IN ('integer', 'null')
BEGIN SELECT RAISE(ABORT, 'interaction: channel, direction, occurred_at, duration_min or hold_min holds a value the app cannot read'); END;
CREATE TRIGGER interaction_values_update BEFORE UPDATE ON interaction
WHEN NEW.channel NOT IN ('phone', 'email', 'chat', 'social', 'letter', 'in_person', 'sms', 'web')
  OR NEW.direction NOT IN ('outbound', 'inbound')
  OR strftime('%Y-%m-%dT%H:%M:%fZ', NEW.occurred_at) IS NOT NEW.occurred_at
  OR typeof(NEW.duration_min) NOT IN ('integer', 'null')
  OR typeof(NEW.hold_min) NOT IN ('integer', 'null')
BEGIN SELECT RAISE(ABORT, 'interaction: channel, direction, occurred_at, duration_min or hold_min holds a value the app cannot read'); END;

CREATE TRIGGER promise_values_insert BEFORE INSERT ON promise
WHEN (NEW.due_date IS NOT NULL AND date(NEW.due_date) IS NOT NEW.due_date)
  OR (NEW.due_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.due_at) IS NOT NEW.due_at)
  OR length(trim(NEW.description)) = 0 OR length(NEW.description) > 200
BEGIN SELECT RAISE(ABORT, 'promise: due_date, due_at or description holds a value the app cannot read'); END;
CREATE TRIGGER promise_values_update BEFORE UPDATE ON promise
WHEN (NEW.due_date IS NOT NULL AND date(NEW.due_date) IS NOT NEW.due_date)
  OR (NEW.due_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.due_at) IS NOT NEW.due_at)
  OR length(trim(NEW.description)) = 0 OR length(NEW.description) > 200
BEGIN SELECT RAISE(ABORT, 'promise: due_date, due_at or description holds a value the app cannot read'); END;

CREATE TRIGGER follow_up_values_insert BEFORE INSERT ON follow_up
WHEN (NEW.due_date IS NOT NULL AND date(NEW.due_date) IS NOT NEW.due_date)
  OR (NEW.due_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.due_at) IS NOT NEW.due_at)
  OR length(trim(NEW.note)) = 0 OR length(NEW.note) > 200
BEGIN SELECT RAISE(ABORT, 'follow_up: due_date, due_at or note holds a value the app cannot read'); END;
CREATE TRIGGER follow_up_values_update BEFORE UPDATE ON follow_up
WHEN (NEW.due_date IS NOT NULL AND date(NEW.due_date) IS NOT NEW.due_date)
  OR (NEW.due_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.due_at) IS NOT NEW.due_at)
  OR length(trim(NEW.note)) = 0 OR length(NEW.note) > 200
BEGIN SELECT RAISE(ABORT, 'follow_up: due_date, due_at or note holds a value the app cannot read'); END;
