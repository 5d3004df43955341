-- A company's agents are listed most recently spoken to first, and an agent's scorecard counts
-- their contacts: both look a contact up by its agent. Without this index each agent read every
-- contact (80 ms for a company's seven agents among 100,000 contacts).
CREATE INDEX interaction_agent ON interaction (agent_id, occurred_at);
