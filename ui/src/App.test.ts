// The window as a user meets it, against the real core (a `casebook --serve-commands` process
// per test): what they see, what they type, what is sent, and what they are told when
// something is wrong.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import App from './App.svelte';
import Start from './Start.svelte';
import { setLang } from './lib/i18n/index.svelte.ts';
import { latestAnswer } from './lib/closing.ts';
import { session } from './lib/session.svelte.ts';
import { RealBackend } from './test/realBackend.ts';
import { blankCase } from './test/fixtures.ts';

const XSS = '<img src=x onerror=alert(1)>';

let backend: RealBackend;
let app: ReturnType<typeof mount> | null = null;

function $(testid: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
  if (!el) throw new Error(`no element with data-testid="${testid}"`);
  return el;
}

function all(testid: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
}

/** Waits until the element is there, as a user waits for a screen to load. */
async function find(testid: string): Promise<HTMLElement> {
  return vi.waitFor(() => $(testid), { timeout: 2000, interval: 10 });
}

/** Waits until the contact form has read its draft: it is busy until then, and typing before
 * that is written only then. As long as `find` waits: the first case opened in a run also reads
 * the screen's code. */
async function contactFormReady() {
  await vi.waitFor(() => expect($('log-form').getAttribute('aria-busy')).toBeNull(), {
    timeout: 2000,
    interval: 10,
  });
}

async function type(testid: string, text: string) {
  const el = (await find(testid)) as HTMLInputElement;
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

async function choose(testid: string, value: string) {
  const el = (await find(testid)) as HTMLSelectElement;
  // Reached first, as a user tabs or points to it (the language picker lists the other
  // languages only then).
  el.focus();
  flushSync();
  for (const option of el.options) option.selected = option.value === value;
  expect(el.value).toBe(value);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

async function click(testid: string) {
  (await find(testid)).click();
  flushSync();
}

async function textOf(testid: string, expected: string) {
  await vi.waitFor(() => expect($(testid).textContent).toContain(expected), {
    timeout: 2000,
    interval: 10,
  });
}

/** The window's size: wide puts the contact form beside the timeline, narrow behind a button. */
function viewport(width: number, height = 900) {
  (
    window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }
  ).happyDOM.setViewport({ width, height });
}

function pressEscape() {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  flushSync();
}

async function start(hash = '#/') {
  location.hash = hash;
  app = mount(App, { target: document.body });
  await find('nav-home');
}

async function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  flushSync();
}

/** A company with one case, made through core directly. */
/** How many cases the company has, open or resolved, as core counts them. */
async function caseCount(companyId: number) {
  const list = await backend.core<{ open: number; resolved: number }>('company_cases', {
    companyId,
    resolved: true,
    from: 0,
    count: 0,
  });
  return list.open + list.resolved;
}

async function seed() {
  const company = await backend.core<{ id: number }>('create_company', {
    input: {
      name: 'Acme Telecom',
      phones: ['080-123-4567'],
      emails: ['help@acme.example'],
      social: [],
      website: 'https://acme.example',
      help_url: null,
      chat_url: null,
      accounts: [{ label: 'Account', value: '1234-5678' }],
      notes: null,
    },
  });
  const opened = await backend.core<{ id: number }>('open_case', {
    input: {
      company_id: company.id,
      title: 'Refund never came',
      description: null,
      desired_outcome: 'Refund of 30,000 won to my card',
      amount: '30000',
      currency: 'KRW',
      identifiers: [{ label: 'Order', value: 'A-77' }],
      escalation: 'agent',
    },
  });
  backend.calls = [];
  return { companyId: company.id, caseId: opened.id };
}

beforeEach(() => {
  viewport(1400, 1000);
  setLang('en');
  session.error = null;
  session.addCompanyOnArrival = false;
  backend = new RealBackend().install();
});

afterEach(async () => {
  backend.stop();
  if (app) unmount(app);
  app = null;
  // Calls the window makes on its way out (a draft written, a reload) reach the stopped back
  // end, which never answers them, rather than the next test's window.
  await new Promise((settled) => setTimeout(settled, 20));
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  location.hash = '';
  clearMocks();
});

describe('a new user', () => {
  test('is told to add the company first, and the button opens the company form', async () => {
    await start();
    const empty = await find('home-empty');
    expect(empty.textContent).toContain('Add that company first');
    await click('home-add-company');
    await find('company-form');
    expect(location.hash).toBe('#/companies');
    expect(document.activeElement).toBe($('company-name'));
  });

  test('an empty company name is shown next to the field and nothing is saved', async () => {
    await start('#/companies');
    await find('companies-empty');
    await click('company-add');
    await type('company-name', '   ');
    await type('company-phones', '080-123-4567');
    await click('company-save');
    const error = await find('error-name');
    expect(error.textContent).toBe('Name must not be empty');
    const input = $('company-name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(await backend.core('list_companies')).toEqual([]);
    // What was typed is still there.
    expect(($('company-phones') as HTMLTextAreaElement).value).toBe('080-123-4567');
    // Escape asks before throwing away what was typed; the safe answer has the focus.
    pressEscape();
    await textOf('discard-question', 'Discard what you typed in this form?');
    expect(document.activeElement).toBe($('discard-no'));
    await click('discard-yes');
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="company-form"]')).toBeNull(),
    );
    await vi.waitFor(() => expect(document.activeElement).toBe($('company-add')));
    expect(await backend.core('get_draft', { form: 'new_company', ownerId: 0 })).toBeNull();
  });

  test('adds a company with its phones one per line and sees it in the list', async () => {
    await start('#/companies');
    await click('company-add');
    await type('company-name', 'Acme Telecom');
    await type('company-phones', '080-123-4567\n\n02-555-0000');
    await type('company-account-label', 'Customer no.');
    await type('company-account-value', 'C-991');
    await click('company-save');
    await textOf('company-list', 'Acme Telecom');
    // Core kept each phone as typed on its own line and dropped the blank one.
    expect(backend.callsOf('create_company')[0].result).toMatchObject({
      name: 'Acme Telecom',
      phones: ['080-123-4567', '02-555-0000'],
      accounts: [{ label: 'Customer no.', value: 'C-991' }],
      website: null,
    });
    expect(document.querySelector('[data-testid="company-form"]')).toBeNull();
    expect($('company-row').getAttribute('href')).toMatch(/^#\/companies\/\d+$/);
  });

  test('a name core refuses as a duplicate is shown on the name field', async () => {
    await seed();
    await start('#/companies');
    await click('company-add');
    await type('company-name', 'acme telecom');
    await click('company-save');
    await textOf('error-name', 'A company with this name already exists');
    expect(($('company-name') as HTMLInputElement).value).toBe('acme telecom');
  });

  test('a failure that is not about a field shows as the form error', async () => {
    backend.failNext.set('create_company', { code: 'storage', message: 'disk I/O error' });
    await start('#/companies');
    await click('company-add');
    await type('company-name', 'Acme Telecom');
    await click('company-save');
    await textOf('form-error', 'disk I/O error');
    expect(($('company-name') as HTMLInputElement).value).toBe('Acme Telecom');
  });
});

describe('a company', () => {
  test('shows its contact details as text and opens a case, landing on it', async () => {
    const { companyId } = await seed();
    await start(`#/companies/${companyId}`);
    await textOf('company-title', 'Acme Telecom');
    const contact = $('company-contact');
    expect(contact.textContent).toContain('080-123-4567');
    expect(contact.textContent).toContain('https://acme.example');
    expect(contact.querySelector('a')).toBeNull();
    await textOf('case-list', 'Refund never came');
    expect($('case-row').textContent).toContain('₩30,000');

    await click('case-open');
    await type('case-title', '인터넷 끊김 — 요금 환불 요청 🙏');
    await type('case-amount', '100.5');
    await type('case-currency', 'KRW');
    await click('case-save');
    await textOf('error-amount', 'Amount must be a whole number in this currency');
    expect(await caseCount(companyId)).toBe(1);

    await type('case-amount', '45,000');
    await click('case-save');
    await vi.waitFor(() => expect(location.hash).toMatch(/^#\/cases\/\d+$/));
    await go(location.hash);
    await textOf('case-header-title', '인터넷 끊김 — 요금 환불 요청 🙏');
    expect(backend.callsOf('open_case')[1].result).toMatchObject({
      company_id: companyId,
      money: { amount: '45000', currency: 'KRW' },
    });
  });
});

describe('money and days as people write them', () => {
  test('in Korean, 59,000원 with no currency is saved as won and shown as 59,000원', async () => {
    const { companyId } = await seed();
    await backend.core('set_language', { language: 'ko' });
    await start(`#/companies/${companyId}`);
    await textOf('nav-home', '홈');
    await click('case-open');
    await type('case-title', '요금 이중 청구');
    await type('case-amount', '59,000원');
    await click('case-save');
    await vi.waitFor(() => expect(location.hash).toMatch(/^#\/cases\/\d+$/));
    await textOf('case-money', '59,000원');
    expect(backend.callsOf('open_case')[0].result).toMatchObject({
      money: { amount: '59000', currency: 'KRW' },
    });
  });
});

describe('a case file', () => {
  test('shows the desired outcome, the money and the identifiers', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await textOf('case-desired', 'Refund of 30,000 won to my card');
    expect($('case-money').textContent).toContain('30,000');
    expect($('case-status').textContent).toContain('Open');
    expect(document.body.textContent).toContain('A-77');
    expect((await find('timeline-empty')).textContent).toContain('Nothing logged yet');
  });

  test('an unknown currency refused by core shows on the currency field; Escape closes', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await click('case-edit');
    expect(($('case-title') as HTMLInputElement).value).toBe('Refund never came');
    await type('case-currency', 'XYZ');
    await click('case-save');
    await textOf('error-currency', 'Currency must be a currency code');
    expect($('case-currency').getAttribute('aria-invalid')).toBe('true');
    // Escape asks; Escape again keeps editing, with everything still typed.
    pressEscape();
    await find('discard-question');
    pressEscape();
    expect(all('discard-question')).toEqual([]);
    expect(($('case-currency') as HTMLInputElement).value).toBe('XYZ');
    await vi.waitFor(() => expect(document.activeElement).toBe($('case-cancel')));
    await click('case-cancel');
    await click('discard-yes');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="case-form"]')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe($('case-edit')));
    expect($('case-money').textContent).toContain('30,000');
  });

  test('logs a call with an agent, a reference, a promise and markup in the notes', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    const at = ((await find('log-at')) as HTMLInputElement).value;
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await choose('log-channel', 'phone');
    await type('log-agent-name', 'Jane');
    await type('log-agent-code', '4471');
    await type('log-agent-department', 'Billing');
    await type('log-reference', 'ABC-123');
    await type('log-notes', `Agent said refund approved.\nSecond line ${XSS}`);
    await type('log-promise-description', 'Refund 30,000 won');
    await type('log-promise-due', '2020-01-02');
    await click('log-save');
    await textOf('timeline', 'ABC-123');

    const sent = backend.callsOf('log_interaction')[0].args;
    expect(sent.caseId).toBe(caseId);
    expect(sent.input).toMatchObject({
      channel: 'phone',
      agent: { name: 'Jane', code: '4471', department: 'Billing' },
      reference: 'ABC-123',
      promise: { description: 'Refund 30,000 won', due: '2020-01-02' },
    });
    // Sent as typed (prefilled with the local time); core reads it in the user's zone.
    expect((sent.input as { occurred_at: string }).occurred_at).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );

    const timeline = $('timeline');
    expect(timeline.textContent).toContain('Jane (ID 4471, Billing)');
    expect(timeline.textContent).toContain('Refund 30,000 won');
    // The markup is shown as typed, with its line break, and makes no element.
    expect(timeline.textContent).toContain(`Second line ${XSS}`);
    expect(timeline.querySelector('img')).toBeNull();
    const note = [...timeline.querySelectorAll('p')].find((p) =>
      p.textContent?.includes('Second line'),
    );
    expect(note?.textContent).toBe(`Agent said refund approved.\nSecond line ${XSS}`);
    // A promise due in the past, on an open case, is marked overdue.
    const promise = all('timeline-item').find((li) => li.textContent?.includes('Refund 30,000'));
    expect(promise?.textContent).toContain('Overdue');
    // The form is cleared for the next contact.
    expect(($('log-reference') as HTMLInputElement).value).toBe('');
  });

  test('a promise due that is not a date keeps everything typed and saves nothing', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await type('log-reference', 'XYZ-999');
    await type('log-promise-description', 'Call back');
    await type('log-promise-due', 'next week');
    await click('log-save');
    await textOf('error-promise_due', 'Promise due date is not a date');
    // Core reads dates, so the form asks it; it refused and saved nothing.
    const file = await backend.core<{ interactions: unknown[] }>('case_file', { id: caseId });
    expect(file.interactions).toHaveLength(0);
    expect(($('log-reference') as HTMLInputElement).value).toBe('XYZ-999');
    expect(all('timeline-item')).toHaveLength(0);
    expect(document.activeElement).toBe($('log-promise-due'));
  });

  test('choosing a known agent fills in their ID and department', async () => {
    const { caseId, companyId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-11-01 10:00',
        channel: 'phone',
        agent: { name: 'Jane', code: '4471', department: 'Billing' },
      },
    });
    expect(companyId).toBeGreaterThan(0);
    // A second agent with the same name, in another team: the choice tells them apart.
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-11-02 10:00',
        channel: 'phone',
        agent: { name: 'Jane', code: '5012', department: 'Refunds' },
      },
    });
    await start(`#/cases/${caseId}`);
    await vi.waitFor(() =>
      expect(
        [...($('log-known-agent') as HTMLSelectElement).options].map((o) => o.textContent),
      ).toEqual([
        'Choose to fill in their name, ID and team',
        'Jane (ID 5012, Refunds)',
        'Jane (ID 4471, Billing)',
      ]),
    );
    const second = [...($('log-known-agent') as HTMLSelectElement).options][1].value;
    await choose('log-known-agent', second);
    expect(($('log-agent-name') as HTMLInputElement).value).toBe('Jane');
    expect(($('log-agent-code') as HTMLInputElement).value).toBe('5012');
    expect(($('log-agent-department') as HTMLInputElement).value).toBe('Refunds');
    // A name two agents share fills in nothing by itself; a new name clears what was filled.
    await type('log-agent-name', 'Janet');
    expect(($('log-agent-code') as HTMLInputElement).value).toBe('');
    await type('log-agent-name', 'Jane');
    expect(($('log-agent-code') as HTMLInputElement).value).toBe('');
  });

  test('marks a promise kept, and resolves and reopens the case', async () => {
    const { caseId } = await seed();
    const callback = await backend.core<{ id: number }>('add_promise', {
      caseId,
      input: { description: 'Callback', due: '2099-01-01' },
    });
    await start(`#/cases/${caseId}`);
    await click('promise-kept');
    await vi.waitFor(() => expect(backend.callsOf('set_promise_status')).toHaveLength(1));
    expect(backend.callsOf('set_promise_status')[0].args).toEqual({
      id: callback.id,
      status: 'kept',
    });
    await textOf('timeline', 'Kept');

    await click('case-resolve');
    await choose('resolve-outcome', 'partial');
    await type('resolve-note', 'Half refunded');
    await textOf('resolve-form', "What came back, in KRW, the case's currency.");
    await type('resolve-recovered', '$15');
    await click('resolve-confirm');
    await textOf('error-recovered', "Give the amount recovered in the case's currency");
    await type('resolve-recovered', '15,000');
    await click('resolve-confirm');
    await find('case-reopen');
    expect(backend.callsOf('resolve_case')[1].args).toEqual({
      id: caseId,
      outcome: 'partial',
      note: 'Half refunded',
      recovered: '15,000',
    });
    await textOf('case-status', 'Resolved: Partly');
    await textOf('case-recovered', '₩15,000');
    await click('case-reopen');
    await find('case-resolve');
    await textOf('case-status', 'Open');
  });

  test('adds a follow-up and ticks it done', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await type('followup-note', 'Call again Monday');
    await type('followup-due', '2099-03-02 09:30');
    await choose('followup-kind', 'follow_up');
    await click('followup-save');
    await textOf('timeline', 'Call again Monday');
    const sent = backend.callsOf('add_follow_up')[0].args.input as { due: string };
    expect(sent.due).toBe('2099-03-02 09:30');
    await click('followup-done');
    await vi.waitFor(() =>
      expect(backend.callsOf('set_follow_up_done')[0]?.args).toMatchObject({ done: true }),
    );
  });
});

describe('promises both ways', () => {
  test("the user's own promise is logged as theirs and shown apart, on the case and at home, in both languages", async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    expect(((await find('log-promise-by')) as HTMLSelectElement).value).toBe('them');
    await type('log-agent-name', 'Jane');
    await type('log-promise-description', 'Send the corrected invoice');
    await type('log-promise-due', '2020-01-02');
    await choose('log-promise-by', 'me');
    await click('log-save');
    await textOf('timeline', 'Send the corrected invoice');
    expect(backend.callsOf('log_interaction')[0].args).toMatchObject({
      input: { promise: { description: 'Send the corrected invoice', due: '2020-01-02', made_by: 'me' } },
    });
    await textOf('promise-side', 'You promised');
    const file = await backend.core<{ promises: { made_by: string; agent: unknown }[] }>('case_file', { id: caseId });
    expect(file.promises[0]).toMatchObject({ made_by: 'me', agent: null });

    await go('#/');
    await textOf('overdue-item', 'Send the corrected invoice');
    expect($('overdue-item').querySelector('[data-testid="due-kind"]')?.textContent).toBe('You promised');
    await choose('lang-select', 'ko');
    await vi.waitFor(() =>
      expect($('overdue-item').querySelector('[data-testid="due-kind"]')?.textContent).toBe('내 약속'),
    );
  });
});

describe('home', () => {
  test('lists an overdue promise with its company, agent and reference, linking to the case', async () => {
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2020-01-01T10:00:00+09:00',
        channel: 'phone',
        direction: 'outbound',
        agent: { name: 'Jane', code: '4471', department: null },
        reference: 'ABC-123',
        duration_min: null,
        hold_min: null,
        notes: null,
        summary: null,
        promise: { description: 'Refund 30,000 won', due: '2020-01-05' },
      },
    });
    await start();
    await textOf('home-overdue', 'Refund 30,000 won');
    const item = $('overdue-item');
    expect($('home-overdue-group').textContent).toContain('Acme Telecom');
    expect(item.textContent).toContain('Jane (ID 4471)');
    expect(item.textContent).toContain('ABC-123');
    expect($('due-case-link').getAttribute('href')).toBe(`#/cases/${caseId}`);
    const today = new Date();
    const overdueDays = Math.round(
      (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.UTC(2020, 0, 5)) /
        86_400_000,
    );
    expect(item.querySelector('[data-testid="due-from-today"]')?.textContent).toBe(
      // Grouped as English writes numbers: "2,524 days overdue".
      `${overdueDays.toLocaleString('en-US')} days overdue`,
    );
    expect($('home-due-soon').textContent).toContain('Nothing is due in the next 7 days.');
    expect($('home-companies').textContent).toContain('Refund never came');
  });

  test('a load failure shows in the app error area', async () => {
    backend.failing.set('home', { code: 'database_too_new', message: 'newer' });
    await start();
    await textOf('app-error', 'Update Casebook');
  });

  test('a case that does not exist says so instead of loading forever', async () => {
    await start('#/cases/999');
    await textOf('case-missing', 'This case does not exist, or it was deleted.');
    expect($('case-missing').textContent).toContain('Recently deleted (in Settings) for 30 days');
    expect(document.title).toBe('This case does not exist, or it was deleted. — Casebook');
    expect(document.querySelector('main')?.textContent).not.toContain('Loading');
    await click('case-missing-home');
    await vi.waitFor(() => expect(location.hash).toBe('#/'));
  });
});

describe('the first screen sent with the page', () => {
  /** What the shell puts in the page at start: core's own home screen, `age` ms old. */
  async function sendWithPage(age: number) {
    const home = await backend.core('home', {});
    const { speaking } = await backend.core<{ speaking: string }>('get_settings', {});
    backend.calls = [];
    (window as { __CASEBOOK_FIRST__?: unknown }).__CASEBOOK_FIRST__ = {
      at: Date.now() - age,
      speaking,
      home,
    };
  }

  test('is shown in the saved language without asking the shell first', async () => {
    await seed();
    await backend.core('set_language', { language: 'ko' });
    await sendWithPage(0);
    app = mount(Start, { target: document.body });
    await textOf('home-companies', '회사별 진행 중인 사건');
    expect($('home-companies').textContent).toContain('Refund never came');
    const asked = backend.calls.map((c) => c.cmd);
    expect(asked).not.toContain('home');
    expect(asked).not.toContain('startup_problem');
    expect('__CASEBOOK_FIRST__' in window).toBe(false);
  });

  test('from another moment (a reload, a window first shown long after log-in) is not used', async () => {
    await seed();
    await sendWithPage(60_000);
    app = mount(Start, { target: document.body });
    await textOf('home-companies', 'Refund never came');
    const asked = backend.calls.map((c) => c.cmd);
    expect(asked).toContain('startup_problem');
    expect(asked).toContain('home');
  });
});

describe('language', () => {
  test('switching to Korean changes the screen and is saved', async () => {
    await seed();
    await start('#/companies');
    await textOf('nav-home', 'Home');
    await choose('lang-select', 'ko');
    await textOf('nav-home', '홈');
    expect(document.documentElement.lang).toBe('ko');
    expect(backend.callsOf('set_language')[0].args).toEqual({ language: 'ko' });
    await click('company-add');
    await click('company-save');
    await textOf('error-name', '회사 이름을 입력하세요');
  });

  test('the picker names each language in its own words once it is reached, and only the chosen one before', async () => {
    await start();
    const picker = (await find('lang-select')) as HTMLSelectElement;
    const names = () => [...picker.options].map((o) => o.textContent);
    expect(names()).toEqual(['English']);
    picker.dispatchEvent(new PointerEvent('pointerenter'));
    flushSync();
    expect(names()).toEqual(['English', '한국어']);
    expect(picker.value).toBe('en');

    await choose('lang-select', 'ko');
    await textOf('nav-home', '홈');
    if (app) unmount(app);
    app = null;
    await start();
    await textOf('nav-home', '홈');
    const again = (await find('lang-select')) as HTMLSelectElement;
    expect([...again.options].map((o) => o.textContent)).toEqual(['한국어']);
    again.focus();
    flushSync();
    expect([...again.options].map((o) => o.textContent)).toEqual(['English', '한국어']);
    expect(again.value).toBe('ko');
  });

  test('with nothing saved, the window speaks the system language core detects', async () => {
    backend.stop();
    backend = new RealBackend({ LC_ALL: 'ko_KR.UTF-8' }).install();
    await start();
    await textOf('nav-companies', '회사');
    expect(($('lang-select') as HTMLSelectElement).value).toBe('ko');
  });

  test('a saved language is used at start', async () => {
    await backend.core('set_language', { language: 'ko' });
    await start();
    await textOf('nav-companies', '회사');
    expect(($('lang-select') as HTMLSelectElement).value).toBe('ko');
  });
});

/** A promise on the seeded case that was due long ago. */
function overduePromise(caseId: number, description: string, due = '2020-01-05') {
  return backend.core<{ id: number }>('add_promise', { caseId, input: { description, due } });
}

/** Makes the window believe it runs in the desktop shell, so it hears the shell's events. */
function inShell() {
  vi.stubGlobal('isTauri', true);
}

/** Sends a shell event until what it should cause has happened (listening starts async). */
async function shellSends(event: string, payload: unknown, happened: () => void) {
  await vi.waitFor(
    async () => {
      await backend.emit(event, payload);
      flushSync();
      happened();
    },
    { timeout: 2000, interval: 20 },
  );
}

/** The pill beside Home: the number shown, and what a screen reader says. */
function overdueBadge() {
  const pill = document.querySelector<HTMLElement>('[data-testid="nav-overdue-count"]');
  if (!pill) return null;
  return {
    shown: pill.querySelector('[aria-hidden="true"]')?.textContent,
    said: pill.querySelector('.visually-hidden')?.textContent,
  };
}

describe('the overdue count in the header', () => {
  test('shows how many items are overdue, on every screen, and looks again on navigation', async () => {
    const { caseId, companyId } = await seed();
    const first = await overduePromise(caseId, 'Refund 30,000 won');
    await overduePromise(caseId, 'Call back');
    await backend.core('add_promise', { caseId, input: { description: 'Visit', due: '2099-01-01' } });
    await start(`#/companies/${companyId}`);
    await vi.waitFor(() => expect(overdueBadge()).toEqual({ shown: '2', said: '2 overdue' }));
    expect($('nav-home').contains($('nav-overdue-count'))).toBe(true);

    // Looked at again on the next navigation.
    await backend.core('set_promise_status', { id: first.id, status: 'kept' });
    await go('#/companies');
    await vi.waitFor(() => expect(overdueBadge()?.shown).toBe('1'));

    await choose('lang-select', 'ko');
    expect(overdueBadge()?.said).toBe('기한 지남 1건');
  });

  test('follows a change the shell reports, and looks again every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    inShell();
    const { caseId } = await seed();
    const promise = await overduePromise(caseId, 'Refund 30,000 won');
    await start('#/companies');
    await vi.waitFor(() => expect(overdueBadge()?.shown).toBe('1'));

    await backend.core('set_promise_status', { id: promise.id, status: 'kept' });
    await shellSends('reminders-changed', null, () => expect(overdueBadge()).toBeNull());

    await overduePromise(caseId, 'Call back');
    await overduePromise(caseId, 'Send the form');
    await Promise.resolve();
    expect(overdueBadge()).toBeNull();
    vi.advanceTimersByTime(60_000);
    await vi.waitFor(() => expect(overdueBadge()?.shown).toBe('2'));
  });
});

describe('when desktop notifications cannot be shown', () => {
  const broken = {
    notifications_work: false,
    problem: 'org.freedesktop.Notifications was not provided by any .service files',
    checked_at: '2026-11-30T09:00:00+09:00',
    check_problem: null,
  };

  test('a banner says so, with the reason, and points to the home screen', async () => {
    backend.reminderStatus = broken;
    await seed();
    await start('#/companies');
    const banner = await find('notify-banner');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toContain(
      'Desktop notifications cannot be shown on this computer.',
    );
    expect(banner.textContent).toContain(broken.problem);
    expect(banner.textContent).toContain('still listed on the home screen');
    await click('notify-home');
    expect(location.hash).toBe('#/');
    await choose('lang-select', 'ko');
    await textOf('notify-banner', '이 컴퓨터에서는 데스크톱 알림을 표시할 수 없습니다.');
  });

  test('no banner while they work; it comes and goes as the shell reports', async () => {
    inShell();
    await start();
    await vi.waitFor(() => expect(backend.callsOf('reminder_status')).toHaveLength(1));
    expect(document.querySelector('[data-testid="notify-banner"]')).toBeNull();

    backend.reminderStatus = broken;
    await shellSends('reminders-changed', null, () => $('notify-banner'));

    backend.reminderStatus = { ...broken, notifications_work: true, problem: null };
    await shellSends('reminders-changed', null, () =>
      expect(document.querySelector('[data-testid="notify-banner"]')).toBeNull(),
    );
  });
});

describe('when reminders cannot be checked at all', () => {
  test('an alert says the data could not be read, in both languages', async () => {
    backend.reminderStatus = {
      notifications_work: true,
      problem: null,
      checked_at: '2026-11-30T09:00:00+09:00',
      check_problem: 'no such table: promise',
    };
    await seed();
    await start('#/companies');
    const banner = await find('check-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain(
      'Reminders cannot be checked: your data could not be read.',
    );
    expect(banner.textContent).toContain('The system said: no such table: promise');
    await choose('lang-select', 'ko');
    await textOf('check-banner', '알림을 확인할 수 없습니다. 데이터를 읽지 못했습니다.');
  });
});

describe('a clicked notification', () => {
  test('about one case opens it; about several opens the home screen', async () => {
    inShell();
    const { caseId } = await seed();
    await start('#/companies');
    await shellSends('open-case', caseId, () => expect(location.hash).toBe(`#/cases/${caseId}`));
    await textOf('case-header-title', 'Refund never came');
    await shellSends('open-case', null, () => expect(location.hash).toBe('#/'));
    await textOf('home-companies', 'Refund never came');
    expect(document.querySelector('main')?.textContent).not.toContain('no longer exists');
  });
});

describe('closing the window', () => {
  /** The page's answers to the shell: the window it closed may be let go. */
  const letGo = () => backend.callsOf('let_window_go').map((c) => c.args);
  const turns = () => letGo().map((answer) => answer.turn);

  /** Closes the window (close `turn`); answers whether the page told the shell it may go. */
  async function close(turn: number): Promise<boolean> {
    await backend.emit('window-closed', turn);
    const answer = await vi.waitFor(() => {
      const latest = latestAnswer();
      expect(latest?.turn).toBe(turn);
      return latest!;
    });
    return answer.told;
  }

  /** Waits until the contact form has read its kept draft (none): typing is then written. */
  /** The first close, with nothing typed: the page answers once it listens to the shell. */
  async function closeUntouched() {
    await shellSends('window-closed', 1, () => expect(turns()).toContain(1));
  }

  test('a half-typed contact is written at once and keeps the window; saved, the window may go', async () => {
    inShell();
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await closeUntouched();
    expect(letGo()[0]).toEqual({ turn: 1, address: `#/cases/${caseId}` });
    await contactFormReady();
    await type('log-notes', 'Agent promised a call back by Friday');
    // Closed at once, before typing paused long enough for the draft to be written.
    expect(await close(2)).toBe(false);
    const draft = await backend.core<{ body: { values: { notes: string } } }>('get_draft', {
      form: 'contact',
      ownerId: caseId,
    });
    expect(draft.body.values.notes).toBe('Agent promised a call back by Friday');
    // A window made again would open with the form closed: this one stays, as typed.
    expect(turns()).not.toContain(2);
    await type('log-at', '2026.11.20 10:15');
    await click('log-save');
    await textOf('timeline', 'Agent promised a call back by Friday');
    expect(await close(3)).toBe(true);
    expect(letGo().at(-1)).toEqual({ turn: 3, address: `#/cases/${caseId}` });
  });

  test('an untouched contact form a minute later holds no typing: the window may go', async () => {
    inShell();
    // Only the clock is set by the test; everything else waits in real time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 20, 10, 15, 30));
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await closeUntouched();
    await contactFormReady();
    // The draft's answer is in; the form is drawn a moment after it.
    expect(((await find('log-at')) as HTMLInputElement).value).toBe('2026-11-20 10:15');
    // The form still says 10:15; a form made now would start at 10:16.
    vi.setSystemTime(new Date(2026, 10, 20, 10, 16, 30));
    expect(await close(2)).toBe(true);
    expect(letGo().at(-1)).toEqual({ turn: 2, address: `#/cases/${caseId}` });
  });

  test('a draft that cannot be written keeps the window until it is', async () => {
    inShell();
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await closeUntouched();
    await contactFormReady();
    await type('log-notes', 'Refund reference R-88');
    await vi.waitFor(() => expect(backend.callsOf('save_draft')).toHaveLength(1), { timeout: 2000 });
    // Emptied, the form holds nothing; but the draft it kept cannot be thrown away.
    backend.failing.set('discard_draft', { code: 'io', message: 'disk full' });
    await type('log-notes', '');
    expect(await close(2)).toBe(false);
    expect(backend.callsOf('discard_draft').length).toBeGreaterThan(0);
    expect(turns()).not.toContain(2);
    backend.failing.delete('discard_draft');
    expect(await close(3)).toBe(true);
    expect(turns()).toContain(3);
    expect(await backend.core('get_draft', { form: 'contact', ownerId: caseId })).toBeNull();
  });

  test('typing that no draft keeps keeps the window until it is saved; a search does not', async () => {
    inShell();
    const { companyId, caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: { occurred_at: '2026-11-17T10:00:00Z', channel: 'phone', direction: 'outbound', agent: { name: 'Jane' } },
    });
    await start(`#/companies/${companyId}`);
    await vi.waitFor(() => expect(all('agent-row')).toHaveLength(1));
    await type('search-input', 'refund');
    await closeUntouched();
    await click('agent-edit');
    await type('agent-edit-name', 'Jane Kim');
    expect(await close(2)).toBe(false);
    expect(turns()).not.toContain(2);
    await click('agent-edit-save');
    await textOf('agents-done', 'Saved: Jane Kim.');
    expect(await close(3)).toBe(true);
    expect(letGo().at(-1)).toEqual({ turn: 3, address: `#/companies/${companyId}` });
  });

  test('a correction, which keeps no draft, keeps the window while it holds a change, even a choice', async () => {
    inShell();
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: { occurred_at: '2026-11-17T10:00:00Z', channel: 'phone', direction: 'outbound', notes: 'First call' },
    });
    await start(`#/cases/${caseId}`);
    await closeUntouched();
    await click('interaction-edit');
    await choose('edit-channel', 'email');
    expect(await close(2)).toBe(false);
    expect(turns()).not.toContain(2);
    pressEscape();
    await click('discard-yes');
    await vi.waitFor(() => expect(all('edit-form')).toEqual([]));
    expect(await close(3)).toBe(true);
    expect(letGo().at(-1)).toEqual({ turn: 3, address: `#/cases/${caseId}` });
  });
});

describe('snoozing an overdue item', () => {
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

  /** The one snooze the window asked for, and when core said the reminder comes back. */
  function sentSnooze() {
    const calls = backend.callsOf('snooze');
    expect(calls).toHaveLength(1);
    return { ...(calls[0].args as { kind: string; id: number }), at: calls[0].result as string };
  }

  test('"In 1 hour" sends the promise and a time an hour away; the item stays overdue', async () => {
    const { caseId } = await seed();
    const promise = await overduePromise(caseId, 'Refund 30,000 won');
    await backend.core('add_promise', { caseId, input: { description: 'Visit', due: '2099-01-01' } });
    await start();
    await textOf('home-overdue', 'Refund 30,000 won');
    // Only the overdue list offers it.
    expect($('home-due-soon').querySelector('[data-testid="snooze-hour"]')).toBeNull();
    const homeLoads = backend.callsOf('home').length;

    const before = Date.now();
    await click('snooze-menu');
    await click('snooze-hour');
    await textOf('snooze-next', 'Reminds you again');
    const sent = sentSnooze();
    expect(sent).toMatchObject({ kind: 'promise', id: promise.id, until: { kind: 'hour' } });
    expect(sent.at).toMatch(RFC3339);
    const delay = Date.parse(sent.at) - before;
    expect(delay).toBeGreaterThan(58 * 60_000);
    expect(delay).toBeLessThanOrEqual(60 * 60_000);

    // The item says when, in words a screen reader announces; the choices close and focus
    // is back on the one button.
    const next = $('snooze-next');
    expect(next.getAttribute('role')).toBe('status');
    expect(next.textContent).toContain('Reminds you again');
    const at = new Date(Date.parse(sent.at));
    const clock = `${at.getHours() % 12 || 12}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(next.textContent).toContain(`${clock}\u00a0${at.getHours() < 12 ? 'AM' : 'PM'}`);
    expect(all('snooze-hour')).toEqual([]);
    expect(document.activeElement).toBe($('snooze-menu'));
    // Home was loaded again, and the item is still there, under its case's link.
    await vi.waitFor(() => expect(backend.callsOf('home').length).toBeGreaterThan(homeLoads));
    await textOf('snooze-next', 'Reminds you again');
    expect($('overdue-item').textContent).toContain('Refund 30,000 won');
    expect($('due-case-link').getAttribute('href')).toBe(`#/cases/${caseId}`);
  });

  test('"Tomorrow" uses the reminder time, tomorrow in local time', async () => {
    await backend.core('set_reminder_time', { time: '07:30' });
    const { caseId } = await seed();
    const promise = await overduePromise(caseId, 'Refund 30,000 won');
    await start();
    await click('snooze-menu');
    await textOf('snooze-tomorrow', 'Tomorrow 07:30');
    await click('snooze-tomorrow');
    await textOf('snooze-next', 'Reminds you again');
    const sent = sentSnooze();
    expect(sent).toMatchObject({ kind: 'promise', id: promise.id, until: { kind: 'tomorrow' } });
    expect(sent.at).toMatch(RFC3339);
    const until = new Date(sent.at);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect([until.getFullYear(), until.getMonth(), until.getDate()]).toEqual([
      tomorrow.getFullYear(),
      tomorrow.getMonth(),
      tomorrow.getDate(),
    ]);
    expect([until.getHours(), until.getMinutes()]).toEqual([7, 30]);
  });

  test('a picked time that is not a date, or has passed, is refused with a message', async () => {
    const { caseId } = await seed();
    await backend.core('add_follow_up', {
      caseId,
      input: { kind: 'deadline', note: 'Return window closes', due: '2020-02-01' },
    });
    await start();
    await textOf('home-overdue', 'Return window closes');
    await click('snooze-menu');
    await click('snooze-pick');
    expect($('snooze-pick').getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe($('snooze-until')));
    await type('snooze-until', 'next week');
    await click('snooze-confirm');
    await textOf('error-until', 'like 2026-11-30 or 2026-11-30 09:00');
    expect($('snooze-until').getAttribute('aria-invalid')).toBe('true');
    await type('snooze-until', '2020-03-01 10:00');
    await click('snooze-confirm');
    await textOf('error-until', 'has not passed yet');
    expect(backend.callsOf('snooze').map((c) => c.result)).toEqual([undefined, undefined]);
    expect($('snooze-next').textContent).toBe('');
    expect(($('snooze-until') as HTMLInputElement).value).toBe('2020-03-01 10:00');
  });

  test('a picked day reminds at the reminder time that day; the kind and id are the item’s', async () => {
    await backend.core('set_reminder_time', { time: '08:15' });
    const { caseId } = await seed();
    const deadline = await backend.core<{ id: number }>('add_follow_up', {
      caseId,
      input: { kind: 'deadline', note: 'Return window closes', due: '2020-02-01' },
    });
    await start();
    await click('snooze-menu');
    await click('snooze-pick');
    await type('snooze-until', '2099-01-02');
    await click('snooze-confirm');
    await textOf('snooze-next', 'Reminds you again');
    const sent = sentSnooze();
    expect(sent).toMatchObject({
      kind: 'deadline',
      id: deadline.id,
      until: { kind: 'typed', text: '2099-01-02' },
    });
    expect(Date.parse(sent.at)).toBe(new Date(2099, 0, 2, 8, 15).getTime());
    // The picker closed and focus went back to the item's one button.
    expect(document.querySelector('[data-testid="snooze-until"]')).toBeNull();
    expect(document.activeElement).toBe($('snooze-menu'));
  });

  test('a picked day and time is sent as that local time; Escape closes the picker', async () => {
    const { caseId } = await seed();
    const promise = await overduePromise(caseId, 'Refund 30,000 won');
    await start();
    await click('snooze-menu');
    await click('snooze-pick');
    pressEscape();
    expect(document.querySelector('[data-testid="snooze-until"]')).toBeNull();
    await click('snooze-pick');
    await type('snooze-until', '2099-12-31 23:45');
    await click('snooze-confirm');
    await textOf('snooze-next', 'Reminds you again');
    expect(sentSnooze()).toMatchObject({ kind: 'promise', id: promise.id });
    expect(Date.parse(sentSnooze().at)).toBe(new Date(2099, 11, 31, 23, 45).getTime());
  });

  test('a refusal from the back end is shown on the item', async () => {
    const { caseId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    backend.failNext.set('snooze', { code: 'not_found', message: 'no promise with id 3' });
    await start();
    await click('snooze-menu');
    await click('snooze-hour');
    await textOf('snooze-failed', 'This item no longer exists');
    expect($('snooze-next').textContent).toBe('');
  });
});

describe('settings', () => {
  test('About shows the version, the data folder with a button that opens it, and the licence', async () => {
    await start('#/settings');
    // The version the workspace's Cargo.toml gives every crate.
    const cargo = readFileSync(join(process.cwd(), '..', 'Cargo.toml'), 'utf8');
    const version = /^version = "([^"]+)"/m.exec(cargo)![1];
    await textOf('about-version', `Version ${version}`);
    await textOf('about-folder', backend.dir);
    await textOf('about-licence', 'free software under the MIT licence');
    await click('about-open-folder');
    expect(backend.callsOf('open_data_folder')).toHaveLength(1);
    await choose('lang-select', 'ko');
    await textOf('about-open-folder', '데이터 폴더 열기');
    await textOf('about-version', `버전 ${version}`);
  });

  test('saves a reminder time picked with a time control, and refuses an empty one', async () => {
    await start();
    await click('nav-settings');
    await vi.waitFor(() => expect($('nav-settings').getAttribute('aria-current')).toBe('page'));
    expect(location.hash).toBe('#/settings');
    const field = (await find('settings-reminder-time')) as HTMLInputElement;
    await vi.waitFor(() => expect(field.value).toBe('09:00'));
    expect(document.body.textContent).toContain('reminds you at this time on the day after');

    expect(field.type).toBe('time');
    await type('settings-reminder-time', '');
    await click('settings-reminder-save');
    await textOf('error-reminder_time', 'Reminder time must be a time of day like 09:00 or 18:30');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await backend.core('get_reminder_time')).toBe('09:00');

    await type('settings-reminder-time', '07:30');
    await click('settings-reminder-save');
    await textOf('settings-reminder-saved', '07:30');
    expect(backend.callsOf('set_reminder_time')[1].args).toEqual({ time: '07:30' });
    expect(await backend.core('get_reminder_time')).toBe('07:30');
    expect(field.value).toBe('07:30');
    expect(document.querySelector('[data-testid="error-reminder_time"]')).toBeNull();
  });

  test('a reminder time core refuses is shown on the field, in Korean too', async () => {
    await backend.core('set_language', { language: 'ko' });
    await start('#/settings');
    await textOf('nav-settings', '설정');
    await type('settings-reminder-time', '');
    await click('settings-reminder-save');
    await textOf('error-reminder_time', '알림 시각');
    expect($('error-reminder_time').textContent).toContain('입력');
    expect(await backend.core('get_reminder_time')).toBe('09:00');
  });

  test('starting at login is switched on and off; a refusal is said and the box stays true', async () => {
    await start('#/settings');
    const box = (await find('settings-autostart')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.closest('label')?.textContent).toContain('Start Casebook when I log in');
    expect($('settings-window').textContent).toBe(
      'Closing the window keeps Casebook running in the tray so reminders still arrive; use Quit in the tray menu to stop it.',
    );

    await click('settings-autostart');
    await textOf('settings-autostart-saved', 'Casebook will start when you log in.');
    expect(backend.callsOf('set_autostart')[0].args).toEqual({ enabled: true });
    expect(box.checked).toBe(true);

    backend.failNext.set('set_autostart', {
      code: 'conflict',
      message: 'the login items could not be changed',
    });
    await click('settings-autostart');
    await textOf('form-error', 'That could not be done: the login items could not be changed');
    expect(backend.autostart).toBe(true);
    expect(box.checked).toBe(true);
  });

  test('the language can be chosen here too', async () => {
    await start('#/settings');
    await choose('settings-language', 'ko');
    await textOf('nav-settings', '설정');
    expect(backend.callsOf('set_language')[0].args).toEqual({ language: 'ko' });
    expect(($('lang-select') as HTMLSelectElement).value).toBe('ko');
  });

  test('the name for dossiers is saved, and one too long is refused on its field', async () => {
    await start('#/settings');
    await type('settings-name', 'x'.repeat(201));
    await click('settings-name-save');
    await textOf('error-your_name', 'Your name');
    expect((await backend.core<{ your_name: string | null }>('get_settings')).your_name).toBeNull();
    await type('settings-name', 'Kim Jiwoo');
    await click('settings-name-save');
    await textOf('settings-name-saved', 'Saved.');
    expect((await backend.core<{ your_name: string | null }>('get_settings')).your_name).toBe('Kim Jiwoo');
  });

  test('exports write a spreadsheet and a calendar file, say where, and open them', async () => {
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-11-18 14:30',
        channel: 'phone',
        direction: 'outbound',
        agent: { name: 'Jane', code: '4471', department: null },
        reference: 'ABC-123',
        duration_min: null,
        hold_min: null,
        notes: 'Said approved',
        summary: null,
        promise: { description: 'Refund 30,000 won', due: '2099-11-30' },
      },
    });
    await start('#/settings');
    await click('export-spreadsheet');
    await vi.waitFor(() =>
      expect($('export-done').textContent).toMatch(
        /^Wrote 1 case, 1 contact and 1 promise to .*\/exports\/spreadsheet-\d{8}-\d{6}$/,
      ),
    );
    const folder = backend.callsOf('export_spreadsheet')[0].result as { folder: string };
    await click('export-open');
    expect(backend.callsOf('open_export')[0].args).toEqual({ path: folder.folder });
    expect($('export-open').textContent).toBe('Open the folder');

    await click('export-calendar');
    await vi.waitFor(() =>
      expect($('export-done').textContent).toMatch(
        /^Wrote 1 event to .*\/exports\/calendar-\d{8}-\d{6}\.ics\. Open it to add them to your calendar; opening a newer one updates them\.$/,
      ),
    );
    await textOf('export-open', 'Open in my calendar');
  });

  test('exports speak Korean, and say so when there is nothing for the calendar', async () => {
    await backend.core('set_language', { language: 'ko' });
    await start('#/settings');
    await textOf('exports', '내보내기');
    await click('export-calendar');
    await vi.waitFor(() =>
      expect($('export-done').textContent).toMatch(
        /^진행 중인 사건에 대기 중인 약속이나 확인 일정이 없어 빈 캘린더 파일을 저장했습니다: .*\/exports\/calendar-\d{8}-\d{6}\.ics$/,
      ),
    );
  });

  test('a reminder time that cannot be read leaves no endless Loading', async () => {
    backend.failNext.set('get_reminder_time', { code: 'storage', message: 'disk I/O error' });
    await start('#/settings');
    await textOf('app-error', 'disk I/O error');
    await find('settings-autostart');
    await find('trash-empty');
    await find('about-version');
    expect(document.querySelector('main')?.textContent).not.toContain('Loading');
  });
});

describe('deleting, undoing and Recently deleted', () => {
  test('a promise is deleted after asking, and Undo brings it back', async () => {
    const { caseId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    await start(`#/cases/${caseId}`);
    await textOf('timeline', 'Refund 30,000 won');
    await click('promise-delete');
    expect($('delete-confirm').textContent).toContain(
      'Delete “Refund 30,000 won”? It stays in Recently deleted (Settings) for 30 days.',
    );
    await vi.waitFor(() => expect(document.activeElement).toBe($('delete-yes')));
    await click('delete-yes');
    await textOf('undo-bar', 'Deleted promise “Refund 30,000 won”.');
    await vi.waitFor(() => expect($('timeline').textContent).not.toContain('Refund 30,000 won'));
    expect((await backend.core<{ promises: unknown[] }>('case_file', { id: caseId })).promises).toEqual([]);
    await click('undo');
    await textOf('timeline', 'Refund 30,000 won');
    expect(all('undo-bar')).toEqual([]);
  });

  test('Escape and "Keep it" leave the record alone', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await click('case-delete');
    expect($('delete-confirm').textContent).toContain(
      'Delete the case “Refund never came” with everything logged in it?',
    );
    pressEscape();
    expect(all('delete-confirm')).toEqual([]);
    expect(document.activeElement).toBe($('case-delete'));
    await click('case-delete');
    await click('delete-no');
    expect(backend.callsOf('delete_record')).toEqual([]);
  });

  test('a deleted case is listed in Settings with what went with it, and restored from there', async () => {
    const { caseId, companyId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    await start(`#/cases/${caseId}`);
    await click('case-delete');
    await click('delete-yes');
    await vi.waitFor(() => expect(location.hash).toBe(`#/companies/${companyId}`));
    await find('cases-empty');
    await go('#/settings');
    await textOf('trash-list', 'Refund never came');
    expect($('trash-item').textContent).toContain('Case · Acme Telecom · deleted');
    expect($('trash-item').textContent).toContain('With 1 promise');
    await click('trash-restore');
    await textOf('trash-done', '“Refund never came” is back.');
    await find('trash-empty');
    expect((await backend.core<{ case: { title: string } }>('case_file', { id: caseId })).case.title).toBe(
      'Refund never came',
    );
  });

  test('deleting a company says how many cases go with it, in Korean too', async () => {
    const { companyId } = await seed();
    await backend.core('set_language', { language: 'ko' });
    await start(`#/companies/${companyId}`);
    await textOf('nav-home', '홈');
    await find('case-list');
    await click('company-delete');
    expect($('delete-confirm').textContent).toContain(
      '“Acme Telecom” 회사와 사건 1건을 삭제할까요? 모두 30일 동안 최근 삭제한 항목(설정)에 남습니다.',
    );
    await click('delete-yes');
    await vi.waitFor(() => expect(location.hash).toBe('#/companies'));
    await textOf('undo-bar', '회사 “Acme Telecom” 삭제됨.');
  });

  test('a new user is told what Recently deleted is for', async () => {
    await start('#/settings');
    await textOf(
      'trash-empty',
      'Nothing was deleted in the last 30 days. When you delete a company, case, contact, promise or follow-up, it waits here so you can bring it back.',
    );
  });
});

describe('correcting what was logged', () => {
  test("a promise's due is corrected in place; a bad one is refused and what was typed stays", async () => {
    const { caseId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    await start(`#/cases/${caseId}`);
    await click('promise-edit');
    const due = (await find('promise-edit-due')) as HTMLInputElement;
    expect(due.value).toBe('2020-01-05');
    await vi.waitFor(() => expect(document.activeElement).toBe($('promise-edit-text')));
    await type('promise-edit-due', 'next week');
    await click('promise-edit-save');
    await textOf(
      'error-promise_due',
      'Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
    );
    expect(($('promise-edit-due') as HTMLInputElement).value).toBe('next week');
    await type('promise-edit-due', '2099-12-05');
    await click('promise-edit-save');
    await vi.waitFor(() => expect(all('promise-edit-form')).toEqual([]));
    await textOf('timeline', 'Due Sat, Dec 5, 2099');
    expect(document.activeElement).toBe($('promise-edit'));
    // The case file says the date moved, and from what.
    expect($('due-moved').textContent?.trim()).toMatch(
      /^Due date moved from Sun, Jan 5, 2020 on \w{3}, \w{3} \d{1,2}, \d{4}$/,
    );
  });

  test('a logged contact is corrected with its own form, and Escape leaves it as it was', async () => {
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-11-17T10:00:00+09:00',
        channel: 'phone',
        direction: 'outbound',
        agent: { name: 'Jane', code: '4471' },
        reference: 'ABC-123',
      },
    });
    await start(`#/cases/${caseId}`);
    await click('interaction-edit');
    expect(($('edit-agent-name') as HTMLInputElement).value).toBe('Jane');
    expect(($('edit-reference') as HTMLInputElement).value).toBe('ABC-123');
    expect(all('edit-promise-description')).toEqual([]);
    await type('edit-reference', 'ABC-124');
    await click('edit-save');
    await textOf('timeline', 'ABC-124');
    await click('interaction-edit');
    await type('edit-reference', 'XYZ');
    pressEscape();
    await click('discard-yes');
    await vi.waitFor(() => expect(all('edit-form')).toEqual([]));
    expect($('timeline').textContent).toContain('ABC-124');
  });

  test('a follow-up is corrected in Korean', async () => {
    const { caseId } = await seed();
    await backend.core('add_follow_up', {
      caseId,
      input: { kind: 'follow_up', note: 'Call again', due: '2099-11-30' },
    });
    await backend.core('set_language', { language: 'ko' });
    await start(`#/cases/${caseId}`);
    await textOf('nav-home', '홈');
    await click('follow-up-edit');
    await type('follow-up-edit-text', '');
    await click('follow-up-edit-save');
    await textOf('error-follow_up_note', '할 일을 입력하세요');
    await type('follow-up-edit-text', '다시 전화하기');
    await click('follow-up-edit-save');
    await textOf('timeline', '다시 전화하기');
  });
});

describe("a company's agents", () => {
  async function twoJanes(caseId: number) {
    for (const agent of [{ name: 'Jane', code: '4471' }, { name: 'jane k' }]) {
      await backend.core('log_interaction', {
        caseId,
        input: { occurred_at: '2026-11-17T10:00:00Z', channel: 'phone', direction: 'outbound', agent },
      });
    }
  }

  test('a new company says how agents are added', async () => {
    const { companyId } = await seed();
    await start(`#/companies/${companyId}`);
    await textOf('agents-empty', 'No agents yet. One is added when you log a contact with their name or ID.');
  });

  test('an agent is renamed, refused when left nameless, and two who are one person are merged', async () => {
    const { companyId, caseId } = await seed();
    await twoJanes(caseId);
    await start(`#/companies/${companyId}`);
    await vi.waitFor(() => expect(all('agent-row')).toHaveLength(2));
    const jane = all('agent-row').find((r) => r.textContent?.includes('4471'))!;
    (jane.querySelector('[data-testid="agent-edit"]') as HTMLButtonElement).click();
    flushSync();
    await type('agent-edit-name', ' ');
    await type('agent-edit-code', '');
    await click('agent-edit-save');
    await textOf('error-agent_name', 'Agent name must not be empty');
    await type('agent-edit-name', 'Jane Kim');
    await type('agent-edit-code', '4471');
    await click('agent-edit-save');
    await textOf('agents-done', 'Saved: Jane Kim (ID 4471).');

    // The list is asked again after the save; the merge choice names the new name once it is in.
    const { other, select, keep } = await vi.waitFor(() => {
      const other = all('agent-row').find((r) => r.textContent?.includes('jane k'))!;
      const select = other.querySelector('[data-testid="agent-same-as"]') as HTMLSelectElement;
      const keep = [...select.options].find((o) => o.textContent?.includes('Jane Kim'));
      expect(keep).toBeDefined();
      return { other, select, keep: keep! };
    });
    select.value = keep.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    const mergeButton = other.querySelector('[data-testid="agent-merge"]') as HTMLButtonElement;
    mergeButton.click();
    flushSync();
    await textOf(
      'agent-merge-question',
      'Merge jane k into Jane Kim (ID 4471)? Every contact and promise with jane k will name Jane Kim (ID 4471).',
    );
    await click('agent-merge-yes');
    await textOf('agents-done', 'Merged into Jane Kim (ID 4471).');
    await vi.waitFor(() => expect(all('agent-row')).toHaveLength(1));
    const file = await backend.core<{ interactions: { agent: { name: string } }[] }>('case_file', { id: caseId });
    expect(file.interactions.map((i) => i.agent.name)).toEqual(['Jane Kim', 'Jane Kim']);
  });
});

describe('the window title', () => {
  test('names the screen, and on a case the case and its company', async () => {
    const { companyId, caseId } = await seed();
    await start('#/companies');
    await vi.waitFor(() => expect(document.title).toBe('Companies — Casebook'));
    await go(`#/companies/${companyId}`);
    await vi.waitFor(() => expect(document.title).toBe('Acme Telecom — Casebook'));
    await go(`#/cases/${caseId}`);
    await vi.waitFor(() =>
      expect(document.title).toBe('Refund never came — Acme Telecom — Casebook'),
    );
    await go('#/settings');
    await vi.waitFor(() => expect(document.title).toBe('Settings — Casebook'));
  });
});

describe('words that say what to do', () => {
  test('in Korean the promise buttons are actions, and an empty "when" says what to enter', async () => {
    const { caseId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    await backend.core('set_language', { language: 'ko' });
    await start(`#/cases/${caseId}`);
    await textOf('promise-kept', '지켜짐으로 표시');
    await textOf('promise-broken', '안 지켜짐으로 표시');
    await type('log-at', '');
    await type('log-notes', '전화 안 받음');
    await click('log-save');
    await textOf('error-occurred_at', '연락한 때를 입력하세요. 예: 2026.11.30 17:00');
  });
});

describe('how far a due is', () => {
  test('the home screen says Today, Tomorrow and In 3 days beside the date, in Korean too', async () => {
    const { caseId } = await seed();
    const day = (n: number) => {
      const d = new Date();
      d.setDate(d.getDate() + n);
      return d.toLocaleDateString('sv-SE');
    };
    await overduePromise(caseId, 'Call back', day(0));
    await overduePromise(caseId, 'Technician', day(1));
    await overduePromise(caseId, 'Letter', day(3));
    await start();
    await textOf('home-due-soon', 'Letter');
    const said = all('due-soon-item').map((i) => i.querySelector('[data-testid="due-from-today"]')?.textContent);
    expect(said).toEqual(['Today', 'Tomorrow', 'In 3 days']);
    await choose('lang-select', 'ko');
    await textOf('home-due-soon', '3일 남음');
  });
});

describe('long titles in lists', () => {
  test('are cut on the home screen and whole in the tooltip', async () => {
    const { caseId, companyId } = await seed();
    const long = 'Refund of the double charge for the router rental '.repeat(4).trim();
    await backend.core('update_case', {
      id: caseId,
      input: { company_id: companyId, title: long, description: null, desired_outcome: null, amount: null, currency: null, identifiers: [], escalation: 'agent' },
    });
    await overduePromise(caseId, 'Refund 30,000 won');
    await start();
    await textOf('home-overdue', 'Refund 30,000 won');
    const title = $('due-case-link').querySelector('.case-title') as HTMLElement;
    expect(title.getAttribute('title')).toBe(long);
  });
});

describe('a long backlog', () => {
  test('home shows the first few grouped by case, and the full list reaches every item', async () => {
    const { caseId, companyId } = await seed();
    const other = await backend.core<{ id: number }>('open_case', {
      input: { company_id: companyId, title: 'Broken router', identifiers: [], escalation: 'agent' },
    });
    for (let n = 0; n < 104; n++) {
      const due = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
      await overduePromise(n % 2 ? caseId : other.id, `Promise ${n}`, due);
    }
    await start();
    await textOf('home-overdue', 'Promise 0');
    expect(all('overdue-item')).toHaveLength(10);
    // Two cases, each one link, however many items they hold; one snooze button per item.
    expect(all('due-case-link').map((a) => a.textContent?.trim())).toEqual([
      'Acme Telecom · Broken router',
      'Acme Telecom · Refund never came',
    ]);
    expect($('home-overdue').querySelectorAll('button')).toHaveLength(10);
    await textOf('home-overdue-all', 'See all 104 overdue');
    await click('home-overdue-all');
    await vi.waitFor(() => expect(location.hash).toBe('#/overdue'));
    await textOf('overdue-count', '100 of 104 shown');
    expect(document.title).toBe('Everything overdue — Casebook');
    await click('overdue-more');
    await textOf('overdue-count', '104 of 104 shown');
    expect(all('overdue-more')).toEqual([]);
    const texts = all('overdue-item').map((i) => i.querySelector('.what')?.textContent);
    expect(new Set(texts).size).toBe(104);
    expect(texts).toContain('Promise 103');
  });
});

describe('the case screen on a narrow window', () => {
  test('"Log a contact" and N open the form with the cursor in it; the saved contact is shown', async () => {
    viewport(900, 600);
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await find('case-log');
    expect(all('log-form')).toEqual([]);
    await click('case-log');
    await vi.waitFor(() => expect(document.activeElement).toBe($('log-at')));
    await click('case-log-close');
    expect(all('log-form')).toEqual([]);
    await vi.waitFor(() => expect(document.activeElement).toBe($('case-log')));
    // N does the same from anywhere but a field.
    (document.activeElement as HTMLElement).blur();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    flushSync();
    await vi.waitFor(() => expect(document.activeElement).toBe($('log-at')));
    await type('log-at', '2026.11.20 10:15');
    await type('log-notes', 'Asked for the refund again');
    await click('log-save');
    // The form closes and the new contact has the focus, in the timeline.
    await vi.waitFor(() => expect(all('log-form')).toEqual([]));
    await vi.waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Asked for the refund again'),
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('timeline-item');
    const file = await backend.core<{ interactions: { occurred_at: string }[] }>('case_file', {
      id: caseId,
    });
    expect(new Date(file.interactions[0].occurred_at).getDate()).toBe(20);
  });

  test('a half-typed contact is kept across screens and put back, and saving it clears it', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await type('log-notes', 'Agent said the refund left on Friday');
    await type('log-reference', 'R-88');
    await go('#/companies');
    await find('company-add');
    await go(`#/cases/${caseId}`);
    await textOf('draft-restored', 'Put back what you typed and did not save');
    expect(($('log-notes') as HTMLTextAreaElement).value).toBe(
      'Agent said the refund left on Friday',
    );
    expect(($('log-reference') as HTMLInputElement).value).toBe('R-88');
    await click('log-save');
    await textOf('timeline', 'R-88');
    expect(await backend.core('get_draft', { form: 'contact', ownerId: caseId })).toBeNull();
    expect(($('log-notes') as HTMLTextAreaElement).value).toBe('');
  });

  test('a draft write that never answers holds the form back a second, not for good', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await type('log-notes', 'Agent said the refund left on Friday');
    // Leaving writes the draft; this write is never answered.
    backend.hanging.add('save_draft');
    await go('#/companies');
    await find('company-add');
    await vi.waitFor(() => expect(backend.callsOf('save_draft')).toHaveLength(1), { timeout: 2000 });
    backend.hanging.delete('save_draft');
    await go(`#/cases/${caseId}`);
    // The form opened again reads its draft after that write, or a second at most.
    await contactFormReady();
    await type('log-notes', 'Refund reference R-88');
    await vi.waitFor(
      async () => {
        const draft = await backend.core<{ body: { values: { notes: string } } } | null>(
          'get_draft',
          { form: 'contact', ownerId: caseId },
        );
        expect(draft?.body.values.notes).toBe('Refund reference R-88');
      },
      { timeout: 2000, interval: 50 },
    );
  });

  test('newest first is remembered; a resolved case is read-mostly and said so', async () => {
    const { caseId } = await seed();
    for (const [at, notes] of [
      ['2026-11-01 10:00', 'First call'],
      ['2026-11-05 10:00', 'Second call'],
    ]) {
      await backend.core('log_interaction', {
        caseId,
        input: { occurred_at: at, channel: 'phone', notes },
      });
    }
    await backend.core('add_promise', { caseId, input: { description: 'Refund', due: '2099-01-01' } });
    await start(`#/cases/${caseId}`);
    await textOf('timeline', 'Second call');
    const firstItem = () => all('timeline-item')[0].textContent ?? '';
    expect(firstItem()).toContain('First call');
    await choose('timeline-order', 'newest');
    await vi.waitFor(() => expect(firstItem()).toContain('Refund'));
    expect(((await backend.core('get_settings')) as { newest_first: boolean }).newest_first).toBe(
      true,
    );

    await click('case-resolve');
    await textOf('resolve-stopping', 'Resolving stops this reminding you:');
    expect($('resolve-stopping').textContent).toContain('Refund');
    await click('resolve-confirm');
    await textOf('case-read-only', 'Reopen it to log more');
    expect(all('log-form')).toEqual([]);
    expect(all('followup-form')).toEqual([]);
    expect(all('promise-kept')).toEqual([]);
    expect(all('case-log')).toEqual([]);
    await vi.waitFor(() => expect(document.activeElement).toBe($('case-reopen')));
  });
});

describe('a company page', () => {
  test('lists the longest-overdue case first, hides resolved ones until asked, and says Overdue since', async () => {
    const { caseId, companyId } = await seed();
    const quiet = await backend.core<{ id: number }>('open_case', {
      input: { company_id: companyId, title: 'Nothing due yet', identifiers: [], escalation: 'agent' },
    });
    const done = await backend.core<{ id: number }>('open_case', {
      input: { company_id: companyId, title: 'Settled', identifiers: [], escalation: 'agent' },
    });
    await backend.core('resolve_case', { id: done.id, outcome: 'got_it', note: null });
    await overduePromise(caseId, 'Refund 30,000 won', '2020-01-05');
    await start(`#/companies/${companyId}`);
    await textOf('case-list', 'Refund never came');
    const rows = () => all('case-row').map((r) => r.querySelector('.title')?.textContent);
    expect(rows()).toEqual(['Refund never came', 'Nothing due yet']);
    expect($('case-row-due').textContent?.trim()).toBe('Overdue since Sun, Jan 5, 2020');
    expect(all('case-row')[0].textContent).toContain('Escalation: Agent');
    await find('show-resolved');
    expect($('show-resolved').closest('label')?.textContent?.trim()).toBe('Show 1 resolved case');
    await click('show-resolved');
    await vi.waitFor(() =>
      expect(rows()).toEqual(['Refund never came', 'Nothing due yet', 'Settled']),
    );
    expect(quiet.id).toBeGreaterThan(0);
  });

  test('a phone number is copied with one click, and says so', async () => {
    const { companyId } = await seed();
    await start(`#/companies/${companyId}`);
    await textOf('company-title', 'Acme Telecom');
    const copy = all('contact-copy')[0];
    expect(copy.getAttribute('aria-label')).toBe('Copy 080-123-4567');
    copy.click();
    await textOf('contact-said', 'Copied');
    expect(await navigator.clipboard.readText()).toBe('080-123-4567');
    expect(all('contact-open')[0].getAttribute('aria-label')).toBe(
      'Open https://acme.example in your browser',
    );
  });
});

describe('dates that look mistyped', () => {
  test('a contact in the future and a promise due before it are warned about, and still saved', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await type('log-at', '2099.01.10');
    $('log-at').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await textOf('warning-occurred_at', 'This is in the future: check the date');
    expect($('log-at').getAttribute('aria-invalid')).toBeNull();
    await type('log-promise-description', 'Refund');
    await type('log-promise-due', '2099.01.05');
    $('log-promise-due').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await textOf('warning-promise_due', 'This is before the contact that made the promise');
    await click('log-save');
    await vi.waitFor(async () =>
      expect(
        ((await backend.core('case_file', { id: caseId })) as { promises: unknown[] }).promises,
      ).toHaveLength(1),
    );
  });

  test('in Korean too', async () => {
    const { caseId } = await seed();
    await backend.core('set_language', { language: 'ko' });
    await start(`#/cases/${caseId}`);
    await textOf('nav-home', '홈');
    await type('log-at', '2062.11.20');
    $('log-at').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await textOf('warning-occurred_at', '미래의 날짜입니다. 날짜를 확인하세요');
  });
});

describe('search', () => {
  test('a Korean word and a reference fragment find the case; Enter opens it; markup stays text', async () => {
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-11-10 10:00',
        channel: 'phone',
        reference: 'REF-44712',
        notes: `상담원이 환불해 주기로 했음 ${XSS}`,
      },
    });
    await start();
    await type('search-input', '환불');
    await textOf('search-results', 'Refund never came');
    expect($('search-snippet').querySelector('mark')?.textContent).toBe('환불');
    expect($('search-snippet').querySelector('img')).toBeNull();
    expect($('search-snippet').textContent).toContain(XSS);
    await type('search-input', 'ref-4471');
    await vi.waitFor(() =>
      expect($('search-snippet').querySelector('mark')?.textContent).toBe('REF-4471'),
    );
    const box = $('search-input');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(location.hash).toBe(`#/cases/${caseId}`));
    await textOf('case-header-title', 'Refund never came');
  });

  test('says when nothing matches, in Korean too, and Ctrl+K puts the cursor in the box', async () => {
    await seed();
    await backend.core('set_language', { language: 'ko' });
    await start();
    await textOf('nav-home', '홈');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    expect(document.activeElement).toBe($('search-input'));
    await type('search-input', 'NEAR("');
    await textOf('search-none', '그 글자가 들어 있는 사건이 없습니다.');
  });
});

describe('backups in Settings', () => {
  test('a new user is told when the first is made; Back up now makes one and lists it', async () => {
    await seed();
    await start('#/settings');
    await textOf('backups-empty', 'No backups yet. The first is made today');
    await click('backup-now');
    await textOf('backup-made', 'Backed up (');
    await textOf('backup-list', '1 case · ');
    expect(all('backup-row')).toHaveLength(1);
    expect($('backup-row').textContent).toMatch(/casebook-\d{8}-\d{6}\.sqlite3/);
  });

  test('a backup is restored after asking, and the restore is undone', async () => {
    const { companyId } = await seed();
    await start('#/settings');
    await click('backup-now');
    await textOf('backup-list', '1 case · ');
    await backend.core('open_case', {
      input: { company_id: companyId, title: 'Made after the backup', identifiers: [], escalation: 'agent' },
    });
    await click('restore');
    await textOf('restore-question', 'Replace all your data with the backup from');
    await vi.waitFor(() => expect(document.activeElement).toBe($('restore-no')));
    await click('restore-yes');
    await textOf('backup-made', 'Restored the backup from');
    expect($('backup-made').textContent).toContain(': 1 case.');
    expect(await caseCount(companyId)).toBe(1);
    await vi.waitFor(() => expect(document.activeElement).toBe($('restore-undo')));
    await click('restore-undo');
    await textOf('backup-made', 'The data is back as it was before the restore.');
    expect(await caseCount(companyId)).toBe(2);
  });

  test('in Korean', async () => {
    await seed();
    await backend.core('set_language', { language: 'ko' });
    await start('#/settings');
    await textOf('backups', '백업');
    await click('backup-now');
    await textOf('backup-list', '사건 1건 · ');
  });
});

describe('a call', () => {
  test('the panel before it lists what to have at hand, and Add it opens the case form', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await textOf('prep-identifiers', 'A-77');
    await textOf('prep-identifiers', '1234-5678');
    await textOf('prep-tried', 'No contact logged yet: this is the first.');
    expect($('prep-check-identifiers').textContent).toContain('Ready');
    expect($('prep-check-problem').textContent).toContain('Missing');
    await click('prep-add-problem');
    await find('case-form');
    expect(all('prep')).toHaveLength(0);
  });

  test('a case with nothing yet to say or read out gets the checklist alone, not an empty column', async () => {
    const company = await backend.core<{ id: number }>('create_company', {
      input: { name: 'Delta Mobile', phones: [], emails: [], social: [], website: null, help_url: null, chat_url: null, accounts: [], notes: null },
    });
    const opened = await backend.core<{ id: number }>('open_case', {
      input: blankCase(company.id, 'Roaming charge refund'),
    });
    await start(`#/cases/${opened.id}`);
    await textOf('prep-tried', 'No contact logged yet: this is the first.');
    // One column, the checklist's, across the card.
    expect($('prep').querySelector('.columns')?.children).toHaveLength(1);
    expect($('prep-check-identifiers').textContent).toContain('Missing');
  });

  test('call mode reads the due as typed, reads back what is missing, saves and confirms', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await click('prep-start-call');
    await textOf('call-outcome', 'Refund of 30,000 won to my card');
    await click('call-hold');
    expect($('call-hold').getAttribute('aria-pressed')).toBe('true');
    await click('call-hold');
    await type('call-agent-name', 'Jane');
    await type('call-agent-code', '4471');
    await type('call-promise', 'Refund 30,000 won');
    await type('call-due', 'in 3 business days');
    await type('call-if-not-done', XSS);
    await vi.waitFor(() => expect($('call-due-reads').textContent).toMatch(/^\s*That is .+\.\s*$/), {
      timeout: 3000,
    });
    await click('call-end');
    await textOf('read-back-agent_name', 'Jane');
    await textOf('read-back-reference', 'Missing');
    await textOf('read-back-due', '(in 3 business days)');
    expect($('read-back-if_not_done').textContent).toContain(XSS);
    expect(document.querySelector('img')).toBeNull();

    await click('call-save');
    await find('call-confirm-message');
    const [sent] = backend.callsOf('log_call');
    const input = sent.args.input as { channel: string; duration_min: string; hold_min: string };
    expect(input.channel).toBe('phone');
    expect(input.duration_min).toMatch(/^0:0\d$/);
    expect($('call-confirm-message').textContent).toMatch(
      /^As discussed today at \d\d:\d\d with Jane \(ID 4471\)\. You promised: refund 30,000 won, by \d+ \w{3}\. If it is not done: <img src=x onerror=alert\(1\)>\. Please reply if any of this is not what we agreed\.$/,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(await backend.core('get_draft', { form: 'call', ownerId: caseId })).toBeNull();
  });

  test('a call kept from before is gone on with, or let go for a new one', async () => {
    const { caseId } = await seed();
    await backend.core('save_draft', {
      form: 'call',
      ownerId: caseId,
      body: {
        values: { agent_name: 'Minji' },
        startedAt: '2026-11-20T05:05:00.000Z',
        heldMs: 0,
        holdSince: null,
        endedAt: null,
      },
    });
    await start(`#/cases/${caseId}`);
    await textOf('prep-start-call', 'Go on with the call started');
    await click('prep-start-call');
    await textOf('call-resumed', 'Went on with the call you started at');
    expect(($('call-agent-name') as HTMLInputElement).value).toBe('Minji');
    await click('call-start-over');
    expect(($('call-agent-name') as HTMLInputElement).value).toBe('');
    expect(all('call-resumed')).toHaveLength(0);
    expect($('call-timer').textContent).toMatch(/^0:0\d$/);
  });

  test('in Korean, the read-back says what is missing', async () => {
    const { caseId } = await seed();
    await backend.core('set_language', { language: 'ko' });
    await start(`#/cases/${caseId}/call`);
    await type('call-due', '영업일 기준 3일');
    await click('call-end');
    await textOf('read-back-agent_name', '없음');
    await textOf('read-back-due', '(영업일 기준 3일)');
    await textOf('read-back', '끊기 전에 다시 읽어 확인하세요');
  });
});

describe('the ladder, time limits and letters', () => {
  /** Two contacts by phone, each with a promise that was broken. */
  async function twoBrokenPromises(caseId: number) {
    for (const [at, due] of [
      ['2026-01-12 10:00', '2026-01-15'],
      ['2026-01-16 10:00', '2026-01-20'],
    ]) {
      const logged = await backend.core<{ id: number }>('log_interaction', {
        caseId,
        input: {
          occurred_at: at,
          channel: 'phone',
          notes: XSS,
          promise: { description: 'Refund', due },
        },
      });
      const file = await backend.core<{ promises: { id: number; interaction_id: number }[] }>(
        'case_file',
        { id: caseId },
      );
      const promise = file.promises.find((p) => p.interaction_id === logged.id)!;
      await backend.core('set_promise_status', { id: promise.id, status: 'broken' });
    }
  }

  test('the ladder says why to go higher and takes the case up', async () => {
    const { caseId } = await seed();
    await twoBrokenPromises(caseId);
    await start(`#/cases/${caseId}`);
    await textOf('ladder-advice', '2 promises broken');
    expect($('ladder-agent').getAttribute('aria-current')).toBe('step');
    await click('ladder-go');
    await textOf('ladder-said', 'The case is now at: Supervisor');
    await textOf('timeline-escalation', 'Taken from Agent to Supervisor');
    const file = await backend.core<{ case: { escalation: string } }>('case_file', { id: caseId });
    expect(file.case.escalation).toBe('supervisor');
  });

  test('naming the country and business lists the limits with their sources; a start day is set', async () => {
    const { caseId } = await seed();
    await twoBrokenPromises(caseId);
    await start(`#/cases/${caseId}`);
    await find('clocks-empty');
    await choose('clocks-country', 'GB');
    await choose('clocks-sector', 'financial');
    await vi.waitFor(() => expect(all('clock').length).toBe(3), { timeout: 2000 });
    const first = all('clock')[0];
    expect(first.dataset.rule).toBe('UK-FOS-8W');
    expect(first.textContent).toContain('Source: FCA Handbook DISP');
    await textOf(
      'clocks-reminds',
      'While the case is open, Casebook reminds you 3 days before each date and on the day itself, even with the window closed.',
    );
    await type('clock-day-final_response', 'someday');
    await click('clock-set-final_response');
    await textOf('clocks-error', 'Day it started');
    await type('clock-day-final_response', '2026-03-02');
    await click('clock-set-final_response');
    await vi.waitFor(
      () => expect(all('clock').filter((c) => c.dataset.rule === 'UK-FOS-6M')[0].textContent).toContain('2026'),
      { timeout: 2000 },
    );
  });

  test('the dossier is made as a PDF in the exports folder and opened from the case', async () => {
    const { caseId } = await seed();
    await twoBrokenPromises(caseId);
    await start(`#/cases/${caseId}`);
    await textOf('dossier', 'One PDF with the whole history in date order');
    await click('dossier-make');
    await vi.waitFor(() =>
      expect($('dossier-made').textContent).toMatch(
        new RegExp(`^Saved .*/exports/dossier-case-${caseId}-\\d{8}-\\d{6}\\.pdf$`),
      ),
    );
    const made = backend.callsOf('make_dossier')[0];
    expect(made.args).toEqual({ caseId, lang: 'en' });
    expect((made.result as { bytes: number }).bytes).toBeGreaterThan(1000);
    await click('dossier-open');
    expect(backend.callsOf('open_export')[0].args).toEqual({ path: (made.result as { file: string }).file });
    await choose('dossier-lang', 'ko');
    await click('dossier-make');
    await vi.waitFor(() => expect(backend.callsOf('make_dossier')[1].args).toEqual({ caseId, lang: 'ko' }));
  });

  test('a letter is written from the case; what the user typed stays text', async () => {
    const { caseId } = await seed();
    await twoBrokenPromises(caseId);
    await start(`#/cases/${caseId}`);
    await choose('letters-kind', 'referral');
    await click('letters-write');
    await textOf('letter-subject', 'Complaint summary for referral: Refund never came');
    expect($('letter-body').textContent).toContain(XSS);
    expect(document.querySelector('img')).toBeNull();
    await choose('letters-lang', 'ko');
    await click('letters-write');
    await textOf('letter-subject', '분쟁조정 신청용 요약: Refund never came');
    await click('letters-attach');
    await textOf('letters-said', "Kept with the case's evidence as 분쟁조정 신청용 요약: Refund never came.txt: the dossier lists it.");
    await vi.waitFor(() => expect(all('attachment-name').map((e) => e.textContent)).toContain('분쟁조정 신청용 요약: Refund never came.txt'));
  });
});

describe('evidence', () => {
  /** The smallest PNG: one transparent pixel. */
  const PNG = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );

  function paste(file: File) {
    const data = new DataTransfer();
    data.items.add(file);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }

  test('a pasted screenshot is attached, shown as a thumbnail, and removed only after asking', async () => {
    const { caseId } = await seed();
    await start(`#/cases/${caseId}`);
    await textOf('attachments', 'drop files anywhere on this case, paste a screenshot, or choose files');
    paste(new File([PNG], 'image.png', { type: 'image/png' }));
    await textOf('attach-said', 'Attached 1 file.');
    const sent = backend.callsOf('attach_bytes')[0].args as { name: string; data: string };
    expect(sent.name).toMatch(/^Screenshot \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\.png$/);
    await vi.waitFor(() => expect(all('attachment-thumbnail').length).toBe(1), { timeout: 3000 });
    const img = $('attachment-thumbnail').querySelector('img') as HTMLImageElement;
    expect(img.src.startsWith('data:image/png;base64,')).toBe(true);
    expect($('attachment-name').textContent).toBe(sent.name);
    const file = await backend.core<{ attachments: { sha256: string; bytes: number }[] }>('case_file', { id: caseId });
    expect(file.attachments[0].bytes).toBe(PNG.length);
    expect(file.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    await click('attachment-open');
    expect(backend.callsOf('open_attachment')[0].args).toEqual({ id: expect.any(Number) });

    await click('attachment-remove');
    await textOf('attachment-question', `Remove ${sent.name} from this case?`);
    await click('attachment-keep');
    expect(all('attachment').length).toBe(1);
    await click('attachment-remove');
    await click('attachment-remove-yes');
    await vi.waitFor(() => expect(all('attachment').length).toBe(0));
    const after = await backend.core<{ attachments: unknown[] }>('case_file', { id: caseId });
    expect(after.attachments).toEqual([]);
  });

  test('files dropped on the log form are attached to the contact once it is saved', async () => {
    const { caseId } = await seed();
    const dir = mkdtempSync(join(tmpdir(), 'casebook-drop-'));
    const receipt = join(dir, 'receipt.png');
    writeFileSync(receipt, PNG);
    const chat = join(dir, 'chat.txt');
    writeFileSync(chat, 'They said Friday');
    await start(`#/cases/${caseId}`);
    const form = await find('log-form');
    // What the case screen does with a drop on the form.
    form.dispatchEvent(new CustomEvent('attachfiles', { detail: [receipt, chat] }));
    await vi.waitFor(() => expect(all('log-pending-file').map((e) => e.textContent)).toEqual(['receipt.png', 'chat.txt']));
    expect($('log-pending').textContent).toContain('Attached to this contact when you save it:');
    (document.querySelector('[aria-label="Do not attach chat.txt"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(all('log-pending-file').length).toBe(1));
    expect(backend.callsOf('attach_files')).toEqual([]);
    await type('log-notes', 'Sent the receipt');
    await click('log-save');
    await vi.waitFor(() => expect(backend.callsOf('attach_files').length).toBe(1));
    const logged = backend.callsOf('log_interaction')[0].result as { id: number };
    expect(backend.callsOf('attach_files')[0].args).toEqual({ caseId, interactionId: logged.id, paths: [receipt] });
    await vi.waitFor(() => expect(all('attachment-name').map((e) => e.textContent)).toEqual(['receipt.png']));
    expect(document.querySelector('[data-testid="log-pending"]')).toBeNull();
  });

  test("files chosen in the system's dialog are attached to the case; cancelling attaches nothing", async () => {
    const { caseId } = await seed();
    const dir = mkdtempSync(join(tmpdir(), 'casebook-choose-'));
    const letter = join(dir, 'letter.pdf');
    writeFileSync(letter, '%PDF-1.4 the letter');
    await start(`#/cases/${caseId}`);
    await click('attach-choose');
    await vi.waitFor(() => expect(backend.callsOf('choose_files').length).toBe(1));
    expect(backend.callsOf('attach_files')).toEqual([]);

    backend.chosenFiles = [letter];
    await click('attach-choose');
    await textOf('attach-said', 'Attached 1 file.');
    expect(backend.callsOf('attach_files')[0].args).toEqual({ caseId, interactionId: null, paths: [letter] });
    await vi.waitFor(() => expect(all('attachment-name').map((e) => e.textContent)).toEqual(['letter.pdf']));
  });

  test('a file too large is refused with what to do, in Korean too', async () => {
    const { caseId } = await seed();
    await backend.core('set_language', { language: 'ko' });
    await start(`#/cases/${caseId}`);
    await find('attachments');
    backend.failNext.set('attach_bytes', { code: 'too_large', message: 'video.mp4' });
    paste(new File([PNG], 'video.mp4', { type: 'video/mp4' }));
    await textOf('attach-error', 'video.mp4의 크기가 200MB를 넘어 첨부할 수 없습니다. 더 작은 사본이나 일부만 첨부하세요.');
  });
});

describe('scorecards', () => {
  async function logged(caseId: number, agent: string, due: string, status: 'kept' | 'broken' | null, hold: string | null) {
    const i = await backend.core<{ id: number }>('log_interaction', {
      caseId,
      input: {
        occurred_at: '2026-01-02 10:00',
        channel: 'phone',
        direction: 'outbound',
        agent: { name: agent, code: null, department: null },
        reference: null,
        duration_min: null,
        hold_min: hold,
        notes: 'Called',
        summary: null,
        promise: { description: 'Refund', due },
      },
    });
    const file = await backend.core<{ promises: { id: number; interaction_id: number }[] }>('case_file', { id: caseId });
    const p = file.promises.find((x) => x.interaction_id === i.id)!;
    if (status) await backend.core('set_promise_status', { id: p.id, status });
  }

  test("a company's record shows its promises, contacts, hold time and agents; a new one says what to do", async () => {
    const { companyId, caseId } = await seed();
    await start(`#/companies/${companyId}`);
    await textOf('scorecard-empty', 'Nothing logged with them yet.');
    await logged(caseId, 'Jane', '2026-01-05', 'kept', '10');
    await logged(caseId, 'Jane', '2026-01-06', 'broken', '30');
    await logged(caseId, 'Tom', '2026-01-07', 'broken', null);
    await go(`#/companies/${companyId}`);
    await textOf('score-theirs', '3 made · 1 kept · 2 broken · 0 withdrawn · 0 pending');
    await textOf('score-rate', 'Broken: 67% of those kept or broken');
    await textOf('score-contacts', 'Cases: 1 · contacts: 3 · 3 a case');
    await textOf('score-hold', '40 minutes on hold in all (20 a contact, median)');
    expect(all('score-agent').map((e) => e.textContent?.trim())).toEqual(['Jane: promises made 2, kept 1', 'Tom: promises made 1, kept 0']);
    await textOf('score-channels', 'Phone');
    await choose('lang-select', 'ko');
    await textOf('score-rate', '어긴 비율: 지켰거나 어긴 약속 중 67%');
  });

  test('the Record screen puts the worst promise-keeper first and sorts by any column', async () => {
    await start('#/record');
    await textOf('record-empty', 'No companies yet.');
    const { caseId } = await seed();
    await logged(caseId, 'Jane', '2026-01-05', 'kept', null);
    const beta = await backend.core<{ id: number }>('create_company', {
      input: { name: 'Beta Bank', phones: [], emails: [], social: [], website: null, help_url: null, chat_url: null, accounts: [], notes: null },
    });
    const fee = await backend.core<{ id: number }>('open_case', {
      input: { company_id: beta.id, title: 'Fee', description: null, desired_outcome: null, amount: null, currency: null, identifiers: [], escalation: 'agent' },
    });
    await logged(fee.id, 'Kim', '2026-01-05', 'broken', null);
    await go('#/');
    await go('#/record');
    await vi.waitFor(() => expect(all('record-row').map((r) => r.querySelector('th')?.textContent)).toEqual(['Beta Bank', 'Acme Telecom']));
    expect(all('record-rate').map((e) => e.textContent)).toEqual(['100%', '0%']);
    await click('record-sort-company');
    expect(all('record-row').map((r) => r.querySelector('th')?.textContent)).toEqual(['Acme Telecom', 'Beta Bank']);
    expect($('record-sort-company').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await click('record-sort-company');
    expect(all('record-row').map((r) => r.querySelector('th')?.textContent)).toEqual(['Beta Bank', 'Acme Telecom']);
  });

  test('the Record screen charts the last 12 months and adds up what came back by year', async () => {
    const { caseId, companyId } = await seed();
    await start('#/record');
    await textOf('record-activity-empty', 'No contacts in the last 12 months yet.');
    await textOf('record-recovered-empty', 'Nothing recovered yet.');
    // A contact today with a promise due today: this month's bars, the last of twelve.
    const today = new Date();
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await backend.core('log_interaction', {
      caseId,
      input: {
        occurred_at: `${day(today)} 00:01`,
        channel: 'chat',
        direction: 'outbound',
        agent: { name: null, code: null, department: null },
        reference: null,
        duration_min: null,
        hold_min: null,
        notes: 'Asked again',
        summary: null,
        promise: { description: 'Refund', due: day(today) },
      },
    });
    await backend.core('resolve_case', { id: caseId, outcome: 'got_it', note: null, recovered: '30,000' });
    await go('#/');
    await go('#/record');
    await vi.waitFor(() => expect(all('record-month')).toHaveLength(12));
    const last = all('record-month')[11];
    const cells = [...last.querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    const name = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short' }).format(today);
    expect(cells).toEqual([name, '1', '1', '0']);
    const years = all('record-year').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));
    expect(years).toEqual([[String(today.getFullYear()), '₩30,000']]);
    await go(`#/companies/${companyId}`);
    await textOf('score-money', '₩0 at stake in open cases · ₩30,000 recovered · ₩0 given up');
    await choose('lang-select', 'ko');
    await textOf('score-money', '진행 중인 사건의 금액 0원 · 돌려받은 금액 30,000원 · 포기한 금액 0원');
    await go('#/record');
    await vi.waitFor(() => expect(all('record-month')).toHaveLength(12));
    const ko = new Intl.DateTimeFormat('ko', { year: 'numeric', month: 'short' }).format(today);
    expect(all('record-month')[11].querySelector('th')?.textContent?.trim()).toBe(ko);
    await textOf('record-activity', '최근 12개월');
  });
});

describe('clients', () => {
  test('a company marked as a client is called a client on its screens', async () => {
    const { companyId } = await seed();
    await start(`#/companies/${companyId}`);
    await textOf('company-edit', 'Edit company');
    await click('company-edit');
    await click('company-client');
    await click('company-save');
    await textOf('company-client', 'Client');
    await textOf('company-edit', 'Edit client');
    expect(backend.callsOf('update_company')[0].args).toMatchObject({ input: { client: true } });
    await go('#/companies');
    await textOf('company-list', 'Client');
    await choose('lang-select', 'ko');
    await go(`#/companies/${companyId}`);
    await textOf('company-edit', '고객 정보 수정');
  });
});

describe('a long screen draws what the window shows first', () => {
  /** Lays the page out as a short window would: every element's top is far below its bottom
   * edge, as where the lists below a full overdue list, or a case's preparation, begin. */
  function shortWindow() {
    return vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(0, 5000, 100, 20));
  }

  /** Holds animation frames until `frame()` runs the ones asked for so far. */
  function heldFrames() {
    const asked: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => asked.push(f));
    return () => {
      for (const f of asked.splice(0)) f(performance.now());
      flushSync();
    };
  }

  test('home: the lists below a full overdue list, and its items after the first six, come once its first frame is painted', async () => {
    const { caseId } = await seed();
    for (let n = 1; n <= 8; n++) await overduePromise(caseId, `Refund ${n}`, `2026-01-0${n}`);
    const layout = shortWindow();
    const frame = heldFrames();
    const overdue = () => all('overdue-item').map((i) => i.querySelector('.what')?.textContent);
    try {
      await start();
      await textOf('home-overdue', 'Refund 1');
      expect(overdue()).toEqual(['Refund 1', 'Refund 2', 'Refund 3', 'Refund 4', 'Refund 5', 'Refund 6']);
      // All eight come with the home screen: no link to the full list, not even for a frame.
      expect(all('home-overdue-all')).toEqual([]);
      expect(document.querySelector('[data-testid="home-companies"]')).toBeNull();
      expect(document.querySelector('[data-testid="home-due-soon"]')).toBeNull();
      frame(); // the first frame, with the overdue list, is painted
      expect(document.querySelector('[data-testid="home-companies"]')).toBeNull();
      frame(); // the next one begins
      await textOf('home-companies', 'Refund never came');
      await textOf('home-due-soon', 'Nothing is due in the next 7 days.');
      expect(overdue()).toHaveLength(8);
      expect(overdue().at(-1)).toBe('Refund 8');
      expect(all('home-overdue-all')).toEqual([]);
    } finally {
      layout.mockRestore();
    }
  });

  test('home: in a window the overdue list does not fill, everything comes in the first frame', async () => {
    const { caseId } = await seed();
    await overduePromise(caseId, 'Refund 30,000 won');
    heldFrames();
    await start();
    await textOf('home-overdue', 'Refund 30,000 won');
    await textOf('home-companies', 'Refund never came');
  });

  test('a case: the timeline comes after the head and the preparation; N opens the contact form at once', async () => {
    const { caseId } = await seed();
    await backend.core('log_interaction', {
      caseId,
      input: { occurred_at: '2026-11-01 10:00', channel: 'phone', reference: 'REF-1' },
    });
    const layout = shortWindow();
    const frame = heldFrames();
    try {
      await start(`#/cases/${caseId}`);
      await textOf('case-header-title', 'Refund never came');
      expect(document.querySelector('[data-testid="timeline"]')).toBeNull();
      frame();
      frame();
      await textOf('timeline', 'REF-1');

      // Asked for before the rest came, the contact form opens with the cursor in it.
      await go('#/');
      await go(`#/cases/${caseId}`);
      await textOf('case-header-title', 'Refund never came');
      expect(document.querySelector('[data-testid="timeline"]')).toBeNull();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
      await vi.waitFor(() => expect($('log-form').contains(document.activeElement)).toBe(true));
      await textOf('timeline', 'REF-1');
    } finally {
      layout.mockRestore();
    }
  });
});

describe('long lists', () => {
  /** `count` more open cases at Acme, made through core directly. */
  async function manyCases(companyId: number, count: number) {
    for (let n = 1; n <= count; n++) {
      await backend.core('open_case', { input: blankCase(companyId, `Case ${n}`) });
    }
  }

  test('home draws a dozen companies with open cases at first, then the rest', async () => {
    for (let n = 1; n <= 15; n++) {
      const company = await backend.core<{ id: number }>('create_company', {
        input: { name: `Company ${n}`, phones: [], emails: [], social: [], accounts: [] },
      });
      await manyCases(company.id, 1);
    }
    await start();
    await textOf('home-companies-more-count', '12 of 15 shown');
    const groups = () => $('home-companies').querySelectorAll('.group');
    expect(groups()).toHaveLength(12);
    expect($('home-companies-more-button').textContent?.trim()).toBe('Show 3 more');
    await click('home-companies-more-button');
    expect(groups()).toHaveLength(15);
    expect(document.querySelector('[data-testid="home-companies-more"]')).toBeNull();
  });

  test("a company's 60 cases show 25 at a time, the count in English and Korean", async () => {
    const { companyId } = await seed();
    await manyCases(companyId, 59);
    await start(`#/companies/${companyId}`);
    await textOf('case-list-more-count', '25 of 60 shown');
    expect(all('case-row')).toHaveLength(25);
    expect($('case-list-more-button').textContent?.trim()).toBe('Show 25 more');
    await click('case-list-more-button');
    await textOf('case-list-more-count', '50 of 60 shown');
    expect(all('case-row')).toHaveLength(50);
    expect($('case-list-more-button').textContent?.trim()).toBe('Show 10 more');
    await click('case-list-more-button');
    await vi.waitFor(() => expect(all('case-row')).toHaveLength(60));
    expect(document.querySelector('[data-testid="case-list-more"]')).toBeNull();
    // The newest first: the case opened first is last.
    expect(all('case-row').at(-1)?.textContent).toContain('Refund never came');

    if (app) unmount(app);
    app = null;
    await backend.core('set_language', { language: 'ko' });
    await start(`#/companies/${companyId}`);
    await textOf('case-list-more-count', '60개 중 25개 표시');
    expect($('case-list-more-button').textContent?.trim()).toBe('25개 더 보기');
  });

  test('a case with 60 contacts shows 25, then 25 more; a contact logged at the end is drawn and focused', async () => {
    const { caseId } = await seed();
    for (let n = 1; n <= 60; n++) {
      await backend.core('log_interaction', {
        caseId,
        input: {
          occurred_at: `2026-01-01 ${String(Math.floor(n / 6) + 8).padStart(2, '0')}:${String((n % 6) * 10).padStart(2, '0')}`,
          channel: 'phone',
          reference: `REF-${n}`,
        },
      });
    }
    await start(`#/cases/${caseId}`);
    await textOf('timeline-more-count', '25 of 60 shown');
    expect(all('timeline-item')).toHaveLength(25);
    expect($('timeline').textContent).not.toContain('REF-26');
    expect($('timeline-more-button').textContent?.trim()).toBe('Show 25 more');
    // The next page is added after the first: the entries drawn stay (the same elements).
    const first = all('timeline-item')[0];
    await click('timeline-more-button');
    await textOf('timeline-more-count', '50 of 60 shown');
    expect(all('timeline-item')).toHaveLength(50);
    expect(all('timeline-item')[0]).toBe(first);
    expect($('timeline').textContent).toContain('REF-50');
    expect($('timeline').textContent).not.toContain('REF-51');
    // Newest first, the page is the other end of the story.
    await choose('timeline-order', 'newest');
    await vi.waitFor(() => expect(all('timeline-item')[0].textContent).toContain('REF-60'));
    expect(all('timeline-item')).toHaveLength(50);
    expect($('timeline').textContent).toContain('REF-11');
    expect($('timeline').textContent).not.toContain('REF-10');
    await textOf('timeline-more-count', '50 of 60 shown');
    await choose('timeline-order', 'oldest');
    await vi.waitFor(() => expect(all('timeline-item')[0].textContent).toContain('REF-1'));

    // Oldest first: the new contact is the 61st, beyond the page; it is drawn and focused.
    await type('log-at', '2026-02-01 09:00');
    await choose('log-channel', 'email');
    await type('log-reference', 'NEW-61');
    await click('log-save');
    await textOf('timeline', 'NEW-61');
    const saved = all('timeline-item').find((li) => li.textContent?.includes('NEW-61'));
    await vi.waitFor(() => expect(document.activeElement).toBe(saved));
    // The page reached to it: all 61 are drawn now.
    expect(all('timeline-item')).toHaveLength(61);
    expect(document.querySelector('[data-testid="timeline-more"]')).toBeNull();
  });
});
