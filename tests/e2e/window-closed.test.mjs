// Closing the window keeps Casebook in the tray. Opened again soon after, it is the same
// window; left closed, it is let go a while later with WebKit's web process (most of what the
// app holds), and opened again it is made anew on the screen it showed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeWindow, processTree, pss } from '../processes.mjs';
import {
  launchAgain,
  paintedScreen,
  paintedScreens,
  roamingRefundStory,
  startApp,
  webProcesses,
} from './app-process.mjs';

/** How long a closed window is kept (src-tauri/src/window.rs), and a margin. */
const KEPT_MS = 30_000;
const MARGIN_MS = 15_000;

/** Memory of the app and every process under it (PSS), in MiB. */
const memory = (pid) => Math.round(pss(processTree(pid)) / 1024);

async function waitUntil(what, check, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) assert.fail(`${what}: not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

describe('a closed window', () => {
  const story = roamingRefundStory('window-closed');
  const { h, desktop } = story;

  test('opened again soon after, it is the same window, and it stays', async () => {
    story.app = startApp(h);
    assert.equal(await paintedScreen(story.app, 30_000), '#/');
    const pages = webProcesses(story.app.pid);
    assert.equal(pages.length, 1);
    closeWindow(story.app.pid);
    await sleep(2_000);
    await launchAgain(h);
    await sleep(KEPT_MS + MARGIN_MS);
    assert.deepEqual(webProcesses(story.app.pid), pages);
    assert.deepEqual(paintedScreens(story.app), ['#/']);
  });

  test('left closed, it is let go with its web process; opened again, it shows the screen it showed', async () => {
    // A reminder's click takes the window to the case.
    const n = await desktop.waitFor('Refund the roaming charge', 30_000);
    desktop.click(n.id);
    await sleep(2_000);
    const open = memory(story.app.pid);
    const page = Math.round(pss(webProcesses(story.app.pid)) / 1024);
    closeWindow(story.app.pid);
    // WebKit's network process belongs to the app's web context, which stays.
    await waitUntil('the web process ended', () => webProcesses(story.app.pid).length === 0, KEPT_MS + MARGIN_MS);
    await sleep(2_000);
    const closed = memory(story.app.pid);
    console.log(`memory with the window open: ${open} MiB (its web process ${page}); let go: ${closed} MiB`);
    // What the page held is given back, most of it at least (the app's own process keeps a
    // little of what the window used).
    assert.ok(open - closed > page / 2, `let go, the story.app holds ${closed} MiB; with the window, ${open} MiB, of which the page ${page}`);
    // Reminders go on without the window.
    assert.equal(story.app.exitCode, null);
    await launchAgain(h);
    assert.equal(await paintedScreen(story.app, 30_000, 2), `#/cases/${story.kase.id}`);
    await h.screenshot('01-window-made-again-on-its-case');
  });
});
