-- Who made a promise: the company or client ("them", every promise before this), or the user
-- ("me": the corrected invoice, the replacement that ships Monday).
ALTER TABLE promise ADD COLUMN made_by TEXT NOT NULL DEFAULT 'them' CHECK (made_by IN ('them', 'me'));
