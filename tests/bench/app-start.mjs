#!/usr/bin/env node
// Casebook against the floor Tauri sets (`make bench-app`): the release build of Casebook on a
// large data folder and a blank Tauri 2 window (tests/bench/blank-window) from the same
// workspace and release profile, started in turn (A B A B ...) under Xvfb:
//
// - start to painted: from just before the process is started to the frame that shows its
//   first screen (Casebook: home with its data; the blank window: the answer to one IPC call),
//   each told by the page itself two animation frames after the content is in it;
// - memory: PSS summed over the process and every process under it (WebKit's web and network
//   processes) one minute after start, idle;
// - Casebook started at log-in (`--hidden`): the same, one minute after start, in the tray with
//   no window made yet; and one minute after its window, open on the first screen, was closed;
// - the stripped binaries' sizes.
//
//   node tests/bench/app-start.mjs CASEBOOK BLANK DATA_DIR [PAIRS]
//
// Runs itself under xvfb-run and a private session bus when there is no display.
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeWindow, commandName, processTree, pss } from '../processes.mjs';

const [casebook, blank, dataDir, pairsArg = '5'] = process.argv.slice(2);
if (!casebook || !blank || !dataDir) {
  console.error('usage: app-start.mjs CASEBOOK BLANK DATA_DIR [PAIRS]');
  process.exit(2);
}
if (!process.env.DISPLAY) {
  const again = spawnSync(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1400x1000x24', 'dbus-run-session', '--', process.execPath, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(again.status ?? 1);
}

// BENCH_IDLE_MS=0 measures starts alone, quickly, while looking for where the time goes.
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 60_000);
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 1_000);
const env = {
  ...process.env,
  // As in every test under Xvfb: WebKitGTK draws a blank window there with GPU compositing.
  WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  CASEBOOK_REPORT_PAINT: '1',
};

async function gone(pids) {
  for (let i = 0; i < 100; i++) {
    if (pids.every((p) => !statSafe(`/proc/${p}`))) return;
    await sleep(100);
  }
  for (const p of pids) try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ }
}
function statSafe(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Ends these processes and lets the system settle before the next start. */
async function end(pids) {
  for (const p of pids) try { process.kill(p, 'SIGTERM'); } catch { /* already gone */ }
  await gone(pids);
  await sleep(QUIET_MS);
}

/** The first screen's painted report from a started app: when (ms since the epoch) and its marks. */
function paintedReport(child, binary) {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${binary} did not paint within 60 s`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /^painted (\d+)(?: (.*))?\n/m.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve({ at: Number(found[1]), marks: found[2] ? JSON.parse(found[2]) : null });
      }
    });
    child.on('exit', (code) => reject(new Error(`${binary} ended (${code}) before painting`)));
  });
}

/** One start: milliseconds to painted, and KiB of PSS one minute after start (or at once). */
async function once(binary, args, idle = IDLE_MS) {
  const started = Date.now();
  const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
  const painted = await paintedReport(child, binary);
  await sleep(Math.max(0, started + idle - Date.now()));
  const pids = processTree(child.pid);
  const memory = pss(pids);
  // Which process holds what, for finding where the memory goes.
  const each = pids.map((p) => `${commandName(p)} ${Math.round(pss([p]) / 1024)} MiB`).join(', ');
  child.removeAllListeners('exit');
  await end(pids);
  // Casebook's page says when each step of its start happened; as times from the start.
  const steps = painted.marks
    ? Object.fromEntries(
        Object.entries(painted.marks)
          .filter(([, at]) => typeof at === 'number')
          .map(([step, at]) => [step, at - started]),
      )
    : null;
  return { start: painted.at - started, memory, steps, each };
}

/**
 * A look at the window, then a day in the tray: KiB of PSS one minute after the window, open on
 * its first screen, was closed (and let go half a minute after that).
 */
async function afterClose(binary, args) {
  const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
  await paintedReport(child, binary);
  child.removeAllListeners('exit');
  closeWindow(child.pid);
  await sleep(IDLE_MS);
  const pids = processTree(child.pid);
  const memory = pss(pids);
  await end(pids);
  return memory;
}

/** Started at log-in (`--hidden`): KiB of PSS one minute after start, with no window made. */
async function inTray(binary, args) {
  const child = spawn(binary, [...args, '--hidden'], { env, stdio: 'ignore' });
  await sleep(IDLE_MS);
  const pids = processTree(child.pid);
  const memory = pss(pids);
  await end(pids);
  return memory;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { min: s[0], median: mid, max: s[s.length - 1] };
};

// One start of each first, not counted: it fills the system's file cache as a user's machine
// has it filled, and Casebook takes its daily backup of the data then, not in a measured start.
await once(blank, [], 0);
await once(casebook, ['--data-dir', dataDir], 0);

const runs = { blank: [], casebook: [] };
const pairs = Number(pairsArg);
for (let i = 0; i < pairs; i++) {
  runs.blank.push(await once(blank, []));
  runs.casebook.push(await once(casebook, ['--data-dir', dataDir]));
  // When each asked for its page tells the system's share of a start from the app's.
  const one = (name, r) =>
    `${name} ${r.start} ms, ${Math.round(r.memory / 1024)} MiB` +
    (r.steps?.page ? ` (page asked for at ${Math.round(r.steps.page)} ms)` : '');
  console.error(`pair ${i + 1}/${pairs}: ${one('blank', runs.blank[i])}; ${one('Casebook', runs.casebook[i])}`);
  if (i === 0) console.error(`  blank: ${runs.blank[0].each}\n  Casebook: ${runs.casebook[0].each}`);
}

// Where Casebook's start goes: the median time of each step, from the process's start.
const medians = Object.keys(runs.casebook[0].steps ?? {}).map((step) => [
  step,
  stats(runs.casebook.map((r) => r.steps[step])).median,
]);
medians.sort((a, b) => a[1] - b[1]);
if (medians.length) {
  const labels = {
    process: 'the process runs',
    builder: 'the command line read; the shell starts',
    setup: "GTK up; the shell's own start begins",
    'first read': "the first screen's data read (beside GTK's start)",
    'window made': 'the window made, with the first screen’s data read',
    tray: 'the tray made',
    built: 'the shell set up',
    'page-load': 'the page starts loading',
    'data checked': 'the data file checked (after the first screen)',
    page: 'WebKit asks for the page',
    files: "the page's files answered (the last of them)",
    script: 'the UI bundle read and running',
    shown: 'the window shown (its page loaded)',
    opened: 'the window told the data is open (for reading)',
    asked: "the home screen's data asked for",
    data: "the home screen's data arrived",
    drawn: "the home screen's elements made",
    'laid out': 'their first layout done (the fonts found)',
    frame: 'the frame that draws them begins',
    painted: 'the home screen painted',
  };
  console.log("\nCasebook's start, step by step (median ms from the process's start):\n");
  console.log('| step | at |');
  console.log('|---|---|');
  for (const [step, at] of medians) console.log(`| ${labels[step] ?? step} | ${Math.round(at)} ms |`);
  if (runs.blank[0].steps?.page) {
    const page = stats(runs.blank.map((r) => r.steps.page)).median;
    console.log(`\n(The blank window's page was asked for at ${Math.round(page)} ms.)`);
  }
  console.log('');
}

// A day in the tray: the memory of a start at log-in, before the window is first opened.
const tray = [];
if (IDLE_MS > 0) for (let i = 0; i < 3; i++) tray.push(await inTray(casebook, ['--data-dir', dataDir]));
const closed = [];
if (IDLE_MS > 0) for (let i = 0; i < 3; i++) closed.push(await afterClose(casebook, ['--data-dir', dataDir]));

const mib = (kib) => (kib / 1024).toFixed(1);
const mb = (path) => (statSync(path).size / 1e6).toFixed(1);
const start = { blank: stats(runs.blank.map((r) => r.start)), casebook: stats(runs.casebook.map((r) => r.start)) };
const memory = { blank: stats(runs.blank.map((r) => r.memory)), casebook: stats(runs.casebook.map((r) => r.memory)) };
const row = (label, b, c, unit, f = (x) => String(x)) =>
  `| ${label} | ${f(b.min)} / ${f(b.median)} / ${f(b.max)} ${unit} | ${f(c.min)} / ${f(c.median)} / ${f(c.max)} ${unit} | ${(c.median / b.median).toFixed(2)}× |`;
console.log(`${pairs} starts of each, A B A B, min / median / max:\n`);
console.log('| | blank Tauri 2 window | Casebook | Casebook ÷ blank (medians) |');
console.log('|---|---|---|---|');
console.log(row('start to painted', start.blank, start.casebook, 'ms'));
// The system's share of a start (GTK, the session bus, WebKit's processes) varies by half a
// second from one start to the next, for both; from the page asked for to painted is each
// app's own.
if (runs.blank.every((r) => r.steps?.page) && runs.casebook.every((r) => r.steps?.page)) {
  const own = (rs) => stats(rs.map((r) => r.start - Math.round(r.steps.page)));
  console.log(row('page asked for to painted', own(runs.blank), own(runs.casebook), 'ms'));
}
// With BENCH_IDLE_MS=0 the memory is read as soon as the first screen is painted.
const idle =
  IDLE_MS === 0
    ? 'as the first screen is painted'
    : `after ${IDLE_MS % 60_000 ? `${IDLE_MS / 1000} s` : `${IDLE_MS / 60_000} min`} idle`;
console.log(row(`memory (PSS, whole process tree) ${idle}`, memory.blank, memory.casebook, 'MiB', mib));
if (tray.length) {
  const t = stats(tray);
  console.log(
    `| memory started at log-in (\`--hidden\`, in the tray, no window yet) after 1 min | | ${mib(t.min)} / ${mib(t.median)} / ${mib(t.max)} MiB | ${(t.median / memory.blank.median).toFixed(2)}× |`,
  );
}
if (closed.length) {
  const c = stats(closed);
  console.log(
    `| memory 1 min after the window was closed (in the tray, the window let go) | | ${mib(c.min)} / ${mib(c.median)} / ${mib(c.max)} MiB | ${(c.median / memory.blank.median).toFixed(2)}× |`,
  );
}
const sb = statSync(blank).size;
const sc = statSync(casebook).size;
console.log(`| stripped binary | ${mb(blank)} MB | ${mb(casebook)} MB | ${(sc / sb).toFixed(2)}× |`);
