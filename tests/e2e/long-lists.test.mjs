// Long lists in the real window: a company with 1,000 cases and a case with 2,000 contacts
// (made by core/examples/large_data.rs) open a page of 50 at a time, say how much is shown,
// draw the next page by the button or by scrolling near the end, in English and Korean.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Harness } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let made;

before(() => {
  // One folder for both languages: 1,000 cases, all with Hanbit Telecom.
  made = mkdtempSync(join(tmpdir(), 'casebook-large-'));
  execFileSync('cargo', ['run', '-q', '-p', 'casebook-core', '--example', 'large_data', '--', made, '--cases', '1000'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
});

const count = (h, testid) => h.browser.execute((id) => document.querySelectorAll(`[data-testid="${id}"]`).length, testid);

for (const [lang, env, words] of [
  [
    'en',
    'en_US.UTF-8',
    {
      cases: (shown, total) => `${shown} of ${total} shown`,
      more: 'Show 25 more',
    },
  ],
  [
    'ko',
    'ko_KR.UTF-8',
    {
      cases: (shown, total) => `${total}개 중 ${shown}개 표시`,
      more: '25개 더 보기',
    },
  ],
]) {
  describe(`long lists, ${lang}`, () => {
    test('a company with 1,000 cases and a case with 2,000 contacts, a page at a time', async () => {
      const h = new Harness(lang === 'en' ? 'long-lists' : 'long-lists-ko');
      copyFileSync(join(made, 'casebook.sqlite3'), join(h.dataDir, 'casebook.sqlite3'));
      try {
        await h.start({ LANG: env });
        const { company } = h.cli('company', 'show', 'Hanbit Telecom');
        const cases = h.cli('case', 'list', '--company', 'Hanbit Telecom');
        const open = cases.filter((c) => c.status === 'open').length;
        const file = h.cli('case', 'show', '1');
        assert.equal(file.interactions.length, 2000);
        const entries = file.timeline.length;
        const fmt = (n) => n.toLocaleString(lang);

        await h.open();
        await h.browser.execute((to) => (location.hash = to), `#/companies/${company.id}`);
        await h.waitForText('case-list-more-count', words.cases(25, fmt(open)));
        assert.equal(await count(h, 'case-row'), 25);
        assert.equal(await h.text('case-list-more-button'), words.more);
        await h.screenshot(`company-first-page-${lang}`);

        // The keyboard reaches the button like any other and Enter draws the next page (coming
        // into view may already have drawn one: the button moves down, keeping the focus).
        const button = await h.el('case-list-more-button');
        await h.browser.execute((b) => b.focus(), button);
        await h.browser.keys('Enter');
        await h.browser.waitUntil(async () => (await count(h, 'case-row')) >= 50);
        assert.equal(await h.browser.execute(() => document.activeElement?.dataset.testid), 'case-list-more-button');
        // Scrolling down to the last case drawn draws more without a press.
        const before = await count(h, 'case-row');
        await h.browser.execute(() =>
          [...document.querySelectorAll('[data-testid="case-row"]')].at(-1).scrollIntoView({ block: 'end' }),
        );
        await h.browser.waitUntil(async () => (await count(h, 'case-row')) > before, {
          timeoutMsg: 'scrolling to the end drew no more cases',
        });

        await h.browser.execute((to) => (location.hash = to), '#/cases/1');
        await h.waitForText('timeline-more-count', words.cases(25, fmt(entries)));
        assert.equal(await count(h, 'timeline-item'), 25);
        await h.screenshot(`case-first-page-${lang}`);
        // Reached by the keyboard: focusing the button scrolls it into view, which may draw a
        // page by itself; Enter draws one more. The count always says what is drawn.
        const more = await h.el('timeline-more-button');
        await h.browser.execute((b) => b.focus(), more);
        await h.browser.keys('Enter');
        // Read together, once the pages have settled: another page may be on its way while
        // the button is in view.
        const drawnAndSaid = () =>
          h.browser.execute(() => [
            document.querySelectorAll('[data-testid="timeline-item"]').length,
            document.querySelector('[data-testid="timeline-more-count"]')?.textContent ?? '',
          ]);
        await h.browser.waitUntil(
          async () => {
            const [drawn, said] = await drawnAndSaid();
            return drawn >= 50 && said === words.cases(fmt(drawn), fmt(entries));
          },
          { timeoutMsg: "the timeline's count never said how many entries are drawn" },
        );
      } finally {
        await h.stop();
      }
    });
  });
}

process.on('exit', () => made && rmSync(made, { recursive: true, force: true }));
