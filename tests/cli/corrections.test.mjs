// Every mistake can be fixed from the command line: edit any record, delete it, find it in
// Recently deleted, restore it whole.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fails, json, ok, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

/** Acme, a case, a call with Jane and a promise, and a follow-up. */
function seed() {
  ok(['company', 'add', 'Acme']);
  const kase = json(['case', 'open', '--company', 'Acme', '--title', 'Refund never came']);
  const logged = json(['log', String(kase.id), '--channel', 'phone', '--at', '2026-11-17 10:00', '--agent', 'Jane', '--agent-id', '4471', '--promise', 'Refund 30,000 won', '--due', '2026-11-18']);
  const followUp = json(['follow-up', String(kase.id), '2026-11-19', '--note', 'Call again']);
  return { kase, logged, followUp };
}

describe('correcting', () => {
  test('a contact, a promise, a follow-up, a case and a company; only what is given changes', () => {
    const { kase, logged, followUp } = seed();
    const i = String(logged.interaction.id);
    assert.match(ok(['interaction', 'edit', i, '--ref', 'ABC-124', '--channel', 'chat']), /^Saved changes to contact #\d+\n$/);
    const fixed = json(['case', 'show', String(kase.id)]).interactions[0];
    assert.deepEqual([fixed.channel, fixed.reference, fixed.agent.name], ['chat', 'ABC-124', 'Jane']);

    const p = String(logged.promise.id);
    assert.match(ok(['promise', 'edit', p, '--due', '2026-12-05']), /^Promise #\d+: Refund 30,000 won \(due 2026-12-05\)\n$/);
    assert.match(ok(['follow-up', 'edit', String(followUp.id), '--date', '2026-12-02']), /^Follow-up #\d+ set: Call again \(due 2026-12-02\)\n$/);
    assert.equal(json(['case', 'edit', String(kase.id), '--title', 'Refund of the double charge']).title, 'Refund of the double charge');
    assert.equal(json(['company', 'edit', 'Acme', '--name', 'Acme Telecom']).name, 'Acme Telecom');

    // A bad correction is refused and changes nothing.
    fails(['promise', 'edit', p, '--due', 'next week'], 1, /^casebook: Promise due date is not a date/);
    assert.deepEqual(json(['case', 'show', String(kase.id)]).promises[0].due, { kind: 'date', date: '2026-12-05' });
    fails(['interaction', 'edit', '999', '--ref', 'X'], 1, /^casebook: No contact with ID 999\n$/);
  });

  test('an agent is renamed, and two agents who are one person are merged', () => {
    const { kase, logged } = seed();
    const other = json(['log', String(kase.id), '--channel', 'phone', '--agent', 'jane k']).interaction.agent;
    const jane = logged.interaction.agent;
    assert.match(ok(['agent', 'rename', String(jane.id), '--name', 'Jane Kim']), /^Agent #\d+ is now Jane Kim\n$/);
    assert.match(ok(['agent', 'merge', String(jane.id), String(other.id)]), /^Merged into agent #\d+: Jane Kim\n$/);
    const names = json(['case', 'show', String(kase.id)]).interactions.map((i) => i.agent.name);
    assert.deepEqual(names, ['Jane Kim', 'Jane Kim']);
  });
});

describe('deleting and restoring', () => {
  test('a case goes with everything in it, is listed, and comes back whole', () => {
    const { kase } = seed();
    const before = json(['case', 'show', String(kase.id)]);
    const gone = ok(['case', 'delete', String(kase.id)]);
    assert.match(gone, /^Deleted case “Refund never came” with 1 contact, 1 promise, 1 follow-up\. To restore it within 30 days: casebook trash restore (\d+)\n$/);
    const trashId = gone.match(/restore (\d+)/)[1];
    fails(['case', 'show', String(kase.id)], 1, /^casebook: No case with ID \d+\n$/);
    assert.deepEqual(json(['promise', 'list']), []);
    const listed = json(['trash', 'list']);
    assert.deepEqual(listed.map((t) => [t.kind, t.label, t.company_name]), [['case', 'Refund never came', 'Acme']]);
    assert.match(ok(['trash', 'list']), /^ID\s+KIND\s+WHAT\s+COMPANY\s+DELETED\s+KEPT UNTIL\n\d+\s+case\s+Refund never came\s+Acme\s/);

    assert.match(ok(['trash', 'restore', trashId]), /^Restored case #\d+\n$/);
    const after = json(['case', 'show', String(kase.id)]);
    assert.deepEqual(after.interactions, before.interactions);
    assert.deepEqual(after.promises, before.promises);
    assert.deepEqual(after.follow_ups, before.follow_ups);
    assert.match(ok(['trash', 'list']), /^Nothing was deleted in the last 30 days\.\n$/);
  });

  test('a company says how many cases go with it; Korean says so in Korean; emptying is for good', () => {
    seed();
    ok(['case', 'open', '--company', 'Acme', '--title', 'Second']);
    assert.match(ok(['company', 'delete', 'Acme'], { env: { LANG: 'ko_KR.UTF-8' } }),
      /^회사 “Acme” 삭제됨 \(사건 2건, 연락 1건, 약속 1건, 후속 확인 1건 포함\)\. 30일 안에 되살리려면: casebook trash restore \d+\n$/);
    assert.deepEqual(json(['company', 'list']), []);
    assert.match(ok(['trash', 'empty']), /^Recently deleted is empty: 1 entry removed for good\n$/);
    assert.deepEqual(json(['trash', 'list']), []);
    fails(['trash', 'restore', '1'], 1, /^casebook: No entry in Recently deleted with ID 1\n$/);
  });

  test('a contact goes with the promise made in it; a promise and a follow-up go alone', () => {
    const { kase, logged, followUp } = seed();
    assert.match(ok(['interaction', 'delete', String(logged.interaction.id)]), /^Deleted contact “2026-11-\d\d · phone · Jane” with 1 promise\./);
    assert.match(ok(['follow-up', 'delete', String(followUp.id)]), /^Deleted follow-up “Call again”\./);
    const file = json(['case', 'show', String(kase.id)]);
    assert.deepEqual([file.interactions.length, file.promises.length, file.follow_ups.length], [0, 0, 0]);
    assert.equal(json(['trash', 'list']).length, 2);
  });
});

describe('after 30 days', () => {
  test('what was deleted is purged for good', async () => {
    const { kase } = seed();
    ok(['case', 'delete', String(kase.id)]);
    // A backup whose deletions are 31 days old: the clock moved on, as far as the data knows.
    const file = join(folder.dir, 'old.json');
    ok(['export', '--out', file]);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    const longAgo = new Date(Date.now() - 31 * 86_400_000).toISOString().replace(/\.\d+Z$/, '.000Z');
    for (const row of backup.tables.trash) row.deleted_at = longAgo;
    writeFileSync(file, JSON.stringify(backup));
    const later = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    try {
      ok(['import', file], { dataDir: later });
      assert.match(ok(['trash', 'list'], { dataDir: later }), /^Nothing was deleted in the last 30 days\.\n$/);
      // Gone for good: not in a backup made now either.
      const now = join(later, 'now.json');
      ok(['export', '--out', now], { dataDir: later });
      assert.deepEqual(JSON.parse(readFileSync(now, 'utf8')).tables.trash, []);
    } finally {
      rmSync(later, { recursive: true, force: true });
    }
  });
});

describe('a case entered after the fact', () => {
  test('starts on the day given, which an edit can move and a bad one cannot', () => {
    ok(['company', 'add', 'Acme']);
    const kase = json(['case', 'open', '--company', 'Acme', '--title', 'Double charge', '--opened', '2026.9.14']);
    assert.equal(new Date(kase.opened_at).getDate(), 14);
    assert.equal(new Date(kase.opened_at).getMonth(), 8, 'September');
    const moved = json(['case', 'edit', String(kase.id), '--opened', '2026-09-01']);
    assert.equal(new Date(moved.opened_at).getDate(), 1);
    fails(['case', 'edit', String(kase.id), '--opened', 'last autumn'], 1,
      /^casebook: Started on is not a date: write it like 2026-11-30 or 2026-11-30 17:00 \(--opened\)\n$/);
    assert.equal(json(['case', 'show', String(kase.id)]).case.opened_at, moved.opened_at);
  });
});
