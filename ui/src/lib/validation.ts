// The forms' first checks, so an obvious mistake is shown next to its field before anything is
// sent. The limits, choices and currencies come from core (bindings/rules.ts); how a date the
// user typed is read is core's alone: the forms send it as typed and show what core refuses.
import type { CaseInput } from './bindings/CaseInput.ts';
import type { Company } from './bindings/Company.ts';
import type { CompanyInput } from './bindings/CompanyInput.ts';
import type { Case } from './bindings/Case.ts';
import type { Channel } from './bindings/Channel.ts';
import type { Direction } from './bindings/Direction.ts';
import type { Escalation } from './bindings/Escalation.ts';
import type { FollowUpInput } from './bindings/FollowUpInput.ts';
import type { FollowUpKind } from './bindings/FollowUpKind.ts';
import type { Identifier } from './bindings/Identifier.ts';
import type { InteractionInput } from './bindings/InteractionInput.ts';
import type { Outcome } from './bindings/Outcome.ts';
import type { Rule } from './bindings/Rule.ts';
import { CURRENCY_DIGITS, LONG_MAX, NAME_MAX, SHORT_MAX } from './bindings/rules.ts';
import { hasKey, t, type Lang, currentLang } from './i18n/index.svelte.ts';

/** What is wrong with one field. */
export type Problem = { rule: Rule; limit?: number | null };
/** Problems by core's field name. */
export type Problems = Record<string, Problem>;
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problems };

/** Characters as the user sees them: an emoji or a Hangul syllable counts once. */
export function charCount(text: string): number {
  return [...text].length;
}

function blank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

class Checker {
  problems: Problems = {};

  fail(field: string, rule: Rule, limit?: number): void {
    // The first problem with a field is the one to fix first.
    if (!this.problems[field]) this.problems[field] = { rule, limit: limit ?? null };
  }

  /** A required single-line value, trimmed. */
  required(field: string, value: string, max = NAME_MAX): string {
    const v = value.trim();
    if (v === '') this.fail(field, 'empty');
    else if (charCount(v) > max) this.fail(field, 'too_long', max);
    return v;
  }

  /** An optional single-line value, trimmed; blank becomes null. */
  optional(field: string, value: string, max = SHORT_MAX): string | null {
    const v = value.trim();
    if (v === '') return null;
    if (charCount(v) > max) this.fail(field, 'too_long', max);
    return v;
  }

  /** Free text, kept exactly as typed; only blank becomes null. */
  long(field: string, value: string): string | null {
    if (blank(value)) return null;
    if (charCount(value) > LONG_MAX) this.fail(field, 'too_long', LONG_MAX);
    return value;
  }

  /** One value per line: each trimmed, blank lines dropped. */
  lines(field: string, value: string): string[] {
    return value
      .split(/\r?\n/)
      .map((line) => this.optional(field, line, SHORT_MAX))
      .filter((line): line is string => line !== null);
  }

  /** Label and value rows: wholly blank rows dropped; half-filled ones refused. */
  labelled(field: string, rows: Identifier[]): Identifier[] {
    const out: Identifier[] = [];
    for (const row of rows) {
      const label = this.optional(field, row.label, SHORT_MAX);
      const value = this.optional(field, row.value, SHORT_MAX);
      if (label === null && value === null) continue;
      if (label === null || value === null) this.fail(field, 'incomplete');
      else out.push({ label, value });
    }
    return out;
  }

  done<T>(value: T): Checked<T> {
    return Object.keys(this.problems).length === 0
      ? { ok: true, value }
      : { ok: false, problems: this.problems };
  }
}

/** Checks an amount the way core does, against the currency's decimal places. */
export function checkAmount(text: string, decimals: number | null): Problem | null {
  const cleaned = text.trim().replace(/[,_]/g, '');
  if (cleaned.startsWith('-')) {
    const rest = cleaned.slice(1);
    return rest !== '' && /^[\d.]+$/.test(rest) ? { rule: 'negative' } : { rule: 'not_a_number' };
  }
  const unsigned = cleaned.startsWith('+') ? cleaned.slice(1) : cleaned;
  const dot = unsigned.indexOf('.');
  const whole = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const frac = dot < 0 ? '' : unsigned.slice(dot + 1);
  if ((whole === '' && frac === '') || !/^\d*$/.test(whole) || !/^\d*$/.test(frac)) {
    return { rule: 'not_a_number' };
  }
  const significant = frac.replace(/0+$/, '');
  if (decimals !== null) {
    if (significant.length > decimals) return { rule: 'too_precise', limit: decimals };
    const minor = BigInt((whole || '0') + significant.padEnd(decimals, '0'));
    if (minor > 9_223_372_036_854_775_807n) return { rule: 'not_a_number' };
  }
  return null;
}

/** Decimal places of an ISO 4217 code core accepts, or null for one it does not. */
function currencyDigits(code: string): number | null {
  const digits = CURRENCY_DIGITS[code.trim().toUpperCase()];
  return digits === undefined ? null : digits;
}

/** Amount and currency: both or neither, a number in the currency's decimals. */
function money(c: Checker, amount: string, currency: string): [string | null, string | null] {
  const a = amount.trim();
  const cur = currency.trim();
  if (a === '' && cur === '') return [null, null];
  if (a !== '' && cur === '') {
    c.fail('currency', 'incomplete');
    const p = checkAmount(a, null);
    if (p) c.fail('amount', p.rule, p.limit ?? undefined);
    return [a, null];
  }
  if (a === '') {
    c.fail('amount', 'incomplete');
    if (currencyDigits(cur) === null) c.fail('currency', 'unknown_currency');
    return [null, cur];
  }
  const digits = currencyDigits(cur);
  if (digits === null) c.fail('currency', 'unknown_currency');
  const p = checkAmount(a, digits);
  if (p) c.fail('amount', p.rule, p.limit ?? undefined);
  return [a, cur.toUpperCase()];
}

/** Minutes: digits only, not negative. */
function minutes(c: Checker, field: string, value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (v.startsWith('-')) c.fail(field, 'negative');
  else if (!/^\+?\d+$/.test(v) || Number(v.replace('+', '')) > 4_294_967_295) {
    c.fail(field, 'not_a_number');
  }
  return v;
}

// --- dates -----------------------------------------------------------------------------------

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // days in month m of a leap year
  if (d > days) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** A local date and time as RFC 3339 with the offset the user's zone has at that moment. */
export function toRfc3339(local: Date): string {
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

function localDate(y: number, m: number, d: number, hh = 0, mm = 0): Date {
  const date = new Date(2000, 0, 1, hh, mm, 0, 0);
  date.setFullYear(y, m - 1, d);
  date.setHours(hh, mm, 0, 0);
  return date;
}

/**
 * A snoozed reminder's "remind me again at": "YYYY-MM-DD" stays a day; "YYYY-MM-DD HH:MM" (or
 * with a T) is the user's local time, as RFC 3339 with its offset. Anything else is null.
 */
export function parseDue(text: string): string | null {
  const v = text.trim();
  let m = DAY.exec(v);
  if (m) return realDay(+m[1], +m[2], +m[3]) ? v : null;
  m = LOCAL_TIME.exec(v);
  if (!m) return null;
  const [y, mo, d, hh, mi] = m.slice(1).map(Number);
  if (!realDay(y, mo, d) || hh > 23 || mi > 59) return null;
  return toRfc3339(localDate(y, mo, d, hh, mi));
}

/** "YYYY-MM-DD HH:MM" in local time, as the contact form is prefilled. */
export function localDateTimeText(now: Date = new Date()): string {
  return (
    `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}

const TIME_OF_DAY = /^(\d{1,2}):(\d{2})$/;

/** "H:MM" or "HH:MM" on a 24-hour clock, as [hours, minutes]; null for anything else. */
export function parseTimeOfDay(text: string): [number, number] | null {
  const m = TIME_OF_DAY.exec(text.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  return hours <= 23 && minutes <= 59 ? [hours, minutes] : null;
}

/** A time of day as core stores it, "HH:MM", or null when the text is not one. */
export function normalTimeOfDay(text: string): string | null {
  const parsed = parseTimeOfDay(text);
  return parsed ? `${pad(parsed[0])}:${pad(parsed[1])}` : null;
}

/** A date or date and time as typed: core reads it in the user's zone, and says if it is not one. */
function when(c: Checker, field: string, value: string): string {
  if (blank(value)) c.fail(field, 'empty');
  return value.trim();
}

// --- forms -----------------------------------------------------------------------------------

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
  };
}

export function checkCompany(f: CompanyForm): Checked<CompanyInput> {
  const c = new Checker();
  return c.done({
    name: c.required('name', f.name, NAME_MAX),
    phones: c.lines('phones', f.phones),
    emails: c.lines('emails', f.emails),
    social: c.lines('social', f.social),
    website: c.optional('website', f.website),
    help_url: c.optional('help_url', f.help_url),
    chat_url: c.optional('chat_url', f.chat_url),
    accounts: c.labelled('accounts', f.accounts),
    notes: c.long('notes', f.notes),
  });
}

export type CaseForm = {
  title: string;
  description: string;
  desired_outcome: string;
  amount: string;
  currency: string;
  identifiers: Row[];
  escalation: Escalation;
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
  };
}

export function checkCase(companyId: number, f: CaseForm): Checked<CaseInput> {
  const c = new Checker();
  const title = c.required('title', f.title, NAME_MAX);
  const description = c.long('description', f.description);
  const desired = c.long('desired_outcome', f.desired_outcome);
  const [amount, currency] = money(c, f.amount, f.currency);
  return c.done({
    company_id: companyId,
    title,
    description,
    desired_outcome: desired,
    amount,
    currency,
    identifiers: c.labelled('identifiers', f.identifiers),
    escalation: f.escalation,
  });
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
    summary: '',
  };
}

export function checkContact(f: ContactForm): Checked<InteractionInput> {
  const c = new Checker();
  const occurredAt = when(c, 'occurred_at', f.occurred_at);
  const agent = {
    name: c.optional('agent_name', f.agent_name, NAME_MAX),
    code: c.optional('agent_code', f.agent_code, SHORT_MAX),
    department: c.optional('agent_department', f.agent_department, SHORT_MAX),
  };
  const reference = c.optional('reference', f.reference, SHORT_MAX);
  const duration = minutes(c, 'duration_min', f.duration_min);
  const hold = minutes(c, 'hold_min', f.hold_min);
  const notes = c.long('notes', f.notes);
  const summary = c.long('summary', f.summary);
  // A promise is sent only when something of it was filled in, and then it needs both parts.
  let promise: InteractionInput['promise'] = null;
  if (!blank(f.promise_description) || !blank(f.promise_due)) {
    promise = {
      description: c.required('promise_description', f.promise_description, NAME_MAX),
      due: when(c, 'promise_due', f.promise_due),
    };
  }
  return c.done({
    occurred_at: occurredAt,
    channel: f.channel,
    direction: f.direction,
    agent,
    reference,
    duration_min: duration,
    hold_min: hold,
    notes,
    summary,
    promise,
  });
}

export type FollowUpForm = { note: string; due: string; kind: FollowUpKind };

export function emptyFollowUpForm(): FollowUpForm {
  return { note: '', due: '', kind: 'follow_up' };
}

export function checkFollowUp(f: FollowUpForm): Checked<FollowUpInput> {
  const c = new Checker();
  const note = c.required('follow_up_note', f.note, NAME_MAX);
  const due = when(c, 'follow_up_due', f.due);
  return c.done({ kind: f.kind, note, due });
}

export type ResolveForm = { outcome: Outcome; note: string };

export function checkResolve(f: ResolveForm): Checked<{ outcome: Outcome; note: string | null }> {
  const c = new Checker();
  const note = c.long('resolution_note', f.note);
  return c.done({ outcome: f.outcome, note });
}

/** The time of day that dues given only a date remind at. */
export function checkReminderTime(text: string): Checked<string> {
  const c = new Checker();
  const time = normalTimeOfDay(text);
  if (text.trim() === '') c.fail('reminder_time', 'empty');
  else if (time === null) c.fail('reminder_time', 'not_a_date');
  return c.done(time ?? '');
}

// --- messages --------------------------------------------------------------------------------

/** The label of a field as the user sees it. */
export function fieldLabel(field: string, lang: Lang = currentLang()): string {
  const key = `field.${field}`;
  return hasKey(key) ? t(key, {}, lang) : field;
}

/** What to tell the user about a problem with a field, in their language. */
export function problemMessage(field: string, problem: Problem, lang: Lang = currentLang()): string {
  const params = { field: fieldLabel(field, lang), limit: problem.limit ?? '' };
  const { rule } = problem;
  if (rule === 'incomplete' && (field === 'amount' || field === 'currency')) {
    return t('rule.money.incomplete', params, lang);
  }
  if (rule === 'incomplete' && (field === 'accounts' || field === 'identifiers')) {
    return t('rule.labelled.incomplete', params, lang);
  }
  if (rule === 'duplicate' && field === 'name') return t('rule.name.duplicate', params, lang);
  if (rule === 'not_a_number' && (field === 'duration_min' || field === 'hold_min')) {
    return t('rule.minutes.not_a_number', params, lang);
  }
  if (rule === 'not_a_date' && field === 'reminder_time') {
    return t('rule.time.not_a_date', params, lang);
  }
  return t(`rule.${rule}`, params, lang);
}
