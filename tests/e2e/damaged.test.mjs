// A damaged data file: the real app and the command line start on a file with flipped bytes
// (in the header, in a page of the case table, in another table's page). Neither writes a
// byte to it; the app says what happened and offers the newest good backup or a read-only
// copy to copy things out of.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from './harness.mjs';

const FILE = 'casebook.sqlite3';

/** A real data folder: a company and a case, a backup, then a second case after it. Answers
 * the backup's path. */
function fill(h) {
  for (const name of readdirSync(h.dataDir)) rmSync(join(h.dataDir, name), { recursive: true });
  const acme = h.cli('company', 'add', 'Acme Telecom');
  h.cli('case', 'open', '--company', String(acme.id), '--title', 'Refund for double billing');
  const backup = h.cli('backup', 'now');
  h.cli('case', 'open', '--company', String(acme.id), '--title', 'Router never arrived');
  return backup.path;
}

/** The first page of a table, counted from 1, read without writing to the file. */
function rootPage(h, table) {
  const file = join(h.dataDir, FILE);
  const out = execFileSync('python3', [
    '-c',
    `import sqlite3,sys; c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro&immutable=1', uri=True); print(c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (sys.argv[2],)).fetchone()[0])`,
    file,
    table,
  ]);
  return Number(String(out).trim());
}

/** Flips the bytes `from`..`to` of the data file; answers the damaged file's bytes. */
function flip(h, from, to) {
  const file = join(h.dataDir, FILE);
  const bytes = readFileSync(file);
  for (let i = from; i < to; i++) bytes[i] ^= 0x5a;
  writeFileSync(file, bytes);
  return bytes;
}

const PAGE = 4096;
const flipPage = (h, table) => {
  const start = (rootPage(h, table) - 1) * PAGE;
  return flip(h, start, start + 12);
};

/** The command line on the damaged folder: exit 1 and one line naming the backup. */
function assertCommandLineRefuses(h, backup) {
  const run = spawnSync(process.env.CASEBOOK_APP, ['--data-dir', h.dataDir, 'case', 'list'], {
    encoding: 'utf8',
    env: { ...process.env, DISPLAY: '', LANG: 'en_US.UTF-8' },
  });
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    `casebook: Your data file is damaged, so Casebook has not changed it. Restore the newest good backup with: casebook restore ${backup}\n`,
  );
}

describe('a damaged data file', () => {
  const h = new Harness('damaged');
  after(() => h.stop());

  test('damaged in its header or in the case table: the app says so, and nothing writes to it', async () => {
    await h.start({ LANG: 'en_US.UTF-8' });
    for (const damage of ['header', 'case table']) {
      const backup = fill(h);
      const bytes = damage === 'header' ? flip(h, 20, 40) : flipPage(h, 'case');
      assertCommandLineRefuses(h, backup);

      await h.open({ first: 'damaged' });
      await h.waitForText('damaged', 'Your data file is damaged');
      assert.equal(
        await h.text('damaged-file'),
        join(h.dataDir, FILE),
        'the screen names the damaged file',
      );
      assert.match(
        await h.text('damaged-backup'),
        /^The newest good backup was made .+\. It holds 1 case\.$/,
      );
      assert.equal(await (await h.all('nav-home')).length, 0, 'no screen reads the damaged data');
      if (damage === 'header') await h.screenshot('01-damaged-screen');
      assert.ok(readFileSync(join(h.dataDir, FILE)).equals(bytes), `${damage}: byte-identical`);

      if (damage === 'case table') {
        // Restore: the backup's data (one case), the damaged file kept aside as it was.
        await h.click('damaged-restore');
        await h.el('nav-home', 20_000);
        await h.waitForText('damage-restored', 'Restored the backup from');
        await h.waitForText('damage-restored', 'The damaged file is kept at');
        await h.click('nav-companies');
        await h.waitForText('company-list', 'Acme Telecom');
        await h.screenshot('02-restored');
        const aside = readdirSync(h.dataDir).filter((n) => /^damaged-\d{8}-\d{6}\.sqlite3$/.test(n));
        assert.equal(aside.length, 1, 'the damaged file is kept');
        assert.ok(readFileSync(join(h.dataDir, aside[0])).equals(bytes), 'kept byte for byte');
        const cases = h.cli('case', 'list');
        assert.deepEqual(
          cases.map((c) => c.title),
          ['Refund for double billing'],
        );
      }
      await h.close();
    }
  });

  test('a read-only copy shows what can still be read and changes nothing (Korean)', async () => {
    await h.stop();
    const k = new Harness('damaged-ko');
    try {
      await k.start({ LANG: 'ko_KR.UTF-8' });
      const backup = fill(k);
      // A table no screen of cases reads: the cases are still there to copy out.
      const bytes = flipPage(k, 'draft');
      await k.open({ first: 'damaged' });
      await k.waitForText('damaged', '데이터 파일이 손상되었습니다');
      assert.match(
        await k.text('damaged-backup'),
        /^가장 최근의 정상 백업은 .+에 만들어졌고, 사건 1건이 들어 있습니다\.$/,
      );
      await k.screenshot('03-damaged-screen-ko');

      await k.click('damaged-copy');
      await k.waitForText(
        'damaged-banner',
        '손상된 데이터의 읽기 전용 사본을 보고 있습니다',
      );
      await k.click('nav-companies');
      await k.waitForText('company-list', 'Acme Telecom');
      await k.click('company-row');
      await k.waitForText('case-list', 'Router never arrived');
      await k.screenshot('04-read-only-copy-ko');
      // A change is refused with a sentence that says why, and the file stays as it was.
      await k.click('company-edit');
      await k.type('company-name', 'Acme');
      await k.click('company-save');
      await k.waitForText(
        'company-form',
        '손상된 데이터의 읽기 전용 사본이라 아무것도 바꿀 수 없습니다. 계속 작업하려면 백업을 복원하세요.',
      );
      assert.ok(readFileSync(join(k.dataDir, FILE)).equals(bytes), 'the damaged file untouched');
      assertCommandLineRefuses(k, backup);

      await k.click('damaged-banner-restore');
      await k.waitForText('damage-restored', '백업을 복원했습니다');
      await k.click('nav-companies');
      await k.waitForText('company-list', 'Acme Telecom');
      assert.deepEqual(
        k.cli('case', 'list').map((c) => c.title),
        ['Refund for double billing'],
      );
    } finally {
      await k.stop();
    }
  });
});
