// A company's web address opened from its page, in the real window: it goes to the program the
// system opens web addresses with (here a stand-in `xdg-open` first on the PATH, which writes
// down what it was given), and that program does not inherit the setting Casebook gives its
// own window's web engine, which runs its scripts without JavaScriptCore's JIT.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandName, processTree } from '../processes.mjs';
import { Harness } from './harness.mjs';

const h = new Harness('open-link');
const dir = mkdtempSync(join(tmpdir(), 'casebook-opener-'));
const record = join(dir, 'opened.txt');
let company;

/** The environment a process was started with, as NAME=value lines. */
const environment = (pid) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');

before(async () => {
  writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\n{ echo "$1"; env; } > '${record}.part'\nmv '${record}.part' '${record}'\n`);
  chmodSync(join(dir, 'xdg-open'), 0o755);
  await h.start({ PATH: `${dir}:${process.env.PATH}` });
  company = h.cli('company', 'add', 'Acme Telecom', '--website', 'https://acme.example/help');
  await h.open();
});
after(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("the window's web engine runs without the JIT, and the browser it opens runs as usual", async () => {
  const tree = processTree(h.driver.pid);
  const web = tree.filter((p) => commandName(p).startsWith('WebKitWebProces'));
  assert.equal(web.length, 1, `one web process: ${tree.map(commandName).join(', ')}`);
  assert.ok(environment(web[0]).includes('JSC_useJIT=false'), 'the web process runs scripts interpreted');

  await h.browser.execute((id) => {
    location.hash = `#/companies/${id}`;
  }, company.id);
  await h.waitForText('company-title', 'Acme Telecom');
  await h.click('contact-open');
  for (let i = 0; i < 50 && !existsSync(record); i++) await sleep(100);
  const [url, ...env] = readFileSync(record, 'utf8').trimEnd().split('\n');
  assert.equal(url, 'https://acme.example/help');
  assert.equal(env.filter((line) => line.startsWith('JSC_')).length, 0, env.join('\n'));
  assert.ok(env.includes(`PATH=${dir}:${process.env.PATH}`), 'the rest of the environment is the user’s');
  assert.equal(await (await h.el('contact-said')).getText(), '', 'no error shown');
});
