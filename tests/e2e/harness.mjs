// Starts the real Casebook binary through tauri-driver and gives a test a WebdriverIO browser.
// Each test gets its own data folder, so nothing touches the user's real data.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import { remote } from 'webdriverio';

const APP = process.env.CASEBOOK_APP;
const SHOTS = process.env.SCREENSHOT_DIR ?? join(process.cwd(), 'artifacts', 'screenshots');

async function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`tauri-driver did not listen on port ${port}`);
}

/** A port nothing listens on now, as the system hands it out: a port picked at random could be
 * one a driver from an earlier test still holds while it exits. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A running tauri-driver bound to one data folder; sessions open and close the app. */
export class Harness {
  constructor(name) {
    if (!APP) throw new Error('CASEBOOK_APP must name the built app');
    this.name = name;
    this.dataDir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
    this.shots = join(SHOTS, name);
    mkdirSync(this.shots, { recursive: true });
  }

  async start(extraEnv = {}) {
    this.port = await freePort();
    do this.nativePort = await freePort();
    while (this.nativePort === this.port);
    this.driver = spawn(
      'tauri-driver',
      ['--port', String(this.port), '--native-port', String(this.nativePort)],
      {
        env: { ...process.env, CASEBOOK_DATA_DIR: this.dataDir, ...extraEnv },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    await waitForPort(this.port, 20_000);
  }

  /** Opens the app in a new window and waits for its first screen (the element `first`).
   * `application` runs instead of the app binary (a wrapper that traces it, say). */
  async open({ application = APP, first = 'nav-home' } = {}) {
    this.browser = await remote({
      hostname: '127.0.0.1',
      port: this.port,
      logLevel: 'error',
      capabilities: {
        'tauri:options': { application },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    await this.browser.setTimeout({ implicit: 0 });
    await this.el(first, 20_000).then((e) => e.waitForDisplayed({ timeout: 20_000 }));
    return this.browser;
  }

  /** Closes the app's window, ending its process, as quitting would. */
  async close() {
    if (this.browser) await this.browser.deleteSession();
    this.browser = undefined;
  }

  async stop() {
    await this.close().catch(() => {});
    this.driver?.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Runs the command line on this data folder (as a user would while the window is closed). */
  cli(...args) {
    const out = execFileSync(APP, ['--data-dir', this.dataDir, '--json', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DISPLAY: '' },
      // A case with thousands of contacts is megabytes of JSON.
      maxBuffer: 256 << 20,
    });
    return JSON.parse(out);
  }

  /** The element with this data-testid, waited for. */
  async el(testid, timeout = 10_000) {
    const e = this.browser.$(`[data-testid="${testid}"]`);
    await e.waitForExist({ timeout });
    return e;
  }

  async all(testid) {
    return this.browser.$$(`[data-testid="${testid}"]`);
  }

  /** Brings an element to the middle of the window, as a user scrolls to what they want: a
   * sticky header would hide an element scrolled to an edge. */
  async reveal(e) {
    await e.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  async click(testid) {
    const e = await this.el(testid);
    await this.reveal(e);
    await e.waitForClickable({ timeout: 10_000 });
    await e.click();
  }

  /** Types into a field as a user would, replacing what was there. */
  async type(testid, text) {
    const e = await this.el(testid);
    await this.reveal(e);
    await e.clearValue();
    await e.setValue(text);
  }

  async select(testid, value) {
    const e = await this.el(testid);
    await this.reveal(e);
    // Pointed at first, as a user does before opening it (the language picker lists the other
    // languages only once it is reached).
    await e.moveTo();
    await e.selectByAttribute('value', value);
  }

  async text(testid) {
    return (await this.el(testid)).getText();
  }

  async waitForText(testid, expected, timeout = 10_000) {
    const e = await this.el(testid, timeout);
    await this.browser.waitUntil(async () => (await e.getText()).includes(expected), {
      timeout,
      timeoutMsg: `${testid} never showed ${JSON.stringify(expected)}; it shows ${JSON.stringify(await e.getText())}`,
    });
  }

  /** What the user sees: the whole virtual screen, taken by the X server, not the driver
   * (WebKitWebDriver's own screenshot hangs under Xvfb). */
  async screenshot(label) {
    await sleep(400); // let the last change paint
    execFileSync('import', ['-window', 'root', join(this.shots, `${label}.png`)], { timeout: 20_000 });
  }
}
