// The window on a large data folder (`make bench-window`): how long the home screen, a company
// with 1,000 cases and a case with 2,000 contacts take from the click that opens them to the
// frame that shows them, and how smoothly their lists scroll. Run by tests/run-e2e against the
// release build, with the folder made by core/examples/large_data.rs (BENCH_DATA).
// Figures go to standard error and to $BENCH_OUT; nothing here passes or fails on a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from '../e2e/harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

/** Milliseconds from the address change a link's click makes to the frame that shows the screen
 * `kind` with its data, painted: the check below runs in each frame's animation callbacks, and a
 * task queued there runs once that frame has been laid out and painted. Two times: `window`,
 * when what the window shows is all drawn (the screen's parts reach past its bottom edge, or the
 * screen is whole); `whole`, when the parts below the window are drawn too (long screens draw
 * them right after the first frame). (The page's security policy allows no eval, so the checks
 * are written out here.) */
async function open(browser, address, kind) {
  return browser.executeAsync(
    (address, kind, done) => {
      const one = (id) => document.querySelector(`[data-testid="${id}"]`);
      const [shown, whole] = {
        settings: [() => one('nav-settings')?.getAttribute('aria-current') === 'page', () => true],
        home: [() => one('overdue-item') !== null, () => one('home-companies') !== null],
        company: [
          () => one('case-row') !== null && (one('company-title')?.textContent ?? '').includes('Hanbit'),
          () => true,
        ],
        case: [() => document.title.startsWith('Internet down'), () => one('timeline-item') !== null],
      }[kind];
      const fills = () => document.documentElement.scrollHeight > window.innerHeight;
      const t0 = performance.now();
      const times = {};
      const painted = (key) =>
        setTimeout(() => {
          times[key] = performance.now() - t0;
          if (times.window !== undefined && times.whole !== undefined) done(times);
        });
      const asked = { window: false, whole: false };
      location.hash = address;
      // Each frame's animation callbacks see what that frame will paint.
      const check = () => {
        if (shown()) {
          const all = whole();
          if (!asked.window && (all || fills())) {
            asked.window = true;
            painted('window');
          }
          if (!asked.whole && all) {
            asked.whole = true;
            painted('whole');
          }
        }
        if (!asked.whole) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    address,
    kind,
  );
}

/** Scrolls the page 120 px a frame from top to bottom (at most 200 frames) and answers the
 * frames' durations: smooth is every one near 16.7 ms. */
async function scroll(browser) {
  return browser.executeAsync((done) => {
    window.scrollTo(0, 0);
    const frames = [];
    let last = performance.now();
    const step = () => {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      const end = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= end || frames.length >= 200) return done(frames.slice(1));
      window.scrollBy(0, 120);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { min: s[0], median: at(0.5), max: s[s.length - 1], p95: at(0.95) };
};
const ms = (x) => `${x.toFixed(0)} ms`;

test('the window on 10,000 cases: click to painted, and scrolling', async () => {
  const data = process.env.BENCH_DATA;
  assert.ok(data, 'BENCH_DATA names the folder made by core/examples/large_data.rs');
  const h = new Harness('bench-window');
  copyFileSync(join(data, 'casebook.sqlite3'), join(h.dataDir, 'casebook.sqlite3'));
  await h.start();
  try {
    const browser = await h.open({ first: 'overdue-item' });
    const screens = [
      ['home screen (500 overdue promises)', '#/', 'home'],
      ['company with 1,000 cases', '#/companies/1', 'company'],
      ['case with 2,000 contacts', '#/cases/1', 'case'],
    ];
    const times = screens.map(() => []);
    const wholes = screens.map(() => []);
    const frames = { company: [], case: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, address, ready]] of screens.entries()) {
        // From another screen each time, as a user comes to it.
        await open(browser, '#/settings', 'settings');
        const { window: shown, whole } = await open(browser, address, ready);
        times[i].push(shown);
        wholes[i].push(whole);
        if (round === 0 && i > 0) frames[i === 1 ? 'company' : 'case'] = await scroll(browser);
      }
    }
    const lines = [
      `The window on 10,000 cases / 100,000 interactions, ${ROUNDS} opens of each (click to painted:`,
      'what the window shows, and the parts below it too):',
      '',
      '| screen | median | min | max | the whole screen, median |',
      '|---|---|---|---|---|',
      ...screens.map(([label], i) => {
        const s = stats(times[i]);
        return `| ${label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} | ${ms(stats(wholes[i]).median)} |`;
      }),
      '',
      'Scrolling to the end, 120 px a frame (frame times):',
      '',
      '| list | frames | median | 95th percentile | slowest |',
      '|---|---|---|---|---|',
      ...Object.entries(frames).map(([name, f]) => {
        const s = stats(f);
        return `| ${name === 'company' ? "company's cases" : "case's timeline"} | ${f.length} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`;
      }),
    ];
    console.error(lines.join('\n'));
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${lines.join('\n')}\n`);
  } finally {
    await h.stop();
  }
});
