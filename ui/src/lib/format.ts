// Dates and money for the current language. Days stay days (no time zone shift); instants show
// in the user's local time. Days, times and counts are written with core's words and patterns
// (weekday and month names, "{weekday}, {month} {day}, {year}"), not Intl: Intl's date and
// number formats load ICU's locale data into the window (2.3 MiB, held for good) for what two
// languages write the same way every time. Money in any currency and decimals still use Intl,
// on the screens that show them.
import type { Agent } from './bindings/Agent.ts';
import type { Due } from './bindings/Due.ts';
import type { Money } from './bindings/Money.ts';
import { currentLang, groupDigits, t, tp, type Lang } from './i18n/index.svelte.ts';

/** Making an Intl formatter costs more than formatting with one, so each is made once per
 * language and kind. */
const formatters = new Map<string, Intl.NumberFormat>();

function numbers(lang: string, kind: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${kind}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.NumberFormat(lang, options)));
  return made;
}

/** A calendar day in the language's words: "Mon, Nov 30, 2026", "2026년 11월 30일 (월)".
 * `weekday` is 0 for Sunday, as Date counts. */
function writeDay(year: number, month: number, day: number, weekday: number, lang: Lang): string {
  return t(
    'date.day',
    {
      weekday: t(`weekday.${weekday === 0 ? 7 : weekday}` as 'weekday.1', {}, lang),
      month: t(`month.${month}` as 'month.1', {}, lang),
      day,
      year,
    },
    lang,
  );
}

/** A local time on a 12-hour clock: "5:00 PM", "오후 5:00". */
function writeTime(hours: number, minutes: number, lang: Lang): string {
  const params = { hour: hours % 12 || 12, minute: String(minutes).padStart(2, '0') };
  return t(hours < 12 ? 'date.am' : 'date.pm', params, lang);
}

/** A calendar day "YYYY-MM-DD", formatted as that same day wherever the user is. */
export function formatDay(date: string, lang: Lang = currentLang()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return writeDay(year, month, day, weekday, lang);
}

/** The local calendar day of an instant, in the language's words. */
function writeLocalDay(local: Date, lang: Lang): string {
  return writeDay(local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getDay(), lang);
}

/** An instant (RFC 3339), as a local date and time. */
export function formatInstant(at: string, lang: Lang = currentLang()): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  const local = new Date(ms);
  const time = writeTime(local.getHours(), local.getMinutes(), lang);
  return t('date.dayTime', { day: writeLocalDay(local, lang), time }, lang);
}

/** An instant's local calendar day only. */
export function formatInstantDay(at: string, lang: Lang = currentLang()): string {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : writeLocalDay(new Date(ms), lang);
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
    return `${groupDigits(Number(money.amount))}원`;
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
export const formatCount = groupDigits;
