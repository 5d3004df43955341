import { afterEach, describe, expect, test, vi } from 'vitest';
import { FILL_EXAMPLES, messagesIn } from '../bindings/messages.ts';
import { currentLang, fill, josa, setLang, systemLang, t, tp } from './index.svelte.ts';

const en = messagesIn('en');
const ko = messagesIn('ko');

afterEach(() => setLang('en'));

describe('the catalogue from core', () => {
  test('fills placeholders and Korean particles exactly as core does', () => {
    expect(FILL_EXAMPLES.length).toBeGreaterThan(10);
    for (const [template, params, filled] of FILL_EXAMPLES) {
      expect(fill(template, params), template).toBe(filled);
    }
  });

  test('Korean is really Korean where English has words', () => {
    expect(ko['nav.home']).toBe('홈');
    expect(ko['rule.empty']).not.toBe(en['rule.empty']);
  });
});

describe('t()', () => {
  test('fills {name} placeholders', () => {
    expect(t('agent.nameCodeDept', { name: 'Jane', code: '4471', department: 'Billing' })).toBe(
      'Jane (ID 4471, Billing)',
    );
    expect(t('companies.counts', { open: 2, all: 5 }, 'ko')).toBe('진행 중 2 · 전체 5');
  });

  test('leaves a placeholder it has no value for', () => {
    expect(fill('Hello {who}', {})).toBe('Hello {who}');
  });

  test('follows the current language', () => {
    setLang('ko');
    expect(currentLang()).toBe('ko');
    expect(t('nav.home')).toBe('홈');
    expect(document.documentElement.lang).toBe('ko');
    setLang('en');
    expect(t('nav.home')).toBe('Home');
    expect(document.documentElement.lang).toBe('en');
  });

  test('picks the plural form in English', () => {
    expect(tp('caseRow.pending', 1, {}, 'en')).toBe('1 pending promise');
    expect(tp('caseRow.pending', 3, {}, 'en')).toBe('3 pending promises');
    expect(tp('caseRow.pending', 1, {}, 'ko')).toBe('대기 중인 약속 1건');
    // A count is written as the language groups digits.
    expect(tp('prep.tried', 2000, {}, 'en')).toBe('Already tried: 2,000 contacts');
    expect(tp('caseRow.pending', 12500, {}, 'ko')).toBe('대기 중인 약속 12,500건');
  });

  test('puts the Korean particle that fits the word', () => {
    expect(fill('{x|을/를} 입력하세요', { x: '제목' })).toBe('제목을 입력하세요');
    expect(fill('{x|을/를} 입력하세요', { x: '메모' })).toBe('메모를 입력하세요');
    expect(josa('통화', '이/가')).toBe('가');
    expect(josa('금액', '이/가')).toBe('이');
    expect(josa('서울', '으로/로')).toBe('로');
    expect(josa('URL', '을/를')).toBe('을');
    expect(josa('—', '을/를')).toBe('을(를)');
  });
});

describe('language choice', () => {
  test('the system language decides unless one was saved', () => {
    expect(systemLang('ko-KR')).toBe('ko');
    expect(systemLang('ko')).toBe('ko');
    expect(systemLang('en-US')).toBe('en');
    expect(systemLang('ja-JP')).toBe('en');
    expect(systemLang(undefined)).toBe('en');
  });
});

describe('reading the messages', () => {
  test('a window speaking English reads the English messages and never the Korean ones', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      vi.resetModules();
      const fresh = await import('./index.svelte.ts');
      fresh.setLang('en');
      expect(fresh.t('nav.home')).toBe('Home');
      expect(fresh.tc('company.edit', true)).toBe(fresh.t('company.edit.client'));
      const read = parse.mock.calls.map(([text]) => String(text));
      expect(read.filter((text) => text.includes('"nav.home": "Home"'))).toHaveLength(1);
      expect(read.filter((text) => text.includes('"nav.home": "홈"'))).toHaveLength(0);
      fresh.setLang('ko');
      expect(fresh.t('nav.home')).toBe('홈');
    } finally {
      parse.mockRestore();
    }
  });
});
