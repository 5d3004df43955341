// The regulators' and laws' time limits for a case, from the command line, on fixed dates
// worked out by hand.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import { fails, json, ok, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

/** Each clock as "RULE started→due" (or "RULE needs a date"). */
const lines = (shown) =>
  shown.clocks.map((c) => `${c.rule.id} ${c.started_on ?? '?'}→${c.due ?? '?'}`);

describe('case clocks', () => {
  test('a UK financial case: eight weeks from the complaint, six months from the final response', () => {
    json(['company', 'add', 'Acme Bank']);
    json(['case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice', '--opened', '2026-01-10']);
    json(['log', '1', '--channel', 'email', '--at', '2026-01-12 10:00', '--note', 'Complaint sent']);
    assert.match(ok(['case', 'clocks', '1']), /^Name the case's country and sector first/);
    const shown = json(['case', 'clocks', '1', '--country', 'GB', '--sector', 'financial', '--date', 'final_response=2026-03-02']);
    assert.equal(shown.retrieved, '2026-11-23');
    assert.deepEqual(lines(shown), [
      // 12 Jan + 8 weeks: 19 days to 31 Jan, 28 in February, 9 in March.
      'UK-FOS-8W 2026-01-12→2026-03-09',
      // Six calendar months from the final response.
      'UK-FOS-6M 2026-03-02→2026-09-02',
      'UK-LIMITATION-6Y ?→?',
    ]);
    assert.match(shown.clocks[0].rule.source, /^FCA Handbook DISP/);
    const text = ok(['case', 'clocks', '1']);
    assert.match(text, /UK-FOS-8W +Your first complaint +2026-01-12 +2026-03-09 /);
    assert.match(text, /UK-LIMITATION-6Y +Purchase or payment +needs its start date /);
    assert.match(text, /Dates computed from the rules table of 2026-11-23\. Rules change: check the current rules at the source before relying on a date\.\n$/);
  });

  test('a Korean online purchase: 7 days from delivery, 3 business days over 추석', () => {
    json(['company', 'add', '쇼핑몰']);
    json(['case', 'open', '--company', '쇼핑몰', '--title', '반품 환불', '--opened', '2026-09-20']);
    json(['log', '1', '--channel', 'chat', '--at', '2026-09-21 10:00', '--note', '반품 요청']);
    const shown = json(['case', 'clocks', '1', '--country', 'KR', '--sector', 'online_shopping',
      '--date', 'delivered=2026-09-18', '--date', 'refund_agreed=2026.9.23']);
    assert.deepEqual(lines(shown), [
      'KR-ECOM-WITHDRAW-7D 2026-09-18→2026-09-25',
      // Thu 24 – Sat 26 are 추석, Sunday the 27th: Mon 28, Tue 29, Wed 30.
      'KR-ECOM-REFUND-3BD 2026-09-23→2026-09-30',
      // 30 days from the day the case started (the problem noticed).
      'KR-ECOM-MISMATCH-30D-3M 2026-09-20→2026-10-20',
      'KR-KCA-RELIEF-30D ?→?',
      'KR-CDMC-MEDIATE-30D ?→?',
      'KR-CDMC-ACCEPT-15D ?→?',
    ]);
    assert.match(ok(['case', 'clocks', '1'], { env: { LANG: 'ko_KR.UTF-8' } }), /2026-11-23 기준 규정표로 계산한 날짜입니다/);
  });

  test('an unknown country or event is refused, and nothing changes', () => {
    json(['company', 'add', 'Acme Bank']);
    json(['case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice']);
    fails(['case', 'clocks', '1', '--country', 'XX', '--sector', 'financial'], 1, /^casebook: Country for time limits is not one of the allowed values \(clock_country\)\n$/);
    fails(['case', 'clocks', '1', '--date', 'someday=2026-01-01'], 1, /clock_start/);
    assert.equal(json(['case', 'clocks', '1']).country, null);
  });

  test('escalate moves the case up the ladder', () => {
    json(['company', 'add', 'Acme Bank']);
    json(['case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice']);
    assert.equal(ok(['case', 'escalate', '1', 'complaints']), 'Case #1 is now at: Complaints department\n');
    assert.equal(json(['case', 'show', '1']).case.escalation, 'complaints');
    fails(['case', 'escalate', '1', 'king'], 2, /invalid value 'king'/);
  });
});

describe('letters', () => {
  test('a letter is printed in the asked language, or saved to a file; a bad kind is refused', async () => {
    json(['company', 'add', 'Acme Bank']);
    json(['case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice', '--want', 'Refund the second charge']);
    json(['log', '1', '--channel', 'phone', '--at', '2026-01-12 10:00', '--agent', 'Jane', '--ref', 'ABC-123', '--promise', 'Refund', '--due', '2026-01-15']);
    json(['promise', 'broken', '1']);
    const text = ok(['letter', '1', 'escalate']);
    assert.match(text, /^Request to escalate: Charged twice\n\nTo a supervisor or the complaints department at Acme Bank,\n\nI have raised this problem once and it is still not resolved\./);
    assert.match(text, /\n- Refund, due 15 Jan \(Jane\)\n\nThe last reference I was given is ABC-123\.\n/);
    assert.match(ok(['letter', '1', 'complaint', '--lang', 'ko']), /^정식 민원: Charged twice\n\nAcme Bank 고객불만 담당자께,/);
    const file = `${folder.dir}/letter.txt`;
    assert.match(ok(['letter', '1', 'referral', '--out', file]), /^Saved as .*letter\.txt\n$/);
    const { readFileSync } = await import('node:fs');
    assert.match(readFileSync(file, 'utf8'), /^Complaint summary for referral: Charged twice\n/);
    fails(['letter', '1', 'poem'], 2, /invalid value 'poem'/);
  });
});

describe('a company gives its cases a country and sector', () => {
  test('a case of a UK bank has the bank’s limits until it names its own', () => {
    json(['company', 'add', 'Acme Bank', '--country', 'uk', '--sector', 'financial']);
    json(['case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice']);
    json(['log', '1', '--channel', 'email', '--at', '2026-01-12 10:00', '--note', 'Complaint sent']);
    const shown = json(['case', 'clocks', '1']);
    assert.equal(shown.country, 'GB');
    assert.equal(shown.clocks[0].rule.id, 'UK-FOS-8W');
    assert.equal(shown.clocks[0].due, '2026-03-09');
    fails(['company', 'edit', 'Acme Bank', '--country', 'Atlantis'], 1, /clock_country/);
    assert.equal(json(['company', 'show', 'Acme Bank']).company?.country ?? json(['company', 'show', 'Acme Bank']).country, 'GB');
  });
});
