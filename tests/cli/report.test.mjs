// `casebook report`: each company's record, read from what was logged.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import { json, ok, folder } from './run.mjs';

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

    const report = json(['report'], UTC);
    assert.deepEqual(report.map((c) => c.company_name), ['Beta Bank', 'Acme']);
    const acme = report[1];
    assert.deepEqual(acme.theirs, { made: 2, kept: 1, broken: 1, withdrawn: 0, pending: 0 });
    assert.deepEqual(acme.mine, { made: 1, kept: 0, broken: 0, withdrawn: 0, pending: 1 });
    assert.equal(acme.broken_rate, 0.5);
    assert.equal(acme.median_days_late, daysSince('2026-01-10'), 'kept today, due 10 January');
    assert.equal(acme.cases, 1);
    assert.equal(acme.contacts, 3);
    assert.deepEqual(acme.channels.map((c) => [c.channel, c.contacts]), [['email', 2], ['phone', 1]]);
    assert.deepEqual(acme.money, [{ currency: 'KRW', at_stake: { amount: '30000', currency: 'KRW' }, given_up: { amount: '0', currency: 'KRW' } }]);
    assert.deepEqual(acme.agents, [{ name: 'Jane', code: '4471', made: 2, kept: 1 }]);

    const text = ok(['report', '--company', 'Acme'], UTC);
    assert.match(text, /^Acme\n  Their promises: 2 made, 1 kept, 1 broken, 0 withdrawn, 0 pending; 50% broken; kept late by \d+\.0 days \(median\)\n  My promises: 1 made, 0 kept, 0 broken\n  1 cases, 3 contacts \(3\.0 a case\); 0 minutes on hold \(— median\); — days to resolve \(median\)\n  KRW: 30000 at stake in open cases, 0 given up\n  Jane: 2 promises, 1 kept\n$/);
  });

  test('with no company yet it says how to add one', () => {
    assert.equal(ok(['report']), 'No companies yet. Add one with: casebook company add NAME\n');
  });
});
