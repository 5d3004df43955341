// A large database for the end-to-end tests, in the export's own format so `casebook import`
// checks and loads it like any backup: 10,000 cases across 50 companies, 500 of them with a
// promise long overdue (the household that has been chasing for years).
import { writeFileSync } from 'node:fs';

export const CASES = 10_000;
export const COMPANIES = 50;
export const OVERDUE = 500;

const AT = '2026-01-05T09:00:00.000Z';

/** Writes the backup to `file` and returns how many of each it holds. */
export function writeBacklog(file) {
  const company = [];
  for (let id = 1; id <= COMPANIES; id++) {
    company.push({
      id,
      name: `Company ${String(id).padStart(2, '0')}`,
      phones: '[]',
      emails: '[]',
      social: '[]',
      website: null,
      help_url: null,
      chat_url: null,
      accounts: '[]',
      notes: null,
      created_at: AT,
      updated_at: AT,
    });
  }
  const cases = [];
  const promise = [];
  for (let id = 1; id <= CASES; id++) {
    cases.push({
      id,
      company_id: ((id - 1) % COMPANIES) + 1,
      title: `Case ${id}: refund for order ${id}`,
      description: null,
      desired_outcome: 'Full refund to my card',
      amount_minor: null,
      currency: null,
      identifiers: '[]',
      escalation: 'agent',
      status: 'open',
      opened_at: AT,
      resolved_at: null,
      outcome: null,
      resolution_note: null,
      updated_at: AT,
    });
    if (id <= OVERDUE) {
      const due = new Date(Date.UTC(2024, 0, 1) + id * 86_400_000).toISOString().slice(0, 10);
      promise.push({
        id,
        case_id: id,
        interaction_id: null,
        agent_id: null,
        description: `Refund ${id}`,
        due_date: due,
        due_at: null,
        status: 'pending',
        status_at: null,
        snoozed_until: null,
        created_at: AT,
      });
    }
  }
  const backup = {
    format: 'casebook-export',
    schema_version: 5,
    exported_at: AT,
    tables: { company, case: cases, promise },
  };
  writeFileSync(file, JSON.stringify(backup));
  return { companies: COMPANIES, cases: CASES, overdue: OVERDUE };
}
