// The command line, driven as a user or a script would: the real built binary, a fresh data
// folder per test, exit codes and what is printed.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { APP, cb, fails, json, ok, folder } from './run.mjs';

let dir;
beforeEach(() => {
  dir = folder.fresh();
});
afterEach(() => folder.remove());

function seed() {
  const company = json(['company', 'add', 'Acme Telecom', '--phone', '080-123-4567', '--phone', '1588-0000', '--email', 'help@acme.example', '--website', 'https://acme.example', '--note', 'Ask for retention']);
  const kase = json(['case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came', '--want', 'Refund to my card', '--amount', '30000', '--currency', 'KRW']);
  const logged = json(['log', String(kase.id), '--channel', 'phone', '--at', '2026-11-18T14:30', '--agent', 'Jane', '--agent-id', '4471', '--ref', 'ABC-123', '--note', 'Said approved', '--promise', 'Refund 30,000 won', '--due', '2020-01-10']);
  return { company, kase, logged };
}

describe('companies', () => {
  test('add, list and show, as tables and as JSON', () => {
    const { company } = seed();
    assert.equal(company.name, 'Acme Telecom');
    assert.deepEqual(company.phones, ['080-123-4567', '1588-0000']);
    const table = ok(['company', 'list']);
    assert.match(table, /^ID\s+NAME\s+OPEN\s+CASES$/m);
    assert.match(table, new RegExp(`^${company.id}\\s+Acme Telecom\\s+1\\s+1$`, 'm'));
    const list = json(['company', 'list']);
    assert.deepEqual(list.map((c) => [c.id, c.name, c.open_cases]), [[company.id, 'Acme Telecom', 1]]);
    const byName = ok(['company', 'show', 'acme telecom']);
    assert.match(byName, /Phone numbers: 080-123-4567, 1588-0000/);
    assert.match(byName, /Refund never came/);
    assert.equal(json(['company', 'show', String(company.id)]).company.name, 'Acme Telecom');
  });

  test('an empty list tells a new user what to do', () => {
    assert.match(ok(['company', 'list']), /casebook company add/);
  });

  test('human output follows the language of the terminal', () => {
    seed();
    assert.match(ok(['company', 'list'], { env: { LANG: 'ko_KR.UTF-8' } }), /이름/);
    // LC_ALL overrides LANG, as for the notifications and the tray (one detection, in core).
    assert.match(ok(['company', 'list'], { env: { LANG: 'C.UTF-8', LC_ALL: 'ko_KR.UTF-8' } }), /이름/);
    assert.match(ok(['company', 'list'], { env: { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' } }), /NAME/);
  });

  test('a Korean terminal is told what went wrong in Korean', () => {
    const ko = { env: { LANG: 'ko_KR.UTF-8' } };
    fails(['company', 'add', ' '], 1, /^casebook: 회사 이름을 입력하세요 \(NAME\)\n$/, ko);
    fails(['company', 'show', 'Nobody'], 1, /^casebook: “Nobody”라는 회사가 없습니다; 이름 목록 보기: casebook company list\n$/, ko);
    fails(['case', 'show', '99'], 1, /^casebook: ID 99인 사건이 없습니다\n$/, ko);
    ok(['company', 'add', 'Acme'], ko);
    fails(['case', 'open', '--company', 'Acme', '--title', 'x'.repeat(201)], 1, /^casebook: 제목이 너무 깁니다 \(최대 200자\) \(--title\)\n$/, ko);
    assert.match(ok(['case', 'open', '--company', 'Acme', '--title', '환불'], ko), /^사건 #\d+ 열림: 환불 \(Acme\)\n$/);
  });

  test('bad input: exit 1, one clear line, nothing saved', () => {
    const r = fails(['company', 'add', '   '], 1, /^casebook: Name must not be empty \(NAME\)\n$/);
    assert.equal(r.out, '');
    ok(['company', 'add', 'Acme']);
    fails(['company', 'add', 'ACME'], 1, /^casebook: A company with this name already exists \(NAME\)\n$/);
    assert.equal(json(['company', 'list']).length, 1);
    const missing = fails(['company', 'show', 'Nobody'], 1, /^casebook: No company named “Nobody”; see the names with: casebook company list\n$/);
    assert.equal(missing.out, '');
  });
});

describe('cases', () => {
  test('open, list, show the whole timeline, resolve and reopen', () => {
    const { kase, logged } = seed();
    assert.equal(kase.money.amount, '30000');
    assert.equal(logged.promise.description, 'Refund 30,000 won');
    assert.equal(logged.interaction.agent.code, '4471');
    const listed = json(['case', 'list']);
    assert.deepEqual(listed.map((k) => k.id), [kase.id]);
    const show = ok(['case', 'show', String(kase.id)]);
    assert.match(show, /Refund never came — Acme Telecom/);
    assert.match(show, /Phone, Jane \(ID 4471\), Ref ABC-123: Said approved/);
    assert.match(show, /Promise #\d+ \(Pending\): Refund 30,000 won, due 2020-01-10/);
    const file = json(['case', 'show', String(kase.id)]);
    assert.equal(file.interactions[0].reference, 'ABC-123');

    const resolved = json(['case', 'resolve', String(kase.id), '--outcome', 'got_it', '--note', 'Arrived']);
    assert.equal(resolved.status, 'resolved');
    assert.equal(resolved.outcome, 'got_it');
    assert.deepEqual(json(['case', 'list']), [], 'resolved cases are listed only with --all');
    assert.equal(json(['case', 'list', '--all']).length, 1);
    assert.equal(json(['case', 'list', '--all', '--company', 'Acme Telecom']).length, 1);
    assert.equal(json(['case', 'reopen', String(kase.id)]).status, 'open');
  });

  test('bad case input names the option to fix and saves nothing', () => {
    ok(['company', 'add', 'Acme']);
    fails(['case', 'open', '--company', 'Acme', '--title', ' '], 1, /^casebook: Title must not be empty \(--title\)\n$/);
    fails(['case', 'open', '--company', 'Acme', '--title', 'X', '--amount', 'ten', '--currency', 'KRW'], 1, /^casebook: Amount is not a number \(--amount\)\n$/);
    fails(['case', 'open', '--company', 'Acme', '--title', 'X', '--amount', '-5', '--currency', 'KRW'], 1, /Amount must not be negative \(--amount\)/);
    fails(['case', 'open', '--company', 'Acme', '--title', 'X', '--amount', '5', '--currency', 'XYZ'], 1, /Currency must be a currency code like KRW, USD or EUR \(--currency\)/);
    fails(['case', 'open', '--company', 'Nobody', '--title', 'X'], 1, /No company named “Nobody”/);
    fails(['case', 'show', '99'], 1, /^casebook: No case with ID 99\n$/);
    assert.deepEqual(json(['case', 'list', '--all']), []);
  });

  test('bad usage exits 2 with clap\'s message', () => {
    fails(['case', 'open', '--title', 'X'], 2, /--company/);
    // Choices take the names --json prints, and the error lists them.
    fails(['case', 'resolve', '1', '--outcome', 'happy'], 2, /invalid value 'happy'[\s\S]*possible values: got_it, partial, gave_up, switched/);
    fails(['log', '1', '--channel', 'in-person'], 2, /possible values: phone, email, chat, social, letter, in_person, sms, web/);
    fails(['log', '1', '--channel', 'pigeon'], 2, /invalid value 'pigeon'/);
    fails(['log', '1', '--channel', 'phone', '--promise', 'Refund'], 2, /--due/);
    fails(['case', 'show', 'three'], 2, /invalid value 'three'/);
    fails(['frobnicate'], 2, /unrecognized subcommand/);
  });

  test('every command has help with an example', () => {
    for (const args of [['company', 'add'], ['company', 'list'], ['company', 'show'], ['case', 'open'], ['case', 'list'], ['case', 'show'], ['case', 'resolve'], ['case', 'reopen'], ['log'], ['promise', 'list'], ['promise', 'kept'], ['follow-up'], ['export'], ['import'], ['case', 'edit'], ['case', 'delete'], ['company', 'edit'], ['company', 'delete'], ['interaction', 'edit'], ['interaction', 'delete'], ['promise', 'edit'], ['promise', 'delete'], ['follow-up', 'edit'], ['follow-up', 'delete'], ['agent', 'rename'], ['agent', 'merge'], ['trash', 'list'], ['trash', 'restore'], ['trash', 'empty'], ['attach'], ['dossier'], ['letter']]) {
      const out = ok([...args, '--help']);
      assert.match(out, /Examples?:\n  casebook /, `${args.join(' ')} --help has an example`);
    }
  });
});

describe('as people type', () => {
  test('dates with dots, slashes and words, and amounts with their currency mark', () => {
    ok(['company', 'add', 'Acme']);
    const kase = json(['case', 'open', '--company', 'Acme', '--title', 'Double charge', '--amount', '59,000원']);
    assert.deepEqual(kase.money, { amount: '59000', currency: 'KRW' });
    const logged = json(['log', String(kase.id), '--channel', 'phone', '--at', '2026.11.18 14:30', '--promise', 'Refund', '--due', '2026. 11. 30.']);
    assert.equal(logged.interaction.occurred_at.slice(0, 10), '2026-11-18');
    assert.deepEqual(logged.promise.due, { kind: 'date', date: '2026-11-30' });
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE');
    assert.deepEqual(json(['follow-up', String(kase.id), '내일']).due, { kind: 'date', date: tomorrow });
    assert.equal(json(['case', 'open', '--company', 'Acme', '--title', 'Fee', '--amount', '$12.50']).money.currency, 'USD');
  });
});

describe('promises and follow-ups', () => {
  test('list overdue promises and mark them', () => {
    const { logged } = seed();
    const id = logged.promise.id;
    const overdue = json(['promise', 'list', '--overdue']);
    assert.deepEqual(overdue.map((p) => [p.promise.id, p.overdue]), [[id, true]]);
    assert.match(ok(['promise', 'list']), /Acme Telecom\s+Refund 30,000 won\s+Jane/);
    assert.equal(json(['promise', 'kept', String(id)]).status, 'kept');
    assert.equal(json(['promise', 'broken', String(id)]).status, 'broken');
    assert.equal(json(['promise', 'withdrawn', String(id)]).status, 'withdrawn');
    assert.deepEqual(json(['promise', 'list', '--overdue']), []);
    fails(['promise', 'kept', '999'], 1, /^casebook: No promise with ID 999\n$/);
  });

  test('promise list shows every pending promise, however far ahead, and filters', () => {
    const { kase } = seed();
    ok(['company', 'add', 'Beta Bank']);
    const beta = json(['case', 'open', '--company', 'Beta Bank', '--title', 'Card fee']);
    // Due next year: past the home screen's 7-day horizon.
    const later = json(['log', String(kase.id), '--channel', 'email', '--promise', 'Written apology', '--due', '2099-06-01']).promise;
    const timed = json(['log', String(beta.id), '--channel', 'chat', '--at', '2026-11-18 09:30', '--promise', 'Fee refunded', '--due', '2099-01-05 17:00']).promise;
    const all = json(['promise', 'list']);
    assert.deepEqual(all.map((p) => [p.promise.text, p.overdue]), [
      ['Refund 30,000 won', true],
      ['Fee refunded', false],
      ['Written apology', false],
    ]);
    assert.equal(all[1].promise.id, timed.id);
    assert.deepEqual(json(['promise', 'list', '--company', 'Beta Bank']).map((p) => p.promise.id), [timed.id]);
    assert.deepEqual(json(['promise', 'list', '--due-before', '2099-06-01']).map((p) => p.promise.text), ['Refund 30,000 won', 'Fee refunded']);
    assert.deepEqual(json(['promise', 'list', '--due-before', '2099-06-02']).at(-1).promise.id, later.id);
    fails(['promise', 'list', '--company', 'Nobody'], 1, /No company named “Nobody”/);
    fails(['promise', 'list', '--due-before', 'soon'], 2, /invalid value 'soon'/);
  });

  test('a bad due date is refused and the contact is not half-saved', () => {
    const { kase } = seed();
    fails(['log', String(kase.id), '--channel', 'email', '--promise', 'Callback', '--due', 'next week'], 1, /^casebook: Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00 \(--due\)\n$/);
    assert.equal(json(['case', 'show', String(kase.id)]).interactions.length, 1);
  });

  test('a follow-up date is set on a case', () => {
    const { kase } = seed();
    const f = json(['follow-up', String(kase.id), '2026-11-30T09:00', '--note', 'Call again']);
    assert.equal(f.note, 'Call again');
    assert.equal(f.due.kind, 'at');
    fails(['follow-up', String(kase.id), 'Monday'], 1, /Follow-up date is not a date: write it like 2026-11-30 or 2026-11-30 17:00 \(DATE\)/);
  });
});

describe('export and import', () => {
  test('export then import into a fresh folder gives identical data', () => {
    seed();
    const file = join(dir, 'backup.json');
    assert.match(ok(['export', '--out', file]), /^Exported to .*backup\.json \(1 company, 1 case\)\n$/);
    const fresh = mkdtempSync(join(tmpdir(), 'casebook-cli-fresh-'));
    try {
      assert.match(ok(['import', file], { dataDir: fresh }), /^Imported 1 company, 1 case, 1 contact\n$/);
      const again = join(fresh, 'again.json');
      ok(['export', '--out', again], { dataDir: fresh });
      const strip = (f) => {
        const v = JSON.parse(readFileSync(f, 'utf8'));
        delete v.exported_at;
        return v;
      };
      assert.deepEqual(strip(again), strip(file));
      assert.equal(json(['case', 'show', '1'], { dataDir: fresh }).interactions[0].reference, 'ABC-123');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  test('a truncated, malformed or foreign file changes nothing and says why', () => {
    seed();
    const good = join(dir, 'good.json');
    ok(['export', '--out', good]);
    const text = readFileSync(good, 'utf8');
    const cases = [
      ['truncated.json', text.slice(0, text.length / 2), /truncated/],
      ['malformed.json', '{"format": casebook', /not valid JSON/],
      ['foreign.json', JSON.stringify({ name: 'package', version: '1.0.0' }), /not made by casebook export/],
    ];
    for (const [name, content, why] of cases) {
      const fresh = mkdtempSync(join(tmpdir(), 'casebook-cli-bad-'));
      try {
        writeFileSync(join(fresh, name), content);
        const r = cb(['import', join(fresh, name)], { dataDir: fresh });
        assert.equal(r.code, 1, name);
        assert.match(r.err, why);
        assert.deepEqual(json(['company', 'list'], { dataDir: fresh }), [], `${name} left nothing behind`);
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    }
    fails(['import', join(dir, 'missing.json')], 1, /cannot read/);
    fails(['import', good], 1, /already has companies/);
  });
});

describe('output into a pipe', () => {
  test('a reader that stops early is not a failure', () => {
    const { kase } = seed();
    const long = 'x'.repeat(50_000);
    for (let n = 0; n < 5; n += 1) ok(['log', String(kase.id), '--channel', 'email', '--note', long]);
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${APP}" --data-dir "${dir}" --json case show ${kase.id} | head -1 >/dev/null`], { encoding: 'utf8' });
    assert.equal(piped.status, 0, `casebook exited non-zero into a closed pipe: ${piped.stderr}`);
    assert.doesNotMatch(piped.stderr, /panicked/);
  });
});

describe('sharing the database', () => {
  test('a command waits while another process holds a write transaction, then succeeds', async () => {
    seed();
    const db = join(dir, 'casebook.sqlite3');
    // Another writer takes the write lock for two seconds.
    const holder = spawn('python3', ['-c', `
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE company SET notes = 'held' WHERE id = 1")
print("locked", flush=True)
time.sleep(2)
c.execute("COMMIT")
`, db], { stdio: ['ignore', 'pipe', 'inherit'] });
    const holderDone = new Promise((resolve) => holder.on('close', resolve));
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const started = Date.now();
    const r = await new Promise((resolve) => {
      const p = spawn(APP, ['--data-dir', dir, '--json', 'company', 'add', 'Beta Bank'], { env: { ...process.env, DISPLAY: '' } });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (code) => resolve({ code, out, err }));
    });
    assert.equal(r.code, 0, r.err);
    assert.ok(Date.now() - started >= 1000, 'it waited for the lock instead of failing');
    assert.equal(JSON.parse(r.out).name, 'Beta Bank');
    await holderDone;
    assert.equal(json(['company', 'show', '1']).company.notes, 'held', "the other writer's change is kept too");
  });
});

describe('search', () => {
  test('finds a case by a Korean word with its particle, a reference fragment, in any case', () => {
    ok(['company', 'add', '한국전력']);
    const kase = json(['case', 'open', '--company', '한국전력', '--title', '전기 요금 이중 청구']);
    ok(['log', String(kase.id), '--channel', 'phone', '--ref', 'REF-44712', '--agent', '김민지', '--note', '상담원이 환불해 주기로 했음']);
    assert.equal(
      ok(['search', '환불']),
      `#${kase.id} 전기 요금 이중 청구 (한국전력, Open)\n    REF-44712 김민지 상담원이 [환불]해 주기로 했음\n`,
    );
    assert.match(ok(['search', 'ref-4471']), /\[REF-4471\]2/);
    const hits = json(['search', '상담원']);
    assert.equal(hits[0].case_id, kase.id);
    assert.deepEqual(hits[0].snippet.filter((p) => p.hit).map((p) => p.text), ['상담원']);
  });

  test('any text is a query: syntax, quotes and junk find nothing, and exit 0', () => {
    ok(['company', 'add', 'Acme']);
    ok(['case', 'open', '--company', 'Acme', '--title', 'Refund']);
    for (const text of ['"', 'NEAR(', 'a OR b', '*', '(', '^', '-', 'x'.repeat(10_000)]) {
      assert.equal(
        ok(['search', text]),
        'No case holds that text. Try a shorter part of it: three letters are enough.\n',
        text.slice(0, 20),
      );
    }
  });
});

describe('backup', () => {
  test('now makes a copy in backups/ beside the data, and list shows it with its cases', () => {
    assert.equal(ok(['backup', 'list']), 'No backups yet. Make one with: casebook backup now\n');
    ok(['company', 'add', 'Acme']);
    ok(['case', 'open', '--company', 'Acme', '--title', 'Refund']);
    const made = json(['backup', 'now']);
    assert.equal(made.cases, 1);
    assert.ok(made.path.startsWith(join(dir, 'backups', 'casebook-')), made.path);
    assert.match(ok(['backup', 'now']), /^Backed up to .*backups\/casebook-\d{8}-\d{6}\.sqlite3 \(\d+\.\d MB\)\n$/);
    const listed = json(['backup', 'list']);
    assert.ok(listed.length >= 1);
    assert.equal(listed[0].cases, 1);
    assert.match(ok(['backup', 'list']), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} +\d+\.\d MB +1 +\//);
  });
});

describe('restore', () => {
  test('replaces the data with a backup, keeps the data as it was, and refuses a file that is not one', () => {
    ok(['company', 'add', 'Acme']);
    const made = json(['backup', 'now']);
    ok(['company', 'add', 'Made after the backup']);
    const done = json(['restore', made.path]);
    assert.equal(done.cases, 0);
    assert.deepEqual(json(['company', 'list']).map((c) => c.name), ['Acme']);
    assert.match(ok(['restore', done.kept_aside]), /^Restored .* \(0 cases\)\. The data as it was is kept at .*before-restore-.*: restore that file to undo\.\n$/);
    assert.deepEqual(json(['company', 'list']).map((c) => c.name).sort(), ['Acme', 'Made after the backup']);
    const junk = join(dir, 'notes.txt');
    writeFileSync(junk, 'not a database '.repeat(500));
    fails(['restore', junk], 1, /^casebook: That file cannot be restored: it is not a Casebook database\n$/);
    assert.equal(json(['company', 'list']).length, 2, 'nothing changed');
  });
});

describe('a damaged database', () => {
  test('is never written: the command exits 1 with one line naming the newest good backup', () => {
    ok(['company', 'add', 'Acme']);
    const good = json(['backup', 'now']).path;
    const file = join(dir, 'casebook.sqlite3');
    // Fold the write-ahead log in, as a quit does, then damage the table pages' headers.
    spawnSync('python3', ['-c', `import sqlite3; c = sqlite3.connect(${JSON.stringify(file)}); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.execute('PRAGMA journal_mode=DELETE'); c.close()`]);
    const bytes = readFileSync(file);
    for (let page = 1; page < bytes.length / 4096; page++) {
      for (let i = 0; i < 12; i++) bytes[page * 4096 + i] ^= 0x5a;
    }
    writeFileSync(file, bytes);
    fails(['company', 'list'], 1, new RegExp(`^casebook: Your data file is damaged, so Casebook has not changed it\\. Restore the newest good backup with: casebook restore ${good.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n$`));
    assert.ok(readFileSync(file).equals(bytes), 'the file is byte-identical');
  });
});
