// What the user is told about each field core refuses, in English and Korean. The problems come
// from the real core (its check commands), so a rule that changes there shows up here.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RealBackend } from '../test/realBackend.ts';
import type { Problem } from './bindings/Problem.ts';
import { problemMessage } from './problems.ts';
import { blankCase } from '../test/fixtures.ts';

let core: RealBackend;
beforeAll(() => {
  core = new RealBackend();
});
afterAll(() => core.stop());

/** Every problem core finds in the input, as the user reads it in both languages. */
async function told(command: string, input: Record<string, unknown>) {
  const problems = await core.core<Problem[]>(command, { input });
  return problems.map((p) => ({
    field: p.field,
    en: problemMessage(p, 'en'),
    ko: problemMessage(p, 'ko'),
  }));
}

const refundCase = blankCase(1, 'Refund never came');

describe('a case', () => {
  test('an empty title, an amount too precise for won, and a half-filled identifier', async () => {
    expect(
      await told('check_case', {
        ...refundCase,
        title: '\u3000',
        amount: '100.5',
        currency: 'krw',
        identifiers: [{ label: '', value: 'A-77' }],
      }),
    ).toEqual([
      { field: 'title', en: 'Title must not be empty', ko: '제목을 입력하세요' },
      {
        field: 'amount',
        en: 'Amount must be a whole number in this currency',
        ko: '금액은 이 통화에서 소수점 없이 입력하세요',
      },
      {
        field: 'identifiers',
        en: 'Each row needs both a label and a value',
        ko: '각 줄에 항목 이름과 값을 모두 입력하세요',
      },
    ]);
  });

  test('a currency that is not one, and an amount without a currency', async () => {
    expect(await told('check_case', { ...refundCase, amount: '5', currency: '원' })).toEqual([
      {
        field: 'currency',
        en: 'Currency must be a currency code like KRW, USD or EUR',
        ko: '통화는 KRW, USD, EUR 같은 통화 코드로 입력하세요',
      },
    ]);
    expect(await told('check_case', { ...refundCase, amount: '5' })).toEqual([
      {
        field: 'currency',
        en: 'Give both an amount and a currency, or neither',
        ko: '금액과 통화를 함께 입력하거나 둘 다 비워 두세요',
      },
    ]);
  });
});

describe('a contact', () => {
  test('a date that is not one, and minutes that are not minutes', async () => {
    expect(
      await told('check_interaction', {
        occurred_at: 'last Tuesday',
        channel: 'phone',
        duration_min: '1.5',
        hold_min: '-3',
        promise: { description: 'Refund', due: '2026-02-30' },
      }),
    ).toEqual([
      {
        field: 'promise_due',
        en: 'Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
        ko: '약속 기한의 날짜 형식이 올바르지 않습니다. 2026.11.30 또는 2026.11.30 17:00처럼 입력하세요',
      },
      {
        field: 'occurred_at',
        en: 'When is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
        ko: '일시의 날짜 형식이 올바르지 않습니다. 2026.11.30 또는 2026.11.30 17:00처럼 입력하세요',
      },
      {
        field: 'duration_min',
        en: 'Duration is not a number of minutes (digits only, like 15)',
        ko: '통화 시간은 분 단위 숫자로 입력하세요 (예: 15)',
      },
      { field: 'hold_min', en: 'Time on hold must not be negative', ko: '대기 시간은 음수일 수 없습니다' },
    ]);
  });

  test('an agent ID over 200 characters gives the limit; Korean particles follow the label', async () => {
    expect(
      await told('check_interaction', {
        occurred_at: '2026-11-30 17:00',
        channel: 'phone',
        agent: { code: '7'.repeat(201) },
        reference: null,
      }),
    ).toEqual([
      {
        field: 'agent_code',
        en: 'Agent ID is too long (at most 200 characters)',
        ko: '상담원 ID가 너무 깁니다 (최대 200자)',
      },
    ]);
  });
});

describe('a company and a follow-up', () => {
  test('an empty company name, and a follow-up with no note or date', async () => {
    expect(await told('check_company', { name: ' ' })).toEqual([
      { field: 'name', en: 'Name must not be empty', ko: '회사 이름을 입력하세요' },
    ]);
    expect(await told('check_follow_up', { note: '', due: '' })).toEqual([
      { field: 'follow_up_note', en: 'Follow-up note must not be empty', ko: '할 일을 입력하세요' },
      { field: 'follow_up_due', en: 'Follow-up date must not be empty', ko: '확인 날짜를 입력하세요' },
    ]);
  });

  test('a duplicate company name is said in its own words', async () => {
    await core.core('create_company', { input: { name: 'Acme Telecom' } });
    const refused = (await core
      .core('create_company', { input: { name: 'acme telecom' } })
      .catch((e: unknown) => e)) as { problems: Problem[] };
    const told = refused.problems.map((p) => ({
      field: p.field,
      en: problemMessage(p, 'en'),
      ko: problemMessage(p, 'ko'),
    }));
    expect(told).toEqual([
      {
        field: 'name',
        en: 'A company with this name already exists',
        ko: '같은 이름의 회사가 이미 있습니다',
      },
    ]);
  });
});
