// Started at log-in (`casebook --hidden`), Casebook waits in the tray: reminders come, and
// WebKit's processes (most of its memory) are started only when the window is first opened.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  launchAgain,
  paintedScreen,
  roamingRefundStory,
  startApp,
  stopApp,
  waitForWebProcess,
  webkit,
} from './app-process.mjs';

describe('started in the tray', () => {
  const story = roamingRefundStory('tray-start');
  const { h, desktop } = story;

  test('reminds with no window and no WebKit process', async () => {
    story.app = startApp(h, ['--hidden']);
    const n = await desktop.waitFor('Refund the roaming charge', 30_000);
    assert.equal(n.title, 'Delta Mobile · Roaming charge refund');
    assert.equal(n.body, 'Refund the roaming charge promised by Min was due 20 Nov');
    // Time for a window, had one been made, to start WebKit's processes.
    await sleep(3_000);
    assert.deepEqual(webkit(story.app.pid), []);
    assert.doesNotMatch(story.app.out, /^painted /m);
  });

  test('opening it again makes the window, which shows the home screen', async () => {
    // A second launch, as from the applications menu, asks the running one to show its window.
    await launchAgain(h);
    await waitForWebProcess(story.app.pid, 20_000);
    assert.equal(await paintedScreen(story.app, 20_000), '#/');
    await h.screenshot('01-window-opened-from-tray');
  });

  test('clicking a reminder when no window was made opens the window on its case', async () => {
    await stopApp(story.app);
    // A reminder is shown once: a second promise, passed, brings one at the next start.
    h.cli('log', String(story.kase.id), '--channel', 'phone', '--agent', 'Min', '--promise', 'Send the written apology', '--due', '2025-11-21');
    story.app = startApp(h, ['--hidden']);
    const n = await desktop.waitFor('Send the written apology', 30_000);
    assert.deepEqual(webkit(story.app.pid), []);
    desktop.click(n.id);
    await waitForWebProcess(story.app.pid, 20_000);
    assert.equal(await paintedScreen(story.app, 20_000), `#/cases/${story.kase.id}`);
    await h.screenshot('02-case-opened-from-notification');
  });

  test('data found damaged at a start in the tray opens the window to say so', async () => {
    await stopApp(story.app);
    // The second page of the file, a table's first, made unreadable.
    const file = join(h.dataDir, 'casebook.sqlite3');
    const bytes = readFileSync(file);
    for (let i = 4096; i < 4096 + 12; i++) bytes[i] ^= 0x5a;
    writeFileSync(file, bytes);
    story.app = startApp(h, ['--hidden']);
    await waitForWebProcess(story.app.pid, 30_000);
    await h.screenshot('03-damaged-data-window');
  });
});
