// A user's first session with Casebook, in the real app: add a company, open a case, log a
// phone call with an agent, a reference number and a promise, find it on the timeline and the
// home screen, resolve and reopen the case, close the app and find everything again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';

const XSS = '<img src=x onerror=alert(1)>';

/** A date a few days before today, as the user would type it. */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return d.toLocaleDateString('sv-SE'); // YYYY-MM-DD in local time
}

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
    const message = await h.el('error-name');
    assert.ok((await message.getText()).length > 0, 'the message says what to fix');
    await h.screenshot('05-company-name-error');
    await h.browser.keys('Escape');
    assert.equal((await h.all('company-row')).length, 1);
  });

  test('opens a case for the company', async () => {
    await h.click('company-row');
    await h.el('company-title');
    await h.el('cases-empty');
    await h.click('case-open');
    await h.type('case-title', 'Refund never came');
    await h.type('case-desired-outcome', 'Refund of 30,000 won to my card');
    await h.type('case-amount', '30000');
    await h.type('case-currency', 'KRW');
    await h.click('case-save');
    await h.waitForText('case-header-title', 'Refund never came');
    await h.waitForText('case-desired', 'Refund of 30,000 won to my card');
  });

  test('a bad amount and an unknown currency show their messages', async () => {
    await h.click('case-edit');
    await h.type('case-amount', 'abc');
    await h.click('case-save');
    await h.el('error-amount');
    await h.type('case-amount', '30000');
    await h.type('case-currency', 'XYZ');
    await h.click('case-save');
    await h.el('error-currency');
    await h.screenshot('06-case-form-errors');
    await h.browser.keys('Escape');
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
    await h.type('log-promise-due', daysAgo(2));
    await h.screenshot('07-log-form');
    await h.click('log-save');
    await h.waitForText('timeline', 'ABC-123');
    const timeline = await h.text('timeline');
    assert.match(timeline, /Jane/);
    assert.match(timeline, /4471/);
    assert.match(timeline, /Refund 30,000 won/);
    await h.screenshot('08-case-timeline');
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
    await h.el('error-promise_due');
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
    await h.waitForText('nav-overdue-count', '1');
    await h.click('snooze-hour');
    await h.waitForText('home-overdue', 'remind you again at');
    await h.screenshot('10b-home-snoozed');
  });

  test('settings: a reminder time that is not a time is refused, a real one is saved', async () => {
    await h.click('nav-settings');
    await h.type('settings-reminder-time', '7 am');
    await h.click('settings-reminder-save');
    await h.el('error-reminder_time');
    await h.screenshot('10c-settings-error');
    await h.type('settings-reminder-time', '07:30');
    await h.click('settings-reminder-save');
    await h.browser.waitUntil(async () => (await h.all('error-reminder_time')).length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the error stayed after a valid time',
    });
    await h.click('nav-home');
    await h.click('nav-settings');
    assert.equal(await (await h.el('settings-reminder-time')).getValue(), '07:30', 'saved');
    await h.click('nav-home');
  });

  test('resolving the case takes it off the overdue list; reopening brings it back', async () => {
    await h.click('overdue-item');
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
    await h.click('case-save');
    await h.waitForText('case-header-title', '인터넷 끊김 — 요금 환불 요청');
    await h.screenshot('13-case-ko');
    await h.click('nav-settings');
    await h.el('settings-reminder-time');
    await h.screenshot('13b-settings-ko');
    await h.browser.back();
    await h.el('case-header-title');
    await h.click('case-edit');
    await h.type('case-title', ' ');
    await h.click('case-save');
    await h.el('error-title');
    await h.screenshot('14-case-form-error-ko');
    await h.browser.keys('Escape');
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
    await h.select('lang-select', 'en');
    await h.waitForText('nav-home', 'Home');
  });
});
