// What a careless or hostile user can throw at the command line: dates from another era,
// escape sequences, huge values, several first commands at once, a kill in the middle of a
// write. None of it may leave the records unreadable or lose a write that was reported done.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP, cb, fails, json, ok, folder } from './run.mjs';

let dir;
beforeEach(() => {
  dir = folder.fresh();
});
afterEach(() => folder.remove());

/** A company with one open case; returns the case. */
function aCase() {
  ok(['company', 'add', 'Acme']);
  return json(['case', 'open', '--company', 'Acme', '--title', 'Refund']);
}

/** Everything that lists records still works. */
function stillReadable(caseId) {
  ok(['case', 'list', '--all']);
  ok(['case', 'show', String(caseId)]);
  ok(['company', 'show', 'Acme']);
  ok(['promise', 'list']);
}

describe('dates from another era', () => {
  test('are refused with the years allowed, and nothing is half-saved', () => {
    const kase = aCase();
    const id = String(kase.id);
    fails(['log', id, '--channel', 'phone', '--at', '9999-12-31T23:30:00-01:00'], 1,
      /^casebook: When must be a date between the years 1900 and 2199 \(--at\)\n$/);
    fails(['log', id, '--channel', 'phone', '--promise', 'Refund', '--due', '+10000-01-01'], 1,
      /^casebook: Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00 \(--due\)\n$/);
    fails(['log', id, '--channel', 'phone', '--promise', 'Refund', '--due', '2200-01-01'], 1,
      /^casebook: Promise due date must be a date between the years 1900 and 2199 \(--due\)\n$/);
    fails(['follow-up', id, '--', '-0001-01-01'], 1, /^casebook: Follow-up date is not a date/);
    fails(['follow-up', id, '1899-12-31'], 1, /between the years 1900 and 2199 \(DATE\)/);
    fails(['follow-up', id, '1899-12-31'], 1, /^casebook: 확인 날짜는 1900년에서 2199년 사이의 날짜로 입력하세요 \(DATE\)\n$/,
      { env: { LANG: 'ko_KR.UTF-8' } });
    const file = json(['case', 'show', id]);
    assert.deepEqual([file.interactions.length, file.promises.length, file.follow_ups.length], [0, 0, 0]);
    stillReadable(kase.id);
  });
});

describe('what is printed', () => {
  test('an error is one line: a newline or escape in the value is shown escaped, a huge value shortened', () => {
    aCase();
    const r = fails(['case', 'list', '--company', 'No\nbody\u001b[2J'], 1, /^casebook: No company named “No\\nbody\\u\{1b\}\[2J”; see the names with: casebook company list\n$/);
    assert.equal(r.err.split('\n').length, 2, 'one line and its end');
    const huge = fails(['company', 'show', 'x'.repeat(100_000)], 1, /^casebook: No company named “x+…”/);
    assert.ok(huge.err.length < 200, `the error is ${huge.err.length} characters long`);
  });

  test('escape sequences stored in names and notes are shown, not obeyed', () => {
    ok(['company', 'add', 'Evil\u001b[31m Corp']);
    const list = ok(['company', 'list']);
    assert.ok(!list.includes('\u001b'), 'no raw escape reaches the terminal');
    assert.match(list, /Evil\\u\{1b\}\[31m Corp/);
    // Scripts get the data exactly as stored.
    assert.equal(json(['company', 'list'])[0].name, 'Evil\u001b[31m Corp');
  });
});

describe('money', () => {
  test('codes that are not money are refused', () => {
    ok(['company', 'add', 'Acme']);
    for (const code of ['XXX', 'XTS', 'XAU']) {
      fails(['case', 'open', '--company', 'Acme', '--title', 'X', '--amount', '1', '--currency', code], 1,
        /^casebook: Currency must be a currency code like KRW, USD or EUR \(--currency\)\n$/);
    }
    assert.deepEqual(json(['case', 'list', '--all']), []);
  });
});

describe('backups', () => {
  test('a file that starts with a byte-order mark imports', () => {
    aCase();
    const file = join(dir, 'backup.json');
    ok(['export', '--out', file]);
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\ufeff' + readFileSync(file, 'utf8'));
    const fresh = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    try {
      assert.match(ok(['import', bom], { dataDir: fresh }), /^Imported 1 company, 1 case, 0 contacts\n$/);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  test('a failed export leaves nothing behind and touches no other file', () => {
    aCase();
    const out = join(dir, 'out');
    mkdirSync(out);
    // A file with the name the old exporter used for its temporary copy must survive.
    writeFileSync(join(out, 'backup.json.partial'), 'mine');
    fails(['export', '--out', out + '/'], 1, /is a folder; give the backup a file name inside it/);
    assert.deepEqual(readdirSync(out), ['backup.json.partial']);
    ok(['export', '--out', join(out, 'backup.json')]);
    assert.deepEqual(readdirSync(out).sort(), ['backup.json', 'backup.json.partial']);
    assert.equal(readFileSync(join(out, 'backup.json.partial'), 'utf8'), 'mine');
    fails(['export', '--out', join(dir, 'missing', 'backup.json')], 1, /No such file or directory/);
  });
});

/** Runs casebook without waiting; resolves to its exit code and stderr. */
function start(args, dataDir) {
  const p = spawn(APP, ['--data-dir', dataDir, ...args], {
    env: { ...process.env, LANG: 'C.UTF-8', DISPLAY: '' },
  });
  let err = '';
  p.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, err })));
  return { process: p, done };
}

describe('several writers', () => {
  test('four first commands at once on a new folder all succeed, every time', async () => {
    for (let round = 0; round < 15; round++) {
      const fresh = join(dir, `round-${round}`);
      const runs = [1, 2, 3, 4].map((k) => start(['company', 'add', `C${k}`], fresh));
      const results = await Promise.all(runs.map((r) => r.done));
      for (const r of results) assert.equal(r.code, 0, `round ${round}: ${r.err}`);
      const names = json(['company', 'list'], { dataDir: fresh }).map((c) => c.name).sort();
      assert.deepEqual(names, ['C1', 'C2', 'C3', 'C4']);
    }
  });

  test('a write killed at any moment loses nothing that was reported saved', async () => {
    const saved = [];
    for (let round = 0; round < 6; round++) {
      // Writes one after another; one of them is killed partway at a random moment.
      const victim = 3 + Math.floor(Math.random() * 5);
      for (let k = 0; k < 10; k++) {
        const name = `R${round}-${k}`;
        const run = start(['company', 'add', name], dir);
        if (k === victim) {
          await sleep(Math.random() * 40);
          run.process.kill('SIGKILL');
        }
        const r = await run.done;
        if (r.code === 0) saved.push(name);
      }
    }
    const check = spawnSync('python3', ['-c',
      'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])',
      join(dir, 'casebook.sqlite3')], { encoding: 'utf8' });
    assert.equal(check.stdout.trim(), 'ok', check.stderr);
    const names = new Set(json(['company', 'list']).map((c) => c.name));
    for (const name of saved) assert.ok(names.has(name), `${name} was reported saved and is gone`);
    assert.ok(saved.length >= 54, `only ${saved.length} writes were saved`);
  });
});
