-- Search: one row per case in a full-text index, holding everything the user might remember
-- about it (title, company, description, identifiers, amount, every contact's reference,
-- notes and agent, every promise and follow-up). The trigram tokenizer matches any run of three
-- or more characters anywhere, case-insensitively: Korean words with their particles attached
-- ("환불을" for "환불"), fragments of reference numbers ("4471" in "REF-44712"), and English
-- words alike, which a word tokenizer cannot do for Korean. Shorter queries are answered with
-- LIKE over the same table.
CREATE VIEW case_search_text AS
SELECT k.id AS case_id,
       k.title AS title,
       c.name AS company,
       concat_ws(char(10),
         k.description,
         k.desired_outcome,
         (SELECT group_concat(concat_ws(' ', j.value ->> 'label', j.value ->> 'value'), char(10))
            FROM json_each(k.identifiers) j),
         CASE WHEN k.amount_minor IS NOT NULL
              THEN concat_ws(' ', k.amount_minor, printf('%.2f', k.amount_minor / 100.0), k.currency)
         END,
         (SELECT group_concat(concat_ws(' ', i.reference, a.name, a.code, a.department, i.notes, i.summary), char(10))
            FROM interaction i LEFT JOIN agent a ON a.id = i.agent_id WHERE i.case_id = k.id),
         (SELECT group_concat(concat_ws(' ', p.description, a.name, a.code), char(10))
            FROM promise p LEFT JOIN agent a ON a.id = p.agent_id WHERE p.case_id = k.id),
         (SELECT group_concat(f.note, char(10)) FROM follow_up f WHERE f.case_id = k.id)
       ) AS body
  FROM "case" k JOIN company c ON c.id = k.company_id;

CREATE VIRTUAL TABLE search_index USING fts5(title, company, body, tokenize = 'trigram');

INSERT INTO search_index (rowid, title, company, body)
SELECT case_id, title, company, body FROM case_search_text;

-- Kept in step by the writes themselves, in their own transaction.
CREATE TRIGGER search_case_insert AFTER INSERT ON "case" BEGIN
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id = NEW.id;
END;
CREATE TRIGGER search_case_update AFTER UPDATE ON "case" BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id;
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id = NEW.id;
END;
CREATE TRIGGER search_case_delete AFTER DELETE ON "case" BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id;
END;

CREATE TRIGGER search_company_update AFTER UPDATE OF name ON company BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM "case" WHERE company_id = NEW.id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text
   WHERE case_id IN (SELECT id FROM "case" WHERE company_id = NEW.id);
END;

CREATE TRIGGER search_agent_update AFTER UPDATE ON agent BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT case_id FROM interaction WHERE agent_id = NEW.id
    UNION SELECT case_id FROM promise WHERE agent_id = NEW.id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (
    SELECT case_id FROM interaction WHERE agent_id = NEW.id
    UNION SELECT case_id FROM promise WHERE agent_id = NEW.id);
END;

CREATE TRIGGER search_interaction_insert AFTER INSERT ON interaction BEGIN
  DELETE FROM search_index WHERE rowid IN (NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (NEW.case_id);
END;

CREATE TRIGGER search_interaction_update AFTER UPDATE ON interaction BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id, NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER search_interaction_delete AFTER DELETE ON interaction BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id);
END;

CREATE TRIGGER search_promise_insert AFTER INSERT ON promise BEGIN
  DELETE FROM search_index WHERE rowid IN (NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (NEW.case_id);
END;

CREATE TRIGGER search_promise_update AFTER UPDATE ON promise BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id, NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER search_promise_delete AFTER DELETE ON promise BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id);
END;

CREATE TRIGGER search_follow_up_insert AFTER INSERT ON follow_up BEGIN
  DELETE FROM search_index WHERE rowid IN (NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (NEW.case_id);
END;

CREATE TRIGGER search_follow_up_update AFTER UPDATE ON follow_up BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id, NEW.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER search_follow_up_delete AFTER DELETE ON follow_up BEGIN
  DELETE FROM search_index WHERE rowid IN (OLD.case_id);
  INSERT INTO search_index (rowid, title, company, body)
  SELECT case_id, title, company, body FROM case_search_text WHERE case_id IN (OLD.case_id);
END;
