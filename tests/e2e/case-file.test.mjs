// A user's first session with Casebook, in the real app: add a company, open a case, log a
// phone call with an agent, a reference number and a promise, find it on the timeline and the
// home screen, resolve and reopen the case, close the app and find everything again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';

const XSS = '<img src=x onerror=alert(1)>';

/** The promise's due day: long past, so it is overdue, and fixed, so its shown form is known. */
const PROMISE_DUE = '2025-11-20';

describe('a case file from first start to restart', () => {
  const h = new Harness('case-file');
  before(async () => {
    await h.start();
    await h.open();
  });
  after(() => h.stop());

  test('a new user sees an empty home that says where to start', async () => {
    await h.el('home-empty');
    await h.screenshot('01-home-empty');
  });

  test('adds a company with its phone number', async () => {
    await h.click('nav-companies');
    await h.el('companies-empty');
    await h.screenshot('02-companies-empty');
    await h.click('company-add');
    await h.type('company-name', 'Acme Telecom');
    await h.type('company-phones', '080-123-4567');
    await h.type('company-emails', 'help@acme.example');
    await h.screenshot('03-company-form');
    await h.click('company-save');
    await h.waitForText('company-list', 'Acme Telecom');
    await h.screenshot('04-companies');
  });

  test('an empty company name shows its message and saves nothing', async () => {
    await h.click('company-add');
    await h.type('company-name', '   ');
    await h.click('company-save');
    assert.equal(await h.text('error-name'), 'Name must not be empty');
    await h.screenshot('05-company-name-error');
    // Escape asks before throwing away what was typed.
    await h.browser.keys('Escape');
    await h.waitForText('discard-question', 'Discard what you typed in this form?');
    await h.click('discard-yes');
    await h.browser.waitUntil(async () => (await h.all('company-form')).length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the form stayed after Discard',
    });
    assert.equal((await h.all('company-row')).length, 1);
  });

  test('opens a case for the company', async () => {
    await h.click('company-row');
    await h.el('company-title');
    // The phone number copies with one click, in the real window's clipboard.
    await h.click('contact-copy');
    await h.waitForText('contact-said', 'Copied');
    await h.el('cases-empty');
    await h.click('case-open');
    await h.type('case-title', 'Refund never came');
    await h.type('case-desired-outcome', 'Refund of 30,000 won to my card');
    await h.type('case-amount', '30000');
    await h.type('case-currency', 'KRW');
    await h.click('case-save');
    await h.waitForText('case-header-title', 'Refund never came');
    await h.waitForText('case-desired', 'Refund of 30,000 won to my card');
    assert.equal(await h.text('case-money'), '₩30,000');
  });

  test('a bad amount and an unknown currency show their messages', async () => {
    await h.click('case-edit');
    await h.type('case-amount', 'abc');
    await h.click('case-save');
    assert.equal(await h.text('error-amount'), 'Amount is not a number');
    await h.type('case-amount', '30000');
    await h.type('case-currency', 'XYZ');
    await h.click('case-save');
    assert.equal(
      await h.text('error-currency'),
      'Currency must be a currency code like KRW, USD or EUR',
    );
    await h.screenshot('06-case-form-errors');
    await h.browser.keys('Escape');
    await h.click('discard-yes');
    await h.waitForText('case-money', '30,000');
  });

  test('logs a phone call with an agent, a reference number and a promise', async () => {
    const logOpen = await h.browser.$('[data-testid="log-open"]');
    if (await logOpen.isExisting()) await logOpen.click();
    await h.select('log-channel', 'phone');
    await h.type('log-agent-name', 'Jane');
    await h.type('log-agent-code', '4471');
    await h.type('log-agent-department', 'Billing');
    await h.type('log-reference', 'ABC-123');
    await h.type('log-notes', `Agent said refund approved. ${XSS}`);
    await h.type('log-promise-description', 'Refund 30,000 won');
    await h.type('log-promise-due', PROMISE_DUE);
    await h.screenshot('07-log-form');
    await h.click('log-save');
    await h.waitForText('timeline', 'ABC-123');
    const timeline = await h.text('timeline');
    assert.match(timeline, /Jane/);
    assert.match(timeline, /4471/);
    assert.match(timeline, /Refund 30,000 won/);
    const promise = (await h.all('timeline-item')).at(-1);
    assert.match(await promise.getText(), /Thu, Nov 20, 2025/, 'the due day as the user reads it');
    await h.screenshot('08-case-timeline');
  });

  test('a long reference with no spaces wraps instead of widening the page', async () => {
    const logOpen = await h.browser.$('[data-testid="log-open"]');
    if ((await logOpen.isExisting()) && (await logOpen.isDisplayed())) await logOpen.click();
    await h.type('log-reference', 'REF-' + '0123456789'.repeat(15));
    await h.type('log-notes', 'Gave a very long reference');
    await h.click('log-save');
    await h.waitForText('timeline', 'Gave a very long reference');
    const [scroll, client] = await h.browser.execute(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    assert.ok(scroll <= client, `the page is ${scroll} px wide in a ${client} px window`);
  });

  test('a note with markup shows as text and runs nothing', async () => {
    assert.ok((await h.text('timeline')).includes(XSS), 'the note is shown exactly as typed');
    const injected = await h.browser.$$('[data-testid="timeline"] img');
    assert.equal(injected.length, 0, 'no element was made from the note');
    const alertShown = await h.browser.getAlertText().then(
      () => true,
      () => false,
    );
    assert.equal(alertShown, false);
  });

  test('a promise due that is not a date shows its message and saves nothing', async () => {
    const before = (await h.all('timeline-item')).length;
    const logOpen = await h.browser.$('[data-testid="log-open"]');
    if (await logOpen.isExisting() && (await logOpen.isDisplayed())) await logOpen.click();
    await h.type('log-reference', 'XYZ-999');
    await h.type('log-promise-description', 'Call back');
    await h.type('log-promise-due', 'next week');
    await h.click('log-save');
    assert.equal(
      await h.text('error-promise_due'),
      'Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
    );
    await h.screenshot('09-log-due-error');
    assert.equal((await h.all('timeline-item')).length, before);
    assert.ok(!(await h.text('timeline')).includes('XYZ-999'));
    assert.equal(await (await h.el('log-reference')).getValue(), 'XYZ-999', 'what was typed is kept');
  });

  test('the home screen lists the overdue promise with its company and agent', async () => {
    await h.click('nav-home');
    await h.waitForText('home-overdue', 'Refund 30,000 won');
    const overdue = await h.text('home-overdue');
    assert.match(overdue, /Acme Telecom/);
    assert.match(overdue, /4471/);
    assert.match(await h.text('home-companies'), /Refund never came/);
    await h.screenshot('10-home-overdue');
  });

  test('the header counts what is overdue, and an overdue item can be snoozed', async () => {
    // The badge is a number, read whole: "1", not a "1" inside "11".
    const badge = await h.browser.$('[data-testid="nav-overdue-count"] [aria-hidden="true"]');
    await badge.waitForExist({ timeout: 10_000 });
    assert.equal(Number(await badge.getText()), 1);
    const spoken = await h.browser.$('[data-testid="nav-overdue-count"] .visually-hidden');
    assert.equal(await spoken.getProperty('textContent'), '1 overdue');
    await h.click('snooze-menu');
    await h.click('snooze-hour');
    await h.waitForText('snooze-next', 'Reminds you again');
    await h.screenshot('10b-home-snoozed');
  });

  test('settings: the reminder time is a time control, and a picked time is saved', async () => {
    await h.click('nav-settings');
    const field = await h.el('settings-reminder-time');
    assert.equal(await field.getAttribute('type'), 'time');
    // What the time control hands the page when the user picks 07:30.
    await h.browser.execute(() => {
      const input = document.querySelector('[data-testid="settings-reminder-time"]');
      input.value = '07:30';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await h.click('settings-reminder-save');
    await h.waitForText('settings-reminder-saved', '07:30');
    await h.screenshot('10c-settings-saved');
    // A copy of the data, made now and listed with what it holds.
    await h.click('backup-now');
    await h.waitForText('backup-made', 'Backed up (');
    await h.waitForText('backup-list', '1 case');
    await (await h.el('backups')).scrollIntoView({ block: 'center' });
    await h.screenshot('10d-backups');
    // Something changes after the copy (from the command line, while the window is open);
    // restoring the copy takes it away, and Undo brings it back.
    h.cli('company', 'add', 'Made after the backup');
    await h.click('restore');
    await h.waitForText('restore-question', 'Replace all your data with the backup from');
    await h.screenshot('10e-restore-question');
    await h.click('restore-yes');
    await h.waitForText('backup-made', 'Restored the backup from');
    const names = () => h.cli('company', 'list').map((c) => c.name);
    assert.deepEqual(names(), ['Acme Telecom']);
    await h.click('restore-undo');
    await h.waitForText('backup-made', 'The data is back as it was before the restore.');
    assert.deepEqual(names().sort(), ['Acme Telecom', 'Made after the backup']);
    h.cli('company', 'delete', String(h.cli('company', 'list').find((c) => c.name === 'Made after the backup').id));
    const focused = await h.browser.execute(() => document.activeElement?.tagName);
    assert.notEqual(focused, 'BODY', 'focus stays on the form after Save');
    await h.click('nav-home');
    await h.click('nav-settings');
    assert.equal(await (await h.el('settings-reminder-time')).getValue(), '07:30', 'saved');
    await h.click('nav-home');
  });

  test('resolving the case takes it off the overdue list; reopening brings it back', async () => {
    await h.click('due-case-link');
    await h.el('case-header-title');
    await h.click('case-resolve');
    await h.select('resolve-outcome', 'got_it');
    await h.type('resolve-note', 'Refund arrived');
    await h.click('resolve-confirm');
    await h.el('case-reopen');
    await h.screenshot('11-case-resolved');
    await h.click('nav-home');
    await h.el('home-overdue');
    assert.equal((await h.all('overdue-item')).length, 0);
    await h.click('nav-companies');
    await h.click('company-row');
    // A resolved case is out of the way until asked for.
    await h.el('show-resolved');
    assert.equal((await h.all('case-row')).length, 0);
    await h.click('show-resolved');
    await h.click('case-row');
    await h.click('case-reopen');
    await h.el('case-resolve');
    await h.click('nav-home');
    await h.waitForText('home-overdue', 'Refund 30,000 won');
  });

  test('in Korean, a Korean case title is saved', async () => {
    await h.select('lang-select', 'ko');
    await h.waitForText('nav-home', '홈');
    await h.screenshot('12-home-ko');
    await h.click('nav-companies');
    await h.click('company-row');
    await h.click('case-open');
    await h.type('case-title', '인터넷 끊김 — 요금 환불 요청');
    await h.type('case-amount', '59,000원');
    await h.click('case-save');
    await h.waitForText('case-header-title', '인터넷 끊김 — 요금 환불 요청');
    assert.equal(await h.text('case-money'), '59,000원');
    // Days as Koreans write them: 2026.11.20 and 내일.
    await h.type('log-at', '2026.11.20 10:00');
    await h.type('log-promise-description', '요금 환불');
    await h.type('log-promise-due', '내일');
    await h.click('log-save');
    await h.waitForText('timeline', '요금 환불');
    const id = Number((await h.browser.getUrl()).match(/cases\/(\d+)/)[1]);
    const saved = h.cli('case', 'show', String(id));
    assert.deepEqual(saved.case.money, { amount: '59000', currency: 'KRW' });
    assert.match(saved.interactions[0].occurred_at, /^2026-11-20T/);
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE');
    assert.deepEqual(saved.promises[0].due, { kind: 'date', date: tomorrow });
    await (await h.el('case-header-title')).scrollIntoView();
    await h.screenshot('13-case-ko');
    await h.click('nav-settings');
    await h.el('settings-reminder-time');
    await h.screenshot('13b-settings-ko');
    await h.click('backup-now');
    await h.waitForText('backup-list', '사건 2건');
    await (await h.el('backups')).scrollIntoView({ block: 'center' });
    await h.screenshot('13c-backups-ko');
    await h.browser.back();
    await h.el('case-header-title');
    await h.click('case-edit');
    await h.type('case-title', ' ');
    await h.click('case-save');
    assert.equal(await h.text('error-title'), '제목을 입력하세요');
    await h.type('case-title', '인터넷 끊김');
    await h.type('case-amount', '12.5');
    await h.type('case-currency', 'KRW');
    await h.click('case-save');
    assert.equal(
      await h.text('error-amount'),
      '금액은 이 통화에서 소수점 없이 입력하세요',
    );
    await h.screenshot('14-case-form-error-ko');
    await h.browser.keys('Escape');
    await h.click('discard-yes');
  });

  test('after a restart everything is there', async () => {
    await h.close();
    await h.open();
    await h.waitForText('nav-home', '홈'); // the language choice is kept too
    await h.waitForText('home-overdue', 'Refund 30,000 won');
    await h.click('nav-companies');
    await h.click('company-row');
    await h.waitForText('case-list', '인터넷 끊김 — 요금 환불 요청');
    await h.waitForText('case-list', 'Refund never came');
    await h.screenshot('15-company-cases-ko');
    const rows = await h.all('case-row');
    for (const row of rows) {
      if ((await row.getText()).includes('Refund never came')) {
        await row.click();
        break;
      }
    }
    await h.waitForText('timeline', 'ABC-123');
    assert.ok((await h.text('timeline')).includes(XSS));
    assert.match(await h.text('timeline'), /2025년 11월 20일 \(목\)/, 'the due day in Korean');
    assert.equal(await h.text('case-money'), '30,000원');
    await h.select('lang-select', 'en');
    await h.waitForText('nav-home', 'Home');
  });
});
