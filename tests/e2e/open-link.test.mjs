// A company's web address opened from its page, in the real window: it goes to the program the
// system opens web addresses with (here a stand-in `xdg-open` first on the PATH, which writes
// down what it was given), and that program does not inherit the settings Casebook gives its
// own window's web engine: scripts run without JavaScriptCore's JIT, and flite's voice library
// loaded first (src-tauri/src/link_order.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

const VOICE = 'libflite_cmu_time_awb.so.1';
/** Whether the app's binary names flite's voice (its build does when WebKitGTK loads it, as
 * Debian's and Ubuntu's does). */
const appNamesVoice = () =>
  spawnSync('readelf', ['-d', process.env.CASEBOOK_APP], { encoding: 'utf8' }).stdout.includes(`[${VOICE}]`);
/** Where a process mapped flite's voice from, if it did. */
const mappedVoice = (pid) =>
  readFileSync(`/proc/${pid}/maps`, 'utf8')
    .split('\n')
    .map((line) => line.split(/\s+/)[5] ?? '')
    .find((path) => path.includes('/libflite_cmu_time_awb.so'));

before(async () => {
  writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\n{ echo "$1"; env; } > '${record}.part'\nmv '${record}.part' '${record}'\n`);
  chmodSync(join(dir, 'xdg-open'), 0o755);
  // A value the user set would be kept (and passed on): the test starts without one.
  await h.start({ PATH: `${dir}:${process.env.PATH}`, JSC_useJIT: undefined, LD_PRELOAD: undefined });
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
  // WebKit's processes load flite's voice first, from where the app's own process found it.
  const app = processTree(h.driver.pid).find((pid) => commandName(pid) === 'casebook');
  const webkitProcesses = processTree(app).filter((pid) => commandName(pid).startsWith('WebKit'));
  assert.equal(webkitProcesses.length, 2, 'the web and network processes');
  if (appNamesVoice()) {
    const voice = mappedVoice(app);
    assert.ok(voice, `the app maps ${VOICE}`);
    for (const pid of webkitProcesses) {
      assert.ok(environment(pid).includes(`LD_PRELOAD=${voice}`), `${commandName(pid)} preloads ${voice}`);
      assert.equal(mappedVoice(pid), voice);
    }
  } else {
    for (const pid of webkitProcesses) {
      assert.equal(environment(pid).filter((line) => line.startsWith('LD_PRELOAD=')).length, 0);
    }
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
  assert.equal(env.filter((line) => line.startsWith('LD_PRELOAD=')).length, 0, env.join('\n'));
  assert.ok(env.includes(`PATH=${dir}:${process.env.PATH}`), 'the rest of the environment is the user’s');
  // The answer comes once the opener has ended (well within the 250 ms it is watched for).
  await sleep(1000);
  assert.equal(await (await h.el('contact-said')).getText(), '', 'no error shown');
});
