// Starts the real Casebook binary through tauri-driver and gives a test a WebdriverIO browser.
// Each test gets its own data folder, so nothing touches the user's real data.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import { remote } from 'webdriverio';
import { commandLine, groupMembers } from '../processes.mjs';
import { startSessionBus } from './session-bus.mjs';

const APP = process.env.CASEBOOK_APP;
const SHOTS = process.env.SCREENSHOT_DIR ?? join(process.cwd(), 'artifacts', 'screenshots');

// Each test file runs in a process of its own, and each gets a session bus of its own: the apps
// it starts, the notifications they send and the services they wake are its alone. The bus does
// not keep the file's process running once its tests are done; it ends with it.
const fileBus = await startSessionBus();
process.env.DBUS_SESSION_BUS_ADDRESS = fileBus.address;
fileBus.daemon.unref();
fileBus.daemon.stdout.unref();
process.once('exit', () => fileBus.daemon.kill());

/** The name a running Casebook holds on the session bus (the single-instance plugin's: the app's
 * identifier and `.SingleInstance`). While any app holds it, an app started for a test hands
 * over to that one and exits, and WebKit's WebDriver waits for a window that never comes. */
const INSTANCE_NAME = `${
  JSON.parse(readFileSync(new URL('../../src-tauri/tauri.conf.json', import.meta.url), 'utf8')).identifier
}.SingleInstance`;

/** How long a new session may take: a start under load takes seconds, not minutes. */
const SESSION_MS = 60_000;

const DRIVERS = new Set(['tauri-driver', 'WebKitWebDriver']);

/** The process holding the app's name on the session bus, if one does. */
function instanceOwner() {
  try {
    const reply = execFileSync(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.GetConnectionUnixProcessID',
        `string:${INSTANCE_NAME}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return Number(/uint32 (\d+)/.exec(reply)?.[1]) || undefined;
  } catch {
    return undefined; // nobody holds it
  }
}

/** Ends a process (or, given minus a group's id, the group) at once. */
function kill(pid) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Whether `condition` came true within `timeoutMs`. */
async function settles(condition, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (!condition() && Date.now() < end) await sleep(50);
  return condition();
}

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
    this.extraEnv = extraEnv;
    this.port = await freePort();
    do this.nativePort = await freePort();
    while (this.nativePort === this.port);
    // A process group of its own: the driver, WebKit's WebDriver under it and the app that one
    // starts can be ended together, whatever state a test left them in.
    this.driver = spawn(
      'tauri-driver',
      ['--port', String(this.port), '--native-port', String(this.nativePort)],
      {
        env: { ...process.env, CASEBOOK_DATA_DIR: this.dataDir, ...extraEnv },
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      },
    );
    await waitForPort(this.port, 20_000);
  }

  /** The app's processes the driver started (with WebKit's under it), still running. */
  appProcesses() {
    return this.driver ? groupMembers(this.driver.pid).filter((p) => !DRIVERS.has(p.comm)) : [];
  }

  /** Waits for the app the last session started to end, and ends it if it does not. WebKit's
   * WebDriver stops it when the session is deleted, but not if the driver itself is stopped
   * first; an app left running would take over the next test's start (`INSTANCE_NAME`). */
  async endApp() {
    if (await settles(() => this.appProcesses().length === 0, 5_000)) return;
    for (const p of this.appProcesses()) kill(p.pid);
    if (!(await settles(() => this.appProcesses().length === 0, 5_000))) {
      const left = this.appProcesses().map((p) => `${p.pid} ${p.comm}`);
      throw new Error(`the app's processes did not end: ${left.join(', ')}`);
    }
  }

  /** Ends an app a test before this one left running, saying so: this test would otherwise
   * wait for its window in vain. */
  async endStrayInstance() {
    const pid = instanceOwner();
    if (!pid) return;
    console.error(`# a Casebook left running holds ${INSTANCE_NAME}: ${pid} ${commandLine(pid)}; ending it`);
    kill(pid);
    if (!(await settles(() => !instanceOwner(), 5_000)))
      throw new Error(`a Casebook left running (${pid}) still holds ${INSTANCE_NAME}`);
  }

  /** Opens the app in a new window and waits for its first screen (the element `first`).
   * `application` runs instead of the app binary (a wrapper that traces it, say). */
  async open({ application = APP, first = 'nav-home' } = {}) {
    await this.endStrayInstance();
    try {
      this.browser = await this.session(application);
    } catch (error) {
      // A window that never came is said in the output, and the driver, WebKit's WebDriver and
      // whatever of the app there is are ended and started afresh for one more try. A start
      // that fails twice fails the test.
      console.error(`# ${error.message}; trying once more with a new driver`);
      await this.endDriver();
      await this.start(this.extraEnv);
      this.browser = await this.session(application);
    }
    await this.browser.setTimeout({ implicit: 0 });
    await this.el(first, 20_000).then((e) => e.waitForDisplayed({ timeout: 20_000 }));
    return this.browser;
  }

  /** A WebDriver session on a newly started app, given `SESSION_MS` and one request: a retry
   * would start a second app while the first may still run. */
  async session(application) {
    return remote({
      hostname: '127.0.0.1',
      port: this.port,
      logLevel: 'error',
      connectionRetryTimeout: SESSION_MS,
      connectionRetryCount: 0,
      capabilities: {
        'tauri:options': { application },
        'wdio:enforceWebDriverClassic': true,
      },
    }).catch((error) => {
      const running = this.appProcesses().map((p) => `${p.pid} ${p.comm}`);
      throw new Error(
        `no window within ${SESSION_MS / 1000} s (the app's processes: ${running.join(', ') || 'none'}): ${error.message}`,
      );
    });
  }

  /** Ends the driver's whole group: the driver, WebKit's WebDriver, and anything of the app. */
  async endDriver() {
    if (!this.driver) return;
    kill(-this.driver.pid);
    await settles(() => groupMembers(this.driver.pid).length === 0, 5_000);
    this.driver = undefined;
  }

  /** Closes the app's window, ending its process, as quitting would. */
  async close() {
    const browser = this.browser;
    this.browser = undefined;
    try {
      if (browser) await browser.deleteSession();
    } finally {
      await this.endApp();
    }
  }

  async stop() {
    await this.close().catch((error) => console.error(`# ending the session: ${error.message}`));
    await this.endDriver();
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
