// The app run as a user runs it, without WebDriver: its process, the WebKit processes under it,
// and the screens its window reports painted (`CASEBOOK_REPORT_PAINT`).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandName, processTree } from '../processes.mjs';
import { Harness } from './harness.mjs';
import { NotificationServer } from './notification-server.mjs';

const APP = process.env.CASEBOOK_APP;

/** The names of WebKit's processes under the app. */
export const webkit = (pid) =>
  processTree(pid)
    .map(commandName)
    .filter((name) => name.startsWith('WebKit'));

/** The pids of WebKit web processes (one per window's page) under the app. */
export const webProcesses = (pid) =>
  processTree(pid).filter((p) => commandName(p).startsWith('WebKitWebProces'));

/** Waits until the app's process tree holds a WebKit web process. */
export async function waitForWebProcess(pid, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (webProcesses(pid).length > 0) return;
    await sleep(200);
  }
  assert.fail(
    `no WebKit web process under the app after ${timeoutMs} ms: ${processTree(pid).map(commandName).join(', ')}`,
  );
}

/** Starts the app on the harness's data (`args` after it), its standard output collected. */
export function startApp(h, args = []) {
  const app = spawn(APP, ['--data-dir', h.dataDir, ...args], {
    env: { ...process.env, CASEBOOK_REPORT_PAINT: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  app.out = '';
  app.stdout.on('data', (chunk) => (app.out += chunk));
  return app;
}

/** Opens the app again, as from the applications menu: the running one shows its window. */
export async function launchAgain(h) {
  const second = spawn(APP, ['--data-dir', h.dataDir], { stdio: 'ignore' });
  await new Promise((resolve) => second.once('exit', resolve));
}

/** The screens the app's windows reported painted (addresses, "#/" for home), in order. */
export const paintedScreens = (app) =>
  [...app.out.matchAll(/^painted \d+ (.*)$/gm)].map((report) => JSON.parse(report[1]).screen);

/** The screen the `nth` window made reported painted (1 for the first), waited for. */
export async function paintedScreen(app, timeoutMs, nth = 1) {
  const until = Date.now() + timeoutMs;
  while (paintedScreens(app).length < nth && Date.now() < until) await sleep(200);
  const screens = paintedScreens(app);
  assert.ok(screens.length >= nth, `window ${nth} reported no painted screen within ${timeoutMs} ms`);
  return screens[nth - 1];
}

/** Stops the app as the system does at logout, and for good if it does not go in 5 s: one
 * left running would take over every later test's start. */
export async function stopApp(app) {
  if (!app || app.exitCode !== null || app.signalCode !== null) return;
  const ended = new Promise((resolve) => app.once('exit', resolve));
  app.kill('SIGTERM');
  if ((await Promise.race([ended.then(() => true), sleep(5_000)])) === true) return;
  app.kill('SIGKILL');
  await ended;
}

/**
 * The story both tray tests start from, set up before their tests and ended after them: a data
 * folder with Delta Mobile's "Roaming charge refund" and its promise "Refund the roaming charge",
 * overdue since 20 Nov 2025, and the desktop's notification service. `story.app` is the app the
 * tests start, stopped at the end.
 */
export function roamingRefundStory(name) {
  const story = { h: new Harness(name), desktop: new NotificationServer(), kase: null, app: null };
  before(async () => {
    await story.desktop.start();
    story.h.cli('company', 'add', 'Delta Mobile');
    story.kase = story.h.cli('case', 'open', '--company', 'Delta Mobile', '--title', 'Roaming charge refund');
    story.h.cli('log', String(story.kase.id), '--channel', 'chat', '--agent', 'Min', '--promise', 'Refund the roaming charge', '--due', '2025-11-20');
  });
  after(async () => {
    await stopApp(story.app);
    await story.h.stop();
    story.desktop.stop();
  });
  return story;
}
