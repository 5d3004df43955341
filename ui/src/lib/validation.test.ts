import { describe, expect, test } from 'vitest';
import {
  checkCase,
  checkCompany,
  checkContact,
  checkFollowUp,
  emptyCaseForm,
  emptyCompanyForm,
  emptyContactForm,
  checkReminderTime,
  localDateTimeText,
  normalTimeOfDay,
  parseDue,
  parseTimeOfDay,
  problemMessage,
  toRfc3339,
  type CaseForm,
  type Checked,
  type ContactForm,
  type Problems,
} from './validation.ts';

function problems<T>(checked: Checked<T>): Problems {
  if (checked.ok) throw new Error('expected the form to be refused');
  return checked.problems;
}

function caseForm(changes: Partial<CaseForm>): CaseForm {
  return { ...emptyCaseForm(), title: 'Refund never came', ...changes };
}

function contactForm(changes: Partial<ContactForm>): ContactForm {
  return { ...emptyContactForm(new Date(2026, 10, 30, 17, 5)), ...changes };
}

/** The one problem a form has, with its message in both languages. */
function only<T>(checked: Checked<T>) {
  const p = problems(checked);
  const fields = Object.keys(p);
  expect(fields).toHaveLength(1);
  const [field] = fields;
  return {
    field,
    rule: p[field].rule,
    en: problemMessage(field, p[field], 'en'),
    ko: problemMessage(field, p[field], 'ko'),
  };
}

describe('titles and names', () => {
  test('an empty title is refused with the title named', () => {
    expect(only(checkCase(1, caseForm({ title: '' })))).toEqual({
      field: 'title',
      rule: 'empty',
      en: 'Title must not be empty',
      ko: '제목을 입력하세요',
    });
  });

  test('a title of only spaces, tabs or a full-width space is empty', () => {
    for (const title of ['   ', '\t\n', '\u3000']) {
      expect(only(checkCase(1, caseForm({ title }))).rule).toBe('empty');
    }
  });

  test('an empty company name gets its message in both languages', () => {
    const result = only(checkCompany({ ...emptyCompanyForm(), name: '  ' }));
    expect(result.field).toBe('name');
    expect(result.en).toBe('Name must not be empty');
    expect(result.ko).toBe('회사 이름을 입력하세요');
  });

  test('201 characters is too long, and the message gives the limit', () => {
    const result = only(checkCase(1, caseForm({ title: 'a'.repeat(201) })));
    expect(result).toMatchObject({ field: 'title', rule: 'too_long' });
    expect(result.en).toBe('Title is too long (at most 200 characters)');
    expect(result.ko).toBe('제목이 너무 깁니다 (최대 200자)');
  });

  test('200 Hangul syllables and 200 emoji fit: length counts characters', () => {
    const hangul = checkCase(1, caseForm({ title: '가'.repeat(200) }));
    expect(hangul.ok).toBe(true);
    const emoji = checkCase(1, caseForm({ title: '🙏'.repeat(200) }));
    expect(emoji.ok).toBe(true);
    expect(checkCase(1, caseForm({ title: '🙏'.repeat(201) })).ok).toBe(false);
  });

  test('a title is sent trimmed', () => {
    const checked = checkCase(1, caseForm({ title: '  인터넷 끊김 🙏 ' }));
    expect(checked.ok && checked.value.title).toBe('인터넷 끊김 🙏');
  });
});

describe('long text', () => {
  test('a 100,000-character note is accepted and kept exactly, line breaks included', () => {
    const note = 'line one\n  indented 🙂\n'.repeat(5_000);
    const checked = checkContact(contactForm({ notes: note }));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.value.notes).toBe(note);
  });

  test('more than 200,000 characters is too long', () => {
    const result = only(checkContact(contactForm({ notes: 'x'.repeat(200_001) })));
    expect(result).toMatchObject({ field: 'notes', rule: 'too_long' });
    expect(result.en).toContain('200000');
  });
});

describe('money', () => {
  test('amount abc is not a number', () => {
    const result = only(checkCase(1, caseForm({ amount: 'abc', currency: 'KRW' })));
    expect(result).toMatchObject({ field: 'amount', rule: 'not_a_number' });
    expect(result.en).toBe('Amount is not a number');
    expect(result.ko).toBe('금액이 숫자가 아닙니다');
  });

  test('-5 is negative', () => {
    const result = only(checkCase(1, caseForm({ amount: '-5', currency: 'USD' })));
    expect(result).toMatchObject({ field: 'amount', rule: 'negative' });
    expect(result.en).toBe('Amount must not be negative');
    expect(result.ko).toBe('금액은 음수일 수 없습니다');
  });

  test('100.5 won is too precise: KRW has no decimals', () => {
    const result = only(checkCase(1, caseForm({ amount: '100.5', currency: 'KRW' })));
    expect(result).toMatchObject({ field: 'amount', rule: 'too_precise' });
    expect(result.en).toContain('at most 0');
    expect(result.ko).toContain('최대 0자리');
  });

  test('cents are fine in dollars, and trailing zeros add no precision', () => {
    expect(checkCase(1, caseForm({ amount: '12.50', currency: 'usd' })).ok).toBe(true);
    expect(checkCase(1, caseForm({ amount: '100.00', currency: 'KRW' })).ok).toBe(true);
    expect(checkCase(1, caseForm({ amount: '30,000', currency: 'KRW' })).ok).toBe(true);
    expect(only(checkCase(1, caseForm({ amount: '1.005', currency: 'USD' }))).rule).toBe(
      'too_precise',
    );
  });

  test('the currency is sent upper-case and the amount as typed', () => {
    const checked = checkCase(1, caseForm({ amount: '30,000', currency: 'krw' }));
    expect(checked.ok && [checked.value.amount, checked.value.currency]).toEqual([
      '30,000',
      'KRW',
    ]);
  });

  test('XX1 is not a currency code', () => {
    const result = only(checkCase(1, caseForm({ amount: '5', currency: 'XX1' })));
    expect(result).toMatchObject({ field: 'currency', rule: 'unknown_currency' });
    expect(result.en).toBe('Currency must be a currency code like KRW, USD or EUR');
    expect(result.ko).toBe('통화는 KRW, USD, EUR 같은 통화 코드로 입력하세요');
  });

  test('an amount without a currency is incomplete', () => {
    const result = only(checkCase(1, caseForm({ amount: '5', currency: '' })));
    expect(result).toMatchObject({ field: 'currency', rule: 'incomplete' });
    expect(result.en).toBe('Give both an amount and a currency, or neither');
    expect(result.ko).toBe('금액과 통화를 함께 입력하거나 둘 다 비워 두세요');
  });

  test('a currency without an amount is incomplete on the amount', () => {
    expect(only(checkCase(1, caseForm({ amount: ' ', currency: 'USD' })))).toMatchObject({
      field: 'amount',
      rule: 'incomplete',
    });
  });

  test('neither is no money at stake', () => {
    const checked = checkCase(1, caseForm({}));
    expect(checked.ok && [checked.value.amount, checked.value.currency]).toEqual([null, null]);
  });
});

describe('dates', () => {
  test('a date core could not read is told in both languages', () => {
    // Core reads every typed date (core/src/due.rs); the window only words its refusal.
    const problem = { rule: 'not_a_date' as const };
    expect(problemMessage('promise_due', problem, 'en')).toBe(
      'Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
    );
    expect(problemMessage('promise_due', problem, 'ko')).toBe(
      '약속 기한이 날짜가 아닙니다. 2026-11-30 또는 2026-11-30 17:00처럼 입력하세요',
    );
  });

  test('snooze: impossible days are not dates', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2025-02-29', '30/11/2026', '2026-11-30 25:00']) {
      expect(parseDue(text), text).toBeNull();
    }
    expect(parseDue('2028-02-29')).toBe('2028-02-29');
  });

  test('snooze: in Seoul, 17:00 local is sent as 17:00 at +09:00', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Seoul';
    try {
      expect(parseDue('2026-11-30 17:00')).toBe('2026-11-30T17:00:00+09:00');
    } finally {
      process.env.TZ = saved;
      if (saved === undefined) delete process.env.TZ;
    }
  });

  test('toRfc3339 writes the offset as +HH:MM', () => {
    expect(toRfc3339(new Date(2026, 0, 2, 3, 4, 5))).toMatch(
      /^2026-01-02T03:04:05[+-]\d{2}:\d{2}$/,
    );
  });

  test('the contact time is prefilled as local YYYY-MM-DD HH:MM and sent as typed', () => {
    const now = new Date(2026, 10, 30, 9, 7);
    expect(localDateTimeText(now)).toBe('2026-11-30 09:07');
    const checked = checkContact(contactForm({ occurred_at: ' 2026-11-30 09:07 ' }));
    expect(checked.ok && checked.value.occurred_at).toBe('2026-11-30 09:07');
  });

  test('an empty contact time is refused', () => {
    expect(only(checkContact(contactForm({ occurred_at: '' })))).toMatchObject({
      field: 'occurred_at',
      rule: 'empty',
    });
  });

  test('a follow-up needs a note and a date', () => {
    const p = problems(checkFollowUp({ note: ' ', due: ' ', kind: 'follow_up' }));
    expect(p.follow_up_note.rule).toBe('empty');
    expect(p.follow_up_due.rule).toBe('empty');
    expect(problemMessage('follow_up_due', p.follow_up_due, 'en')).toContain('Follow-up date');
  });
});

describe('the reminder time', () => {
  test('takes H:MM and HH:MM on a 24-hour clock and sends HH:MM', () => {
    expect(parseTimeOfDay('09:00')).toEqual([9, 0]);
    expect(parseTimeOfDay(' 7:05 ')).toEqual([7, 5]);
    expect(normalTimeOfDay('23:59')).toBe('23:59');
    expect(checkReminderTime(' 7:05 ')).toEqual({ ok: true, value: '07:05' });
  });

  test.each(['7 am', '24:00', '12:60', '0900', '9', '09:00:00', '９:00'])('refuses %j', (text) => {
    expect(normalTimeOfDay(text)).toBeNull();
    expect(only(checkReminderTime(text))).toEqual({
      field: 'reminder_time',
      rule: 'not_a_date',
      en: 'Reminder time must be a time of day like 09:00 or 18:30',
      ko: '알림 시각은 09:00이나 18:30처럼 입력하세요',
    });
  });

  test('an empty one is refused as empty', () => {
    expect(only(checkReminderTime('  '))).toMatchObject({
      rule: 'empty',
      en: 'Reminder time must not be empty',
    });
  });
});

describe('the contact form', () => {
  test('no promise is sent when neither its description nor its due is filled', () => {
    const checked = checkContact(contactForm({ reference: ' ABC-123 ' }));
    expect(checked.ok && checked.value.promise).toBeNull();
    expect(checked.ok && checked.value.reference).toBe('ABC-123');
  });

  test('a promise with a due but no description is refused on the description', () => {
    const result = only(checkContact(contactForm({ promise_due: '2026-12-01' })));
    expect(result).toMatchObject({ field: 'promise_description', rule: 'empty' });
    expect(result.ko).toBe('약속 내용을 입력하세요');
  });

  test('a promise with a description but no due is refused on the due', () => {
    expect(only(checkContact(contactForm({ promise_description: 'Refund' })))).toMatchObject({
      field: 'promise_due',
      rule: 'empty',
    });
  });

  test('a full contact is sent with the agent, the promise and a local time', () => {
    const checked = checkContact(
      contactForm({
        agent_name: 'Jane',
        agent_code: '4471',
        agent_department: '',
        promise_description: 'Refund 30,000 won',
        promise_due: '2026-12-01',
        duration_min: '12',
      }),
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.agent).toEqual({ name: 'Jane', code: '4471', department: null });
    expect(checked.value.promise).toEqual({ description: 'Refund 30,000 won', due: '2026-12-01' });
    expect(checked.value.duration_min).toBe('12');
    expect(checked.value.occurred_at).toBe('2026-11-30 17:05');
  });

  test('minutes must be a whole number, not negative', () => {
    const p = problems(checkContact(contactForm({ duration_min: '1.5', hold_min: '-3' })));
    expect(p.duration_min.rule).toBe('not_a_number');
    expect(p.hold_min.rule).toBe('negative');
    expect(problemMessage('duration_min', p.duration_min, 'en')).toBe(
      'Duration is not a number of minutes (digits only, like 15)',
    );
    expect(problemMessage('hold_min', p.hold_min, 'ko')).toBe('대기 시간은 음수일 수 없습니다');
  });
});

describe('identifier rows', () => {
  test('blank rows are dropped; a value without a label is incomplete', () => {
    const ok = checkCompany({
      ...emptyCompanyForm(),
      name: 'Acme',
      phones: '080-123-4567\n\n  02-555-0000  \n',
      accounts: [
        { label: ' Account ', value: ' 1234 ' },
        { label: '', value: '' },
      ],
    });
    expect(ok.ok && ok.value.phones).toEqual(['080-123-4567', '02-555-0000']);
    expect(ok.ok && ok.value.accounts).toEqual([{ label: 'Account', value: '1234' }]);

    const result = only(
      checkCompany({ ...emptyCompanyForm(), name: 'Acme', accounts: [{ label: '', value: '1' }] }),
    );
    expect(result).toMatchObject({ field: 'accounts', rule: 'incomplete' });
    expect(result.en).toBe('Each row needs both a label and a value');
  });
});

describe('messages for what core refuses', () => {
  test('a duplicate company name', () => {
    expect(problemMessage('name', { rule: 'duplicate' }, 'en')).toBe(
      'A company with this name already exists',
    );
    expect(problemMessage('name', { rule: 'duplicate' }, 'ko')).toBe(
      '같은 이름의 회사가 이미 있습니다',
    );
  });

  test('a field the UI has no label for is named as core named it', () => {
    expect(problemMessage('colour', { rule: 'not_allowed' }, 'en')).toBe(
      'colour is not one of the allowed values',
    );
  });

  test('Korean particles follow the label: 을 after a consonant, 를 after a vowel', () => {
    expect(problemMessage('title', { rule: 'empty' }, 'ko')).toBe('제목을 입력하세요');
    expect(problemMessage('reference', { rule: 'empty' }, 'ko')).toBe('접수번호를 입력하세요');
    expect(problemMessage('agent_code', { rule: 'too_long', limit: 200 }, 'ko')).toBe(
      '상담원 ID가 너무 깁니다 (최대 200자)',
    );
  });
});
