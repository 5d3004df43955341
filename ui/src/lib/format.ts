// Dates and money for the current language, with Intl. Days stay days (no time zone shift);
// instants show in the user's local time.
import type { Agent } from './bindings/Agent.ts';
import type { Due } from './bindings/Due.ts';
import type { Money } from './bindings/Money.ts';
import { currentLang, t, tp, type Lang } from './i18n/index.svelte.ts';

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** Making an Intl formatter costs more than formatting with one (a long list's dates made one
 * each, most of the time it took to draw a row), so each is made once per language, kind and
 * local UTC offset: a change of time zone while the app runs makes new ones. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dates(lang: Lang, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${kind}|${new Date().getTimezoneOffset()}`;
  let made = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(lang, options)));
  return made;
}

function numbers(lang: string, kind: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${kind}`;
  let made = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!made) formatters.set(key, (made = new Intl.NumberFormat(lang, options)));
  return made;
}

/** A calendar day "YYYY-MM-DD", formatted as that same day wherever the user is. */
export function formatDay(date: string, lang: Lang = currentLang()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dates(lang, 'day', { ...DAY_OPTIONS, timeZone: 'UTC' }).format(utc);
}

/** An instant (RFC 3339), as a local date and time. */
export function formatInstant(at: string, lang: Lang = currentLang()): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return dates(lang, 'instant', { ...DAY_OPTIONS, ...TIME_OPTIONS }).format(ms);
}

/** An instant's local calendar day only. */
export function formatInstantDay(at: string, lang: Lang = currentLang()): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return dates(lang, 'instant-day', DAY_OPTIONS).format(ms);
}

export function formatDue(due: Due, lang: Lang = currentLang()): string {
  return due.kind === 'date' ? formatDay(due.date, lang) : formatInstant(due.at, lang);
}

/** The local calendar day of `now` as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whether a due has passed: a day once that day is over, an instant once it is reached. */
export function isPast(due: Due, now: Date = new Date()): boolean {
  if (due.kind === 'date') return due.date < localDay(now);
  return Date.parse(due.at) <= now.getTime();
}

/** How far a due is from today, as core counts it: "Today", "In 3 days", "2 days overdue". */
export function fromToday(days: number, lang: Lang = currentLang()): string {
  if (days === 0) return t('due.today', {}, lang);
  if (days === 1) return t('due.tomorrow', {}, lang);
  return days > 0 ? tp('due.inDays', days, {}, lang) : tp('due.daysOverdue', -days, {}, lang);
}

export function formatMoney(money: Money, lang: Lang = currentLang()): string {
  // Won are written after the number in Korean: 59,000원.
  if (lang === 'ko' && money.currency === 'KRW') {
    return `${numbers('ko-KR', 'count').format(Number(money.amount))}원`;
  }
  try {
    return numbers(lang, `currency ${money.currency}`, {
      style: 'currency',
      currency: money.currency,
    }).format(Number(money.amount));
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** "Jane (ID 4471, Billing)", with only the parts that are known. */
export function formatAgent(
  agent: Pick<Agent, 'name' | 'code' | 'department'> | null,
  lang: Lang = currentLang(),
): string {
  if (!agent) return '';
  const { name, code, department } = agent;
  if (code && department) return t('agent.nameCodeDept', { name, code, department }, lang);
  if (code && code !== name) return t('agent.nameCode', { name, code }, lang);
  if (department) return t('agent.nameDept', { name, department }, lang);
  return name;
}

/** "240 KB", "1.5 MB": a file's size as the dossier gives it. */
export function fileSize(bytes: number, lang: Lang = currentLang()): string {
  if (bytes < 1_000_000) return `${Math.ceil(bytes / 1000)} KB`;
  const mb = numbers(lang, 'megabytes', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${mb.format(bytes / 1_000_000)} MB`;
}

/** A count as the language writes it: "1,000". */
export function formatCount(n: number, lang: Lang = currentLang()): string {
  return numbers(lang, 'count').format(n);
}
