// The window as a user meets it, against an in-memory back end: what they see, what they
// type, what is sent, and what they are told when something is wrong.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import App from './App.svelte';
import { setLang } from './lib/i18n/index.svelte.ts';
import { session } from './lib/session.svelte.ts';
import { FakeBackend } from './test/fakeBackend.ts';

const XSS = '<img src=x onerror=alert(1)>';

let backend: FakeBackend;
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

async function type(testid: string, text: string) {
  const el = (await find(testid)) as HTMLInputElement;
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

async function choose(testid: string, value: string) {
  const el = (await find(testid)) as HTMLSelectElement;
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

/** A company with one case, made through the back end directly. */
function seed() {
  const company = backend.handle('create_company', {
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
  }) as { id: number };
  const opened = backend.handle('open_case', {
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
  }) as { id: number };
  backend.calls = [];
  return { companyId: company.id, caseId: opened.id };
}

beforeEach(() => {
  setLang('en');
  session.error = null;
  session.addCompanyOnArrival = false;
  backend = new FakeBackend().install();
});

afterEach(() => {
  if (app) unmount(app);
  app = null;
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

  test('an empty company name is shown next to the field and nothing is sent', async () => {
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
    expect(backend.callsOf('create_company')).toHaveLength(0);
    // What was typed is still there.
    expect(($('company-phones') as HTMLTextAreaElement).value).toBe('080-123-4567');
    pressEscape();
    expect(document.querySelector('[data-testid="company-form"]')).toBeNull();
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
    expect(backend.callsOf('create_company')[0].args.input).toMatchObject({
      name: 'Acme Telecom',
      phones: ['080-123-4567', '02-555-0000'],
      accounts: [{ label: 'Customer no.', value: 'C-991' }],
      website: null,
    });
    expect(document.querySelector('[data-testid="company-form"]')).toBeNull();
    expect($('company-row').getAttribute('href')).toMatch(/^#\/companies\/\d+$/);
  });

  test('a name core refuses as a duplicate is shown on the name field', async () => {
    seed();
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
    const { companyId } = seed();
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
    await textOf('error-amount', 'too many decimal places');
    expect(backend.callsOf('open_case')).toHaveLength(0);

    await type('case-amount', '45,000');
    await click('case-save');
    await vi.waitFor(() => expect(location.hash).toMatch(/^#\/cases\/\d+$/));
    await go(location.hash);
    await textOf('case-header-title', '인터넷 끊김 — 요금 환불 요청 🙏');
    expect(backend.callsOf('open_case')[0].args.input).toMatchObject({
      company_id: companyId,
      amount: '45,000',
      currency: 'KRW',
    });
  });
});

describe('a case file', () => {
  test('shows the desired outcome, the money and the identifiers', async () => {
    const { caseId } = seed();
    await start(`#/cases/${caseId}`);
    await textOf('case-desired', 'Refund of 30,000 won to my card');
    expect($('case-money').textContent).toContain('30,000');
    expect($('case-status').textContent).toContain('Open');
    expect(document.body.textContent).toContain('A-77');
    expect((await find('timeline-empty')).textContent).toContain('Nothing logged yet');
  });

  test('an unknown currency refused by core shows on the currency field; Escape closes', async () => {
    const { caseId } = seed();
    await start(`#/cases/${caseId}`);
    await click('case-edit');
    expect(($('case-title') as HTMLInputElement).value).toBe('Refund never came');
    await type('case-currency', 'XYZ');
    await click('case-save');
    await textOf('error-currency', 'Currency must be a currency code');
    expect($('case-currency').getAttribute('aria-invalid')).toBe('true');
    pressEscape();
    expect(document.querySelector('[data-testid="case-form"]')).toBeNull();
    expect($('case-money').textContent).toContain('30,000');
  });

  test('logs a call with an agent, a reference, a promise and markup in the notes', async () => {
    const { caseId } = seed();
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
    expect((sent.input as { occurred_at: string }).occurred_at).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/,
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

  test('a promise due that is not a date keeps everything typed and sends nothing', async () => {
    const { caseId } = seed();
    await start(`#/cases/${caseId}`);
    await type('log-reference', 'XYZ-999');
    await type('log-promise-description', 'Call back');
    await type('log-promise-due', 'next week');
    await click('log-save');
    await textOf('error-promise_due', 'Promise due date is not a date');
    expect(backend.callsOf('log_interaction')).toHaveLength(0);
    expect(($('log-reference') as HTMLInputElement).value).toBe('XYZ-999');
    expect(all('timeline-item')).toHaveLength(0);
    expect(document.activeElement).toBe($('log-promise-due'));
  });

  test('choosing a known agent fills in their ID and department', async () => {
    const { caseId, companyId } = seed();
    backend.agents.push({
      id: 99,
      company_id: companyId,
      name: 'Jane',
      code: '4471',
      department: 'Billing',
    });
    await start(`#/cases/${caseId}`);
    await vi.waitFor(() =>
      expect(document.querySelectorAll('#log-agent-options option')).toHaveLength(1),
    );
    await type('log-agent-name', 'Jane');
    expect(($('log-agent-code') as HTMLInputElement).value).toBe('4471');
    expect(($('log-agent-department') as HTMLInputElement).value).toBe('Billing');
    await type('log-agent-name', 'Janet');
    expect(($('log-agent-code') as HTMLInputElement).value).toBe('');
  });

  test('marks a promise kept, and resolves and reopens the case', async () => {
    const { caseId } = seed();
    backend.handle('add_promise', {
      caseId,
      input: { description: 'Callback', due: '2099-01-01' },
    });
    await start(`#/cases/${caseId}`);
    await click('promise-kept');
    await vi.waitFor(() => expect(backend.callsOf('set_promise_status')).toHaveLength(1));
    expect(backend.callsOf('set_promise_status')[0].args).toEqual({ id: 3, status: 'kept' });
    await textOf('timeline', 'Kept');

    await click('case-resolve');
    await choose('resolve-outcome', 'partial');
    await type('resolve-note', 'Half refunded');
    await click('resolve-confirm');
    await find('case-reopen');
    expect(backend.callsOf('resolve_case')[0].args).toEqual({
      id: caseId,
      outcome: 'partial',
      note: 'Half refunded',
    });
    await textOf('case-status', 'Resolved: Partly');
    await click('case-reopen');
    await find('case-resolve');
    await textOf('case-status', 'Open');
  });

  test('adds a follow-up and ticks it done', async () => {
    const { caseId } = seed();
    await start(`#/cases/${caseId}`);
    await type('followup-note', 'Call again Monday');
    await type('followup-due', '2099-03-02 09:30');
    await choose('followup-kind', 'follow_up');
    await click('followup-save');
    await textOf('timeline', 'Call again Monday');
    const sent = backend.callsOf('add_follow_up')[0].args.input as { due: string };
    expect(sent.due).toMatch(/^2099-03-02T09:30:00[+-]\d{2}:\d{2}$/);
    await click('followup-done');
    await vi.waitFor(() =>
      expect(backend.callsOf('set_follow_up_done')[0]?.args).toMatchObject({ done: true }),
    );
  });
});

describe('home', () => {
  test('lists an overdue promise with its company, agent and reference, linking to the case', async () => {
    const { caseId } = seed();
    backend.handle('log_interaction', {
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
    expect(item.textContent).toContain('Acme Telecom');
    expect(item.textContent).toContain('Jane (ID 4471)');
    expect(item.textContent).toContain('ABC-123');
    expect(item.getAttribute('href')).toBe(`#/cases/${caseId}`);
    expect($('home-due-soon').textContent).toContain('Nothing is due in the next 7 days.');
    expect($('home-companies').textContent).toContain('Refund never came');
  });

  test('a load failure shows in the app error area', async () => {
    backend.failNext.set('home', { code: 'database_too_new', message: 'newer' });
    await start();
    await textOf('app-error', 'Update Casebook');
  });

  test('a case that does not exist says so instead of loading forever', async () => {
    await start('#/cases/999');
    await textOf('app-error', 'This item no longer exists');
    expect(document.querySelector('main')?.textContent).not.toContain('Loading');
  });
});

describe('language', () => {
  test('switching to Korean changes the screen and is saved', async () => {
    seed();
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

  test('a saved language is used at start', async () => {
    backend.settings = { language: 'ko' };
    await start();
    await textOf('nav-companies', '회사');
    expect(($('lang-select') as HTMLSelectElement).value).toBe('ko');
  });
});
