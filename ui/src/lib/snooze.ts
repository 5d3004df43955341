// When a snoozed reminder comes back: in an hour, tomorrow at the reminder time, or at a day
// and time the user typed. Pure: "now" is passed in (or read once, as the default).
import { parseDue, parseTimeOfDay, toRfc3339 } from './validation.ts';

/** The given local day at the given time of day (the default reminder time if it is not one). */
function atTimeOfDay(year: number, month: number, day: number, time: string): Date {
  const [hours, minutes] = parseTimeOfDay(time) ?? [9, 0];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month, day);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

/** An hour from now, to the minute. */
export function inOneHour(now: Date = new Date()): Date {
  const later = new Date(now.getTime() + 3_600_000);
  later.setSeconds(0, 0);
  return later;
}

/** Tomorrow, in local time, at the reminder time "HH:MM". */
export function tomorrowAt(time: string, now: Date = new Date()): Date {
  return atTimeOfDay(now.getFullYear(), now.getMonth(), now.getDate() + 1, time);
}

export type Picked = { ok: true; until: Date } | { ok: false; problem: 'not_a_date' | 'past' };

/**
 * What the user typed for "remind me again at": "YYYY-MM-DD" is that day at the reminder time,
 * "YYYY-MM-DD HH:MM" is that local time. It has to be later than now.
 */
export function parsePicked(text: string, time: string, now: Date = new Date()): Picked {
  const due = parseDue(text);
  if (due === null) return { ok: false, problem: 'not_a_date' };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  const until = day ? atTimeOfDay(+day[1], +day[2] - 1, +day[3], time) : new Date(due);
  if (until.getTime() <= now.getTime()) return { ok: false, problem: 'past' };
  return { ok: true, until };
}

/** How core takes the snooze time: RFC 3339 with the local offset. */
export function untilText(until: Date): string {
  return toRfc3339(until);
}
