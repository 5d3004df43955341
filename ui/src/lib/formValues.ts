// The forms' values as the user types them, and the inputs core takes from them. Nothing here
// judges a value: core checks every field (see api.ts's check and save commands) and the forms
// show what it says.
import type { Agent } from './bindings/Agent.ts';
import type { PromiseSide } from './bindings/PromiseSide.ts';
import type { Sector } from './bindings/Sector.ts';
import type { Case } from './bindings/Case.ts';
import type { CaseInput } from './bindings/CaseInput.ts';
import type { Channel } from './bindings/Channel.ts';
import type { Company } from './bindings/Company.ts';
import type { CompanyInput } from './bindings/CompanyInput.ts';
import type { Direction } from './bindings/Direction.ts';
import type { Escalation } from './bindings/Escalation.ts';
import type { FollowUpKind } from './bindings/FollowUpKind.ts';
import type { Due } from './bindings/Due.ts';
import type { Interaction } from './bindings/Interaction.ts';
import type { InteractionInput } from './bindings/InteractionInput.ts';
import type { Outcome } from './bindings/Outcome.ts';
import { localDay } from './format.ts';

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "YYYY-MM-DD HH:MM" in local time, as the contact form is prefilled. */
export function localDateTimeText(now: Date = new Date()): string {
  return (
    `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}

/** A text area's lines, one value each. */
function lines(text: string): string[] {
  return text.split('\n');
}

export type Row = { label: string; value: string };

export type CompanyForm = {
  name: string;
  phones: string;
  emails: string;
  social: string;
  website: string;
  help_url: string;
  chat_url: string;
  accounts: Row[];
  notes: string;
  /** Where its cases' time limits are looked up: a country code and a sector, or ''. */
  country: string;
  sector: Sector | '';
  /** A client the user works for: its screens say "client". */
  client: boolean;
};

export function emptyCompanyForm(): CompanyForm {
  return {
    name: '',
    phones: '',
    emails: '',
    social: '',
    website: '',
    help_url: '',
    chat_url: '',
    accounts: [{ label: '', value: '' }],
    notes: '',
    country: '',
    sector: '',
    client: false,
  };
}

export function companyToForm(c: Company): CompanyForm {
  return {
    name: c.name,
    phones: c.phones.join('\n'),
    emails: c.emails.join('\n'),
    social: c.social.join('\n'),
    website: c.website ?? '',
    help_url: c.help_url ?? '',
    chat_url: c.chat_url ?? '',
    accounts: c.accounts.length ? c.accounts.map((a) => ({ ...a })) : [{ label: '', value: '' }],
    notes: c.notes ?? '',
    country: c.country ?? '',
    sector: c.sector ?? '',
    client: c.client,
  };
}

/** The company form as core takes it: one value per line; core trims and drops blanks. */
export function companyInput(f: CompanyForm): CompanyInput {
  return {
    name: f.name,
    phones: lines(f.phones),
    emails: lines(f.emails),
    social: lines(f.social),
    website: f.website,
    help_url: f.help_url,
    chat_url: f.chat_url,
    accounts: f.accounts,
    notes: f.notes,
    country: f.country || null,
    sector: f.sector || null,
    // A draft kept before clients existed has no such box: not a client.
    client: f.client ?? false,
  };
}

export type CaseForm = {
  title: string;
  description: string;
  desired_outcome: string;
  amount: string;
  currency: string;
  identifiers: Row[];
  escalation: Escalation;
  opened_on: string;
};

export function emptyCaseForm(): CaseForm {
  return {
    title: '',
    description: '',
    desired_outcome: '',
    amount: '',
    currency: '',
    identifiers: [{ label: '', value: '' }],
    escalation: 'agent',
    opened_on: '',
  };
}

export function caseToForm(k: Case): CaseForm {
  return {
    title: k.title,
    description: k.description ?? '',
    desired_outcome: k.desired_outcome ?? '',
    amount: k.money?.amount ?? '',
    currency: k.money?.currency ?? '',
    identifiers: k.identifiers.length
      ? k.identifiers.map((i) => ({ ...i }))
      : [{ label: '', value: '' }],
    escalation: k.escalation,
    opened_on: localDay(new Date(k.opened_at)),
  };
}

export function caseInput(companyId: number, f: CaseForm): CaseInput {
  return {
    company_id: companyId,
    title: f.title,
    description: f.description,
    desired_outcome: f.desired_outcome,
    amount: f.amount,
    currency: f.currency,
    identifiers: f.identifiers,
    escalation: f.escalation,
    opened_on: f.opened_on,
  };
}

export type ContactForm = {
  occurred_at: string;
  channel: Channel;
  direction: Direction;
  agent_name: string;
  agent_code: string;
  agent_department: string;
  reference: string;
  duration_min: string;
  hold_min: string;
  notes: string;
  promise_description: string;
  promise_due: string;
  /** Who promised: them (the default) or me. */
  promise_made_by: PromiseSide;
  summary: string;
};

export function emptyContactForm(now: Date = new Date()): ContactForm {
  return {
    occurred_at: localDateTimeText(now),
    channel: 'phone',
    direction: 'outbound',
    agent_name: '',
    agent_code: '',
    agent_department: '',
    reference: '',
    duration_min: '',
    hold_min: '',
    notes: '',
    promise_description: '',
    promise_due: '',
    promise_made_by: 'them',
    summary: '',
  };
}

/** A logged contact in its form, to correct it; times in the user's local time. */
export function contactFormOf(i: Interaction): ContactForm {
  return {
    occurred_at: localDateTimeText(new Date(i.occurred_at)),
    channel: i.channel,
    direction: i.direction,
    agent_name: i.agent?.name ?? '',
    agent_code: i.agent?.code ?? '',
    agent_department: i.agent?.department ?? '',
    reference: i.reference ?? '',
    duration_min: i.duration_min === null ? '' : String(i.duration_min),
    hold_min: i.hold_min === null ? '' : String(i.hold_min),
    notes: i.notes ?? '',
    promise_description: '',
    promise_due: '',
    promise_made_by: 'them',
    summary: i.summary ?? '',
  };
}

/** A due as the user would type it again: the day, or the local day and time. */
export function dueText(due: Due): string {
  return due.kind === 'date' ? due.date : localDateTimeText(new Date(due.at));
}

/** The contact as core takes it; a promise left wholly blank is no promise to core. */
export function contactInput(f: ContactForm): InteractionInput {
  return {
    occurred_at: f.occurred_at,
    channel: f.channel,
    direction: f.direction,
    agent: { name: f.agent_name, code: f.agent_code, department: f.agent_department },
    reference: f.reference,
    duration_min: f.duration_min,
    hold_min: f.hold_min,
    notes: f.notes,
    summary: f.summary,
    // A draft saved before the side was asked has none: them, as core reads it.
    promise: { description: f.promise_description, due: f.promise_due, made_by: f.promise_made_by ?? 'them' },
  };
}

export type FollowUpForm = { note: string; due: string; kind: FollowUpKind };

export function emptyFollowUpForm(): FollowUpForm {
  return { note: '', due: '', kind: 'follow_up' };
}

export type ResolveForm = { outcome: Outcome; note: string };

/** The company's agents with this name, whatever its case or spacing: exactly one is the one
 * the user means, and fills in their ID and department. */
export function agentsNamed(agents: readonly Agent[], name: string): Agent[] {
  const wanted = name.trim().toLowerCase();
  return agents.filter((a) => a.name.toLowerCase() === wanted);
}
