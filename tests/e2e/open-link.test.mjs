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
import { webProcesses } from './app-process.mjs';
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
  // A value the user set would be kept (and passed on): the test starts without one.
  await h.start({ PATH: `${dir}:${process.env.PATH}`, JSC_useJIT: undefined });
  company = h.cli('company', 'add', 'Acme Telecom', '--website', 'https://acme.example/help');
  await h.open();
});
after(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("the window's web engine runs without the JIT, and the browser it opens runs as usual", async () => {
  const web = webProcesses(h.driver.pid);
  assert.ok(web.length > 0, `a web process: ${processTree(h.driver.pid).map(commandName).join(', ')}`);
  for (const pid of web) {
    assert.ok(environment(pid).includes('JSC_useJIT=false'), 'the web process runs scripts interpreted');
  }

  await h.browser.execute((id) => {
    location.hash = `#/companies/${id}`;
  }, company.id);
  await h.waitForText('company-title', 'Acme Telecom');
  await h.click('contact-open');
  for (let i = 0; i < 100 && !existsSync(record); i++) await sleep(100);
  assert.ok(existsSync(record), 'no opener was started within 10 s');
  const [url, ...env] = readFileSync(record, 'utf8').trimEnd().split('\n');
  assert.equal(url, 'https://acme.example/help');
  assert.equal(env.filter((line) => line.startsWith('JSC_')).length, 0, env.join('\n'));
  assert.ok(env.includes(`PATH=${dir}:${process.env.PATH}`), 'the rest of the environment is the user’s');
  // The answer comes once the opener has ended (well within the 250 ms it is watched for).
  await sleep(1000);
  assert.equal(await (await h.el('contact-said')).getText(), '', 'no error shown');
});
