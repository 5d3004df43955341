// `casebook report`: each company's record, read from what was logged.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import { json, ok, fails, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

const UTC = { env: { TZ: 'UTC' } };

function daysSince(day) {
  const today = new Date().toISOString().slice(0, 10);
  return Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
}

describe('report', () => {
  test('--json gives each company its figures, the worst promise-keeper first', () => {
    json(['company', 'add', 'Acme'], UTC);
    json(['company', 'add', 'Beta Bank'], UTC);
    const a = json(['case', 'open', '--company', 'Acme', '--title', 'Double charge', '--amount', '30000', '--currency', 'KRW'], UTC);
    const kept = json(['log', String(a.id), '--channel', 'phone', '--agent', 'Jane', '--agent-id', '4471', '--note', 'hold 10', '--promise', 'Refund', '--due', '2026-01-10'], UTC);
    json(['promise', 'kept', String(kept.promise.id)], UTC);
    const broken = json(['log', String(a.id), '--channel', 'email', '--agent', 'Jane', '--agent-id', '4471', '--promise', 'Call back', '--due', '2026-01-20'], UTC);
    json(['promise', 'broken', String(broken.promise.id)], UTC);
    json(['log', String(a.id), '--channel', 'email', '--note', 'Sent it', '--promise', 'Send the statement', '--due', '2026-01-08', '--by', 'me'], UTC);
    const b = json(['case', 'open', '--company', 'Beta Bank', '--title', 'Fee'], UTC);
    const bp = json(['log', String(b.id), '--channel', 'chat', '--promise', 'Waive it', '--due', '2026-02-01'], UTC);
    json(['promise', 'broken', String(bp.promise.id)], UTC);

    const record = json(['report'], UTC);
    const report = record.companies;
    assert.deepEqual(report.map((c) => c.company_name), ['Beta Bank', 'Acme']);
    assert.equal(record.months.length, 12);
    assert.equal(record.months[11].month, new Date().toISOString().slice(0, 7), 'this month last');
    assert.deepEqual(record.recovered_by_year, []);
    const acme = report[1];
    assert.deepEqual(acme.theirs, { made: 2, kept: 1, broken: 1, withdrawn: 0, pending: 0 });
    assert.deepEqual(acme.mine, { made: 1, kept: 0, broken: 0, withdrawn: 0, pending: 1 });
    assert.equal(acme.broken_rate, 0.5);
    assert.equal(acme.median_days_late, daysSince('2026-01-10'), 'kept today, due 10 January');
    assert.equal(acme.cases, 1);
    assert.equal(acme.contacts, 3);
    assert.equal(acme.contacts_per_case, 3);
    assert.equal(acme.hold_total_min, 0);

    // One company's whole scorecard: channels, money and agents as well.
    const card = json(['report', '--company', 'Acme'], UTC);
    assert.deepEqual([card.theirs, card.mine, card.broken_rate], [acme.theirs, acme.mine, acme.broken_rate]);
    assert.deepEqual(card.channels.map((c) => [c.channel, c.contacts]), [['email', 2], ['phone', 1]]);
    assert.deepEqual(card.money, [
      { currency: 'KRW', at_stake: { amount: '30000', currency: 'KRW' }, recovered: { amount: '0', currency: 'KRW' }, given_up: { amount: '0', currency: 'KRW' } },
    ]);
    assert.deepEqual(card.agents, [{ name: 'Jane', code: '4471', made: 2, kept: 1 }]);

    const text = ok(['report', '--company', 'Acme'], UTC);
    assert.match(text, /^Acme\n  Their promises: 2 made, 1 kept, 1 broken, 0 withdrawn, 0 pending; 50% broken; kept late by \d+\.0 days \(median\)\n  My promises: 1 made, 0 kept, 0 broken\n  1 cases, 3 contacts \(3\.0 a case\); 0 minutes on hold \(— median\); — days to resolve \(median\)\n  KRW: 30000 at stake in open cases, 0 recovered, 0 given up\n  Jane: 2 promises, 1 kept\n$/);
  });

  test('resolving with the amount recovered adds it to the company and to its year', () => {
    json(['company', 'add', 'Acme'], UTC);
    const a = json(['case', 'open', '--company', 'Acme', '--title', 'Double charge', '--amount', '30000', '--currency', 'KRW'], UTC);
    fails(['case', 'resolve', String(a.id), '--outcome', 'partial', '--recovered', '$20'], 1, /^casebook: Give the amount recovered in the case's currency \(--recovered\)\n$/, UTC);
    fails(['case', 'resolve', String(a.id), '--outcome', 'partial', '--recovered', '2만'], 1, /^casebook: 돌려받은 금액이 숫자가 아닙니다 \(--recovered\)\n$/, { env: { TZ: 'UTC', LANG: 'ko_KR.UTF-8' } });
    assert.equal(json(['case', 'show', String(a.id)], UTC).case.status, 'open', 'nothing changed');

    const done = json(['case', 'resolve', String(a.id), '--outcome', 'partial', '--recovered', '20,000'], UTC);
    assert.deepEqual(done.recovered, { amount: '20000', currency: 'KRW' });
    const record = json(['report'], UTC);
    assert.deepEqual(json(['report', '--company', 'Acme'], UTC).money[0].recovered, { amount: '20000', currency: 'KRW' });
    assert.deepEqual(record.recovered_by_year, [{ year: new Date().getUTCFullYear(), money: [{ amount: '20000', currency: 'KRW' }] }]);
    assert.match(ok(['report'], UTC), new RegExp(`\n\nRecovered by year\n  ${new Date().getUTCFullYear()}: KRW 20000\n$`));
  });

  test('with no company yet it says how to add one', () => {
    assert.equal(ok(['report']), 'No companies yet. Add one with: casebook company add NAME\n');
  });
});
