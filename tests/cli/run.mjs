// Running the real built binary as a user or a script would, on a fresh data folder per test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const APP = process.env.CASEBOOK_APP;

/** The test's data folder: made fresh before each test, removed after. */
export const folder = {
  dir: null,
  fresh() {
    this.dir = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    return this.dir;
  },
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  },
};

/** Runs casebook with these arguments on the test's data folder. */
export function cb(args, { env = {}, dataDir = folder.dir } = {}) {
  const r = spawnSync(APP, ['--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', DISPLAY: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function ok(args, opts) {
  const r = cb(args, opts);
  assert.equal(r.code, 0, `casebook ${args.join(' ')} failed: ${r.err}`);
  assert.equal(r.err, '', 'nothing on stderr when it works (no GUI warnings)');
  return r.out;
}

export function json(args, opts) {
  return JSON.parse(ok(['--json', ...args], opts));
}

/** Fails with exit code `code` and one line on stderr that matches `message`. */
export function fails(args, code, message, opts) {
  const r = cb(args, opts);
  assert.equal(r.code, code, `expected exit ${code} from ${args.join(' ')}, got ${r.code}: ${r.err}`);
  assert.match(r.err, message);
  return r;
}
