// The case screen as it is used on a call, in a window snapped to half a screen (900×600) and
// in a large one (1400×1000): the contact form one action away with the cursor in it, a draft
// that survives moving away and a restart, focus that never falls to the page, a refused
// field shown whole, dates typed the Korean way; and home with 10,000 cases, where every
// overdue item can still be reached.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Harness } from './harness.mjs';
import { OVERDUE, writeBacklog } from './backlog.mjs';

/** What has the keyboard focus: its test id, or its tag when it has none ("BODY"). */
async function focused(h) {
  return h.browser.execute(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') ?? el?.tagName ?? 'NONE';
  });
}

async function waitForFocus(h, testid, what) {
  await h.browser.waitUntil(async () => (await focused(h)) === testid, {
    timeout: 10_000,
    timeoutMsg: `${what}: focus is on ${await focused(h)}, not ${testid}`,
  });
}

async function goTo(h, hash) {
  await h.browser.execute((to) => (location.hash = to), hash);
}

for (const [width, height] of [
  [900, 600],
  [1400, 1000],
]) {
  describe(`the case screen at ${width}×${height}`, () => {
    const h = new Harness(`case-screen-${width}`);
    let caseId;

    async function openSized() {
      await h.open();
      await h.browser.setWindowSize(width, height);
      await h.browser.waitUntil(
        async () => (await h.browser.execute(() => window.innerWidth)) <= width,
        { timeout: 10_000, timeoutMsg: `the window never became ${width} wide` },
      );
    }

    before(async () => {
      await h.start();
      h.cli('company', 'add', 'Acme Telecom');
      caseId = h.cli('case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came')
        .id;
      h.cli('log', String(caseId), '--channel', 'phone', '--at', '2026-09-14 10:00', '--agent',
        'Jane', '--agent-id', '4471', '--promise', 'Refund 30,000 won', '--due', '2099-01-01');
      await openSized();
      await goTo(h, `#/cases/${caseId}`);
      await h.waitForText('case-header-title', 'Refund never came');
    });
    after(() => h.stop());

    test('"Log a contact" puts the cursor in the form, at any width', async () => {
      await h.click('case-log');
      await waitForFocus(h, 'log-at', 'after Log a contact');
      const inView = await h.browser.execute(() => {
        const r = document.querySelector('[data-testid="log-at"]').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.ok(inView, 'the date field is on screen');
      await h.screenshot('01-log-form-open');
    });

    test('a failed Save shows the refused field whole, below the header', async () => {
      await h.type('log-at', 'someday');
      await h.type('log-notes', 'Asked again about the refund');
      await h.click('log-save');
      await h.waitForText('error-occurred_at', 'When is not a date');
      await waitForFocus(h, 'log-at', 'after a refused Save');
      const place = await h.browser.execute(() => {
        const header = document.querySelector('.app-header').getBoundingClientRect();
        const field = document.querySelector('[data-testid="log-at"]').getBoundingClientRect();
        const error = document
          .querySelector('[data-testid="error-occurred_at"]')
          .getBoundingClientRect();
        return { headerBottom: header.bottom, top: field.top, bottom: error.bottom, height: window.innerHeight };
      });
      assert.ok(place.top >= place.headerBottom, `field top ${place.top} under the header ${place.headerBottom}`);
      assert.ok(place.bottom <= place.height, `message bottom ${place.bottom} inside ${place.height}`);
      await h.screenshot('02-refused-field');
    });

    test('a saved contact lands in the timeline with the focus on it', async () => {
      await h.type('log-at', '2026.11.20 10:15');
      await h.click('log-save');
      await waitForFocus(h, 'timeline-item', 'after Save contact');
      const text = await h.browser.execute(() => document.activeElement.textContent);
      assert.match(text, /Asked again about the refund/);
      const saved = h.cli('case', 'show', String(caseId));
      const logged = saved.interactions.find((i) => i.notes === 'Asked again about the refund');
      assert.ok(logged, 'core has the contact');
      assert.equal(new Date(logged.occurred_at).getDate(), 20, '2026.11.20 is the 20th');
      await h.screenshot('03-contact-saved');
    });

    test('the promise buttons and Cancel hand the focus on, never to the page', async () => {
      await h.click('promise-kept');
      await waitForFocus(h, 'promise-undo', 'after Kept');
      await h.click('promise-undo');
      await waitForFocus(h, 'promise-kept', 'after Undo');
      await h.click('case-edit');
      await waitForFocus(h, 'case-title', 'the edit form opens at its first field');
      await h.browser.keys('Escape');
      await waitForFocus(h, 'case-edit', 'after Escape on an untouched form');
      await h.click('case-resolve');
      await h.el('resolve-stopping');
      assert.match(await h.text('resolve-stopping'), /Refund 30,000 won/);
      await h.click('resolve-cancel');
      await waitForFocus(h, 'case-resolve', 'after Cancel');
    });

    test('a half-typed contact survives another screen and a restart', async () => {
      if ((await h.all('log-form')).length === 0) await h.click('case-log');
      await h.type('log-reference', 'R-88');
      await h.type('log-notes', 'Agent said the refund left on Friday');
      await h.click('nav-home');
      await h.el('home-overdue');
      await goTo(h, `#/cases/${caseId}`);
      await h.el('case-header-title');
      if ((await h.all('log-form')).length === 0) await h.click('case-log');
      await h.waitForText('draft-restored', 'Put back what you typed');
      assert.equal(await (await h.el('log-reference')).getValue(), 'R-88');

      await h.close();
      await openSized();
      await goTo(h, `#/cases/${caseId}`);
      await h.el('case-header-title');
      if (width < 1080) {
        await h.waitForText('case-log', 'Go on with the contact you started');
        await h.click('case-log');
      }
      await h.waitForText('draft-restored', 'Put back what you typed');
      assert.equal(
        await (await h.el('log-notes')).getValue(),
        'Agent said the refund left on Friday',
      );
      await h.screenshot('04-draft-restored');
      await h.click('log-save');
      await waitForFocus(h, 'timeline-item', 'after saving the draft');
      assert.equal(h.cli('case', 'show', String(caseId)).interactions.length, 3);
    });

    test('the same screen in Korean', async () => {
      await h.select('lang-select', 'ko');
      await h.waitForText('nav-home', '홈');
      await h.click('case-log');
      await waitForFocus(h, 'log-at', 'after 연락 기록하기');
      await h.type('log-at', '2026.11.20 11:00');
      await h.type('log-promise-description', '요금 환불');
      await h.type('log-promise-due', '내일');
      await h.click('log-save');
      await waitForFocus(h, 'timeline-item', 'after 연락 저장');
      const saved = h.cli('case', 'show', String(caseId));
      const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE');
      const promise = saved.promises.find((p) => p.description === '요금 환불');
      assert.deepEqual(promise.due, { kind: 'date', date: tomorrow }, '내일 is tomorrow');
      await h.click('case-log');
      await h.screenshot('05-log-form-ko');
      await h.select('lang-select', 'en');
      await h.waitForText('nav-home', 'Home');
    });

    test('search finds the case by a Korean word and part of an agent ID, and Enter opens it', async () => {
      await h.click('nav-home');
      await h.type('search-input', '환불');
      await h.waitForText('search-results', 'Refund never came');
      const marked = await h.browser.$('[data-testid="search-snippet"] mark');
      assert.equal(await marked.getText(), '환불');
      await h.screenshot('06-search-en');
      // The field's clear button (WebKit's own) is there once it holds text, and empties it,
      // closing the results. It sits in the field's right padding: 17 px in from the right edge.
      const field = await h.el('search-input');
      const fieldWidth = (await field.getSize()).width;
      await field.click({ x: Math.round(fieldWidth / 2) - 17 });
      await h.browser.waitUntil(async () => (await field.getValue()) === '', {
        timeoutMsg: 'the clear button did not empty the search field',
      });
      await h.browser.waitUntil(async () => (await h.all('search-results')).length === 0, {
        timeoutMsg: 'the search results stayed open after the field was cleared',
      });
      await h.type('search-input', '447');
      await h.waitForText('search-results', 'Refund never came');
      await h.browser.keys('Enter');
      await h.waitForText('case-header-title', 'Refund never came');
      await h.select('lang-select', 'ko');
      await h.waitForText('nav-home', '홈');
      await h.browser.keys(['Control', 'k']);
      await waitForFocus(h, 'search-input', 'after Ctrl+K');
      await h.browser.keys(['Control']); // let go of Control
      await h.type('search-input', '요금 환불');
      await h.waitForText('search-results', 'Refund never came');
      await h.screenshot('07-search-ko');
      await h.select('lang-select', 'en');
      await h.waitForText('nav-home', 'Home');
    });
  });
}

describe('home with 10,000 cases', () => {
  const h = new Harness('backlog');
  before(async () => {
    await h.start();
    const file = join(h.dataDir, '..', `casebook-backlog-${process.pid}.json`);
    writeBacklog(file);
    execFileSync(process.env.CASEBOOK_APP, ['--data-dir', h.dataDir, 'import', file], {
      env: { ...process.env, DISPLAY: '' },
    });
    rmSync(file);
    await h.open();
    await h.browser.setWindowSize(1400, 1000);
  });
  after(() => h.stop());

  test('home shows the first few, and the full list reaches every overdue item', async () => {
    await h.waitForText('home-overdue-all', `See all ${OVERDUE} overdue`);
    // The items below the window's first few come a frame after it.
    await h.browser.waitUntil(async () => (await h.all('overdue-item')).length >= 10, {
      timeoutMsg: 'the home screen never showed ten overdue items',
    });
    assert.equal((await h.all('overdue-item')).length, 10);
    await h.screenshot('01-home');
    await h.click('home-overdue-all');
    await h.waitForText('overdue-count', `100 of ${OVERDUE} shown`);
    await h.screenshot('02-overdue-list');
    for (let shown = 200; shown <= OVERDUE; shown += 100) {
      await h.click('overdue-more');
      await h.waitForText('overdue-count', `${shown} of ${OVERDUE} shown`, 20_000);
    }
    assert.equal((await h.all('overdue-more')).length, 0, 'nothing more to show');
    assert.equal((await h.all('overdue-item')).length, OVERDUE);
    const last = await h.browser.execute(
      () => [...document.querySelectorAll('[data-testid="overdue-item"] .what')].at(-1).textContent,
    );
    assert.equal(last, `Refund ${OVERDUE}`);
  });

  test('one Remind again button per item says when it will remind', async () => {
    await h.click('snooze-menu');
    await h.click('snooze-tomorrow');
    await h.waitForText('snooze-next', 'Reminds you again');
    await waitForFocus(h, 'snooze-menu', 'after snoozing');
    await h.select('lang-select', 'ko');
    await h.waitForText('nav-home', '홈');
    await h.screenshot('03-overdue-list-ko');
    await h.click('nav-home');
    await h.waitForText('home-overdue-all', `기한이 지난 ${OVERDUE}건 모두 보기`);
    await h.screenshot('04-home-ko');
    await h.select('lang-select', 'en');
  });
});
