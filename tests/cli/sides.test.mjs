// Promises both ways from the command line: the company's, and the user's own.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import { fails, json, ok, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

describe('who promised', () => {
  test('--by me logs the user\'s own promise; the default is theirs; anything else is refused', () => {
    json(['company', 'add', 'Client Co']);
    const kase = json(['case', 'open', '--company', 'Client Co', '--title', 'Invoice dispute']);
    const mine = json(['log', String(kase.id), '--channel', 'email', '--agent', 'Jane', '--note', 'Agreed a fix', '--promise', 'Send the corrected invoice', '--due', '2026-11-27', '--by', 'me']);
    assert.equal(mine.promise.made_by, 'me');
    assert.equal(mine.promise.agent, null, 'Jane did not make my promise');
    const theirs = json(['log', String(kase.id), '--channel', 'phone', '--agent', 'Jane', '--promise', 'Pay the invoice', '--due', '2026-11-30']);
    assert.equal(theirs.promise.made_by, 'them');
    assert.equal(theirs.promise.agent.name, 'Jane');
    const show = ok(['case', 'show', String(kase.id)]);
    assert.match(show, /My promise #\d+ \(Pending\): Send the corrected invoice, due 2026-11-27/);
    assert.match(show, /Promise #\d+ \(Pending\): Pay the invoice, due 2026-11-30/);
    fails(['log', String(kase.id), '--channel', 'phone', '--promise', 'X', '--due', '2026-12-01', '--by', 'us'], 2, /invalid value 'us'[\s\S]*possible values: them, me/);
    fails(['log', String(kase.id), '--channel', 'phone', '--note', 'x', '--by', 'me'], 2, /--promise/);
  });
});
