// Inputs the tests send to the real core, with only what a test is about filled in.
import type { CaseInput } from '../lib/bindings/CaseInput.ts';

/** A case with a title and nothing else: no outcome, money or identifiers, at the agent. */
export function blankCase(companyId: number, title: string): CaseInput {
  return {
    company_id: companyId,
    title,
    description: null,
    desired_outcome: null,
    amount: null,
    currency: null,
    identifiers: [],
    escalation: 'agent',
    opened_on: null,
  };
}
