// Business days and the message that confirms a call, from the command line.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import { fails, json, ok, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

function called() {
  json(['company', 'add', 'Acme Telecom']);
  const kase = json(['case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came']);
  const logged = json(['log', String(kase.id), '--channel', 'phone', '--at', '2026-11-20 14:05', '--agent', 'Jane', '--agent-id', '4471', '--ref', 'ABC-123', '--promise', 'Refund 30,000 won', '--due', '2026-11-30']);
  return { kase, logged };
}

describe('business days', () => {
  test('the holiday country is shown, set, refused when unknown, and followed by a due', () => {
    assert.equal(json(['holidays', 'gb']).holiday_country, 'GB');
    assert.match(ok(['holidays']), /^Business days skip weekends and the public holidays of GB\. Countries known: KR US GB /);
    fails(['holidays', 'XX'], 1, /^casebook: Holiday country is not one of the allowed values \(holiday_country\)\n$/);
    assert.equal(json(['holidays']).holiday_country, 'GB', 'nothing changed');

    json(['company', 'add', 'Acme Telecom']);
    json(['case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came']);
    const logged = json(['log', '1', '--channel', 'phone', '--promise', 'Refund', '--due', '영업일 기준 3일']);
    assert.ok(logged.promise, 'the promise was saved');
    const due = new Date(`${logged.promise.due.date}T12:00:00Z`);
    const today = new Date();
    assert.ok(due.getTime() - today.getTime() >= 2 * 86_400_000, `${logged.promise.due.date} is three working days on`);
    assert.ok(![0, 6].includes(due.getUTCDay()), 'never on a weekend');
  });
});

describe('confirm in writing', () => {
  test('the message names when, who, the reference, the promise and its day, in both languages', () => {
    const { logged } = called();
    const id = String(logged.interaction?.id ?? logged.id);
    assert.equal(
      ok(['interaction', 'confirm', id]),
      'As discussed on 20 Nov at 14:05 with Jane (ID 4471), reference ABC-123. You promised: refund 30,000 won, by 30 Nov. Please reply if any of this is not what we agreed.\n',
    );
    assert.equal(
      ok(['interaction', 'confirm', id], { env: { LANG: 'ko_KR.UTF-8' } }),
      '11월 20일 14:05에 Jane(ID 4471) 상담원과 통화한 내용을 확인드립니다 (접수번호 ABC-123). 약속하신 내용: Refund 30,000 won (기한: 11월 30일). 다른 점이 있으면 회신 부탁드립니다.\n',
    );
    fails(['interaction', 'confirm', '99'], 1, /^casebook: No contact with ID 99\n$/);
  });
});
