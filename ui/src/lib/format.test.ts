import { describe, expect, test } from 'vitest';
import {
  formatAgent,
  formatCount,
  formatDay,
  formatDue,
  formatInstant,
  formatInstantDay,
  formatMoney,
  isPast,
  localDay,
} from './format.ts';

describe('money', () => {
  test('won have no decimals and are grouped for the language', () => {
    expect(formatMoney({ amount: '30000', currency: 'KRW' }, 'en')).toBe('₩30,000');
    expect(formatMoney({ amount: '30000', currency: 'KRW' }, 'ko')).toBe('30,000원');
  });

  test('each language and currency keeps its own way, asked in turn', () => {
    // The formatters are made once and kept: one made for a language or currency never
    // answers for another.
    for (let round = 0; round < 2; round++) {
      expect(formatMoney({ amount: '12.50', currency: 'USD' }, 'en')).toBe('$12.50');
      expect(formatMoney({ amount: '30000', currency: 'KRW' }, 'ko')).toBe('30,000원');
      expect(formatMoney({ amount: '30000', currency: 'KRW' }, 'en')).toBe('₩30,000');
      expect(formatMoney({ amount: '7', currency: 'XYZ1' }, 'en')).toBe('7 XYZ1');
      expect(formatDay('2026-11-30', 'en')).toBe('Mon, Nov 30, 2026');
      expect(formatDay('2026-11-30', 'ko')).toBe('2026년 11월 30일 (월)');
    }
  });

  test('dollars keep their cents', () => {
    expect(formatMoney({ amount: '12.50', currency: 'USD' }, 'en')).toBe('$12.50');
    expect(formatMoney({ amount: '12.50', currency: 'USD' }, 'ko')).toContain('12.50');
  });
});

describe('dates', () => {
  test('a day is that day in every time zone', () => {
    expect(formatDay('2026-11-30', 'en')).toBe('Mon, Nov 30, 2026');
    expect(formatDay('2026-11-30', 'ko')).toContain('2026');
    expect(formatDay('2026-11-30', 'ko')).toContain('30');
  });

  test('a day is written as Intl writes it, in both languages, for every day of two years', () => {
    for (const lang of ['en', 'ko'] as const) {
      const intl = new Intl.DateTimeFormat(lang, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 86_400_000) {
        const day = new Date(ms).toISOString().slice(0, 10);
        expect(formatDay(day, lang)).toBe(intl.format(ms));
      }
    }
  });

  test('an instant is its local day and a 12-hour time', () => {
    const evening = new Date(2026, 10, 30, 17, 5).toISOString();
    const midnight = new Date(2026, 10, 30, 0, 5).toISOString();
    const noon = new Date(2026, 10, 30, 12, 0).toISOString();
    expect(formatInstant(evening, 'en')).toBe('Mon, Nov 30, 2026, 5:05\u00a0PM');
    expect(formatInstant(midnight, 'en')).toBe('Mon, Nov 30, 2026, 12:05\u00a0AM');
    expect(formatInstant(noon, 'en')).toBe('Mon, Nov 30, 2026, 12:00\u00a0PM');
    expect(formatInstant(evening, 'ko')).toBe('2026년 11월 30일 (월) 오후 5:05');
    expect(formatInstant(midnight, 'ko')).toBe('2026년 11월 30일 (월) 오전 12:05');
    expect(formatInstantDay(evening, 'ko')).toBe('2026년 11월 30일 (월)');
    expect(formatInstant('not a time', 'en')).toBe('not a time');
  });

  test('counts are grouped by threes in both languages', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-2500)).toBe('-2,500');
    expect(formatCount(1234.5)).toBe('1,234.5');
  });

  test('an instant shows a time', () => {
    const text = formatDue({ kind: 'at', at: '2026-11-30T08:00:00Z' }, 'en');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d:\d\d/);
  });

  test('a day is past once it is over; an instant once reached', () => {
    const now = new Date(2026, 10, 30, 12, 0);
    expect(localDay(now)).toBe('2026-11-30');
    expect(isPast({ kind: 'date', date: '2026-11-29' }, now)).toBe(true);
    expect(isPast({ kind: 'date', date: '2026-11-30' }, now)).toBe(false);
    expect(isPast({ kind: 'at', at: new Date(2026, 10, 30, 11).toISOString() }, now)).toBe(true);
    expect(isPast({ kind: 'at', at: new Date(2026, 10, 30, 13).toISOString() }, now)).toBe(false);
  });
});

describe('agents', () => {
  test('name, ID and department, as far as known', () => {
    expect(formatAgent({ name: 'Jane', code: '4471', department: 'Billing' }, 'en')).toBe(
      'Jane (ID 4471, Billing)',
    );
    expect(formatAgent({ name: 'Jane', code: '4471', department: null }, 'en')).toBe(
      'Jane (ID 4471)',
    );
    expect(formatAgent({ name: 'Jane', code: null, department: 'Billing' }, 'en')).toBe(
      'Jane (Billing)',
    );
    expect(formatAgent({ name: 'Jane', code: null, department: null }, 'en')).toBe('Jane');
    expect(formatAgent(null, 'en')).toBe('');
  });
});
