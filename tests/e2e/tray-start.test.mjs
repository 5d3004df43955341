// Started at log-in (`casebook --hidden`), Casebook waits in the tray: reminders come, and
// WebKit's processes (most of its memory) are started only when the window is first opened.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandName, processTree } from '../processes.mjs';
import { Harness } from './harness.mjs';
import { NotificationServer } from './notification-server.mjs';

const APP = process.env.CASEBOOK_APP;

/** The names of WebKit's processes under the app. */
const webkit = (pid) => processTree(pid).map(commandName).filter((name) => name.startsWith('WebKit'));

/** Waits until the app's process tree holds a WebKit web process. */
async function waitForWebProcess(pid, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (webkit(pid).some((name) => name.startsWith('WebKitWebProces'))) return;
    await sleep(200);
  }
  assert.fail(`no WebKit web process under the app after ${timeoutMs} ms: ${processTree(pid).map(commandName).join(', ')}`);
}

/** Starts the app in the tray on the harness's data, its standard output collected. */
function startHidden(h) {
  const app = spawn(APP, ['--data-dir', h.dataDir, '--hidden'], {
    env: { ...process.env, CASEBOOK_REPORT_PAINT: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  app.out = '';
  app.stdout.on('data', (chunk) => (app.out += chunk));
  return app;
}

/** The screen the window reported painted (its address, "#/" for home), waited for. */
async function paintedScreen(app, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (!/^painted /m.test(app.out) && Date.now() < until) await sleep(200);
  const report = app.out.match(/^painted \d+ (.*)$/m);
  assert.ok(report, `the window reported no painted screen within ${timeoutMs} ms`);
  return JSON.parse(report[1]).screen;
}

async function stopApp(app) {
  if (!app || app.exitCode !== null) return;
  const ended = new Promise((resolve) => app.once('exit', resolve));
  app.kill('SIGTERM');
  await Promise.race([ended, sleep(5_000)]);
}

describe('started in the tray', () => {
  const h = new Harness('tray-start');
  const desktop = new NotificationServer();
  let kase;
  let app;

  before(async () => {
    await desktop.start();
    h.cli('company', 'add', 'Delta Mobile');
    kase = h.cli('case', 'open', '--company', 'Delta Mobile', '--title', 'Roaming charge refund');
    h.cli('log', String(kase.id), '--channel', 'chat', '--agent', 'Min', '--promise', 'Refund the roaming charge', '--due', '2025-11-20');
  });
  after(async () => {
    await stopApp(app);
    await h.stop();
    desktop.stop();
  });

  test('reminds with no window and no WebKit process', async () => {
    app = startHidden(h);
    const n = await desktop.waitFor('Refund the roaming charge', 30_000);
    assert.equal(n.title, 'Delta Mobile · Roaming charge refund');
    assert.equal(n.body, 'Refund the roaming charge promised by Min was due 20 Nov');
    // Time for a window, had one been made, to start WebKit's processes.
    await sleep(3_000);
    assert.deepEqual(webkit(app.pid), []);
    assert.doesNotMatch(app.out, /^painted /m);
  });

  test('opening it again makes the window, which shows the home screen', async () => {
    // A second launch, as from the applications menu, asks the running one to show its window.
    const second = spawn(APP, ['--data-dir', h.dataDir], { stdio: 'ignore' });
    await new Promise((resolve) => second.once('exit', resolve));
    await waitForWebProcess(app.pid, 20_000);
    assert.equal(await paintedScreen(app, 20_000), '#/');
    await h.screenshot('01-window-opened-from-tray');
  });

  test('clicking a reminder when no window was made opens the window on its case', async () => {
    await stopApp(app);
    // A reminder is shown once: a second promise, passed, brings one at the next start.
    h.cli('log', String(kase.id), '--channel', 'phone', '--agent', 'Min', '--promise', 'Send the written apology', '--due', '2025-11-21');
    app = startHidden(h);
    const n = await desktop.waitFor('Send the written apology', 30_000);
    assert.deepEqual(webkit(app.pid), []);
    desktop.click(n.id);
    await waitForWebProcess(app.pid, 20_000);
    assert.equal(await paintedScreen(app, 20_000), `#/cases/${kase.id}`);
    await h.screenshot('02-case-opened-from-notification');
  });

  test('data found damaged at a start in the tray opens the window to say so', async () => {
    await stopApp(app);
    // The second page of the file, a table's first, made unreadable.
    const file = join(h.dataDir, 'casebook.sqlite3');
    const bytes = readFileSync(file);
    for (let i = 4096; i < 4096 + 12; i++) bytes[i] ^= 0x5a;
    writeFileSync(file, bytes);
    app = startHidden(h);
    await waitForWebProcess(app.pid, 30_000);
    await h.screenshot('03-damaged-data-window');
  });
});
