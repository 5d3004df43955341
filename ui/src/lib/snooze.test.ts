import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { inOneHour, parsePicked, tomorrowAt, untilText } from './snooze.ts';

// Fixed zones, so the offsets sent to core can be checked exactly.
const zone = process.env.TZ;
function inZone(tz: string) {
  process.env.TZ = tz;
}
beforeAll(() => inZone('Asia/Seoul'));
afterEach(() => {
  vi.useRealTimers();
  inZone('Asia/Seoul');
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('in one hour', () => {
  test('is an hour from now, to the minute, sent with the local offset', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T23:40:27+09:00'));
    expect(untilText(inOneHour())).toBe('2026-12-01T00:40:00+09:00');
  });
});

describe('tomorrow at the reminder time', () => {
  test('is the next local day at that time, even late in the evening', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T23:40:00+09:00'));
    expect(untilText(tomorrowAt('09:00'))).toBe('2026-12-01T09:00:00+09:00');
    expect(untilText(tomorrowAt('18:30'))).toBe('2026-12-01T18:30:00+09:00');
  });

  test('crosses the end of a year', () => {
    const now = new Date('2026-12-31T08:00:00+09:00');
    expect(untilText(tomorrowAt('07:15', now))).toBe('2027-01-01T07:15:00+09:00');
  });

  test('keeps the wall-clock time across a daylight-saving change', () => {
    inZone('America/New_York');
    const now = new Date('2026-03-07T20:00:00-05:00');
    expect(untilText(tomorrowAt('09:00', now))).toBe('2026-03-08T09:00:00-04:00');
  });

  test('falls back to 09:00 when the reminder time is not one', () => {
    const now = new Date('2026-11-30T10:00:00+09:00');
    expect(untilText(tomorrowAt('', now))).toBe('2026-12-01T09:00:00+09:00');
  });
});

describe('a picked time', () => {
  const now = new Date('2026-11-30T10:00:00+09:00');

  test('a day alone is that day at the reminder time', () => {
    const picked = parsePicked('2026-12-02', '08:30', now);
    expect(picked.ok && untilText(picked.until)).toBe('2026-12-02T08:30:00+09:00');
  });

  test('a day and time is that local time', () => {
    const picked = parsePicked(' 2026-12-02 17:45 ', '08:30', now);
    expect(picked.ok && untilText(picked.until)).toBe('2026-12-02T17:45:00+09:00');
  });

  test('later today counts', () => {
    const picked = parsePicked('2026-11-30 10:01', '09:00', now);
    expect(picked.ok && untilText(picked.until)).toBe('2026-11-30T10:01:00+09:00');
  });

  test.each(['tomorrow', '2026-13-01', '2026-02-30', '2026-12-02 25:00', '12/02/2026', ''])(
    '%j is not a date',
    (text) => {
      expect(parsePicked(text, '09:00', now)).toEqual({ ok: false, problem: 'not_a_date' });
    },
  );

  test.each(['2026-11-30 10:00', '2026-11-30', '2025-01-01 12:00'])(
    '%j is not in the future',
    (text) => {
      expect(parsePicked(text, '09:00', now)).toEqual({ ok: false, problem: 'past' });
    },
  );
});
