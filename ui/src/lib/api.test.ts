import { afterEach, describe, expect, test, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import * as api from './api.ts';
import { ApiError } from './api.ts';
import type { CaseInput } from './bindings/CaseInput.ts';
import type { CompanyInput } from './bindings/CompanyInput.ts';
import type { InteractionInput } from './bindings/InteractionInput.ts';
import { RealBackend } from '../test/realBackend.ts';

afterEach(() => clearMocks());

type Sent = { cmd: string; args: unknown };

/** Records what each call sends and answers with a payload naming the command. */
function record(): Sent[] {
  const sent: Sent[] = [];
  mockIPC((cmd, args) => {
    sent.push({ cmd, args });
    return { answeredBy: cmd };
  });
  return sent;
}

const company: CompanyInput = {
  name: 'Acme Telecom',
  phones: ['080-123-4567'],
  emails: [],
  social: [],
  website: null,
  help_url: null,
  chat_url: null,
  accounts: [{ label: 'Account', value: '1234' }],
  notes: null,
  country: null,
  sector: null,
  client: false,
};
const caseInput: CaseInput = {
  company_id: 3,
  title: 'Refund never came',
  description: null,
  desired_outcome: 'Refund to my card',
  amount: '30000',
  currency: 'KRW',
  identifiers: [],
  escalation: 'agent',
  opened_on: null,
};
const contact: InteractionInput = {
  occurred_at: '2026-11-30T17:00:00+09:00',
  channel: 'phone',
  direction: 'outbound',
  agent: { name: 'Jane', code: '4471', department: 'Billing' },
  reference: 'ABC-123',
  duration_min: '12',
  hold_min: null,
  notes: null,
  summary: null,
  promise: { description: 'Refund', due: '2026-12-01' },
};

// Each function, the command it must name and the arguments it must send.
const cases: [string, () => Promise<unknown>, string, Record<string, unknown>][] = [
  ['home', () => api.home(), 'home', {}],
  ['listCompanies', () => api.listCompanies(), 'list_companies', {}],
  ['getCompany', () => api.getCompany(7), 'get_company', { id: 7 }],
  ['createCompany', () => api.createCompany(company), 'create_company', { input: company }],
  [
    'updateCompany',
    () => api.updateCompany(7, company),
    'update_company',
    { id: 7, input: company },
  ],
  ['listAgents', () => api.listAgents(3), 'list_agents', { companyId: 3 }],
  [
    'companyCases',
    () => api.companyCases(3, true, 50, 50),
    'company_cases',
    { companyId: 3, resolved: true, from: 50, count: 50 },
  ],
  ['openCase', () => api.openCase(caseInput), 'open_case', { input: caseInput }],
  ['updateCase', () => api.updateCase(9, caseInput), 'update_case', { id: 9, input: caseInput }],
  ['caseFile', () => api.caseFile(9), 'case_file', { id: 9, page: null }],
  [
    'caseFile',
    () => api.caseFile(9, { from: 25, shown: 25, newest_first: true, reach_contact: 4 }),
    'case_file',
    { id: 9, page: { from: 25, shown: 25, newest_first: true, reach_contact: 4 } },
  ],
  [
    'resolveCase',
    () => api.resolveCase(9, 'got_it', 'Refund arrived', '30,000'),
    'resolve_case',
    { id: 9, outcome: 'got_it', note: 'Refund arrived', recovered: '30,000' },
  ],
  [
    'resolveCase without a note',
    () => api.resolveCase(9, 'gave_up', null),
    'resolve_case',
    { id: 9, outcome: 'gave_up', note: null, recovered: null },
  ],
  ['reopenCase', () => api.reopenCase(9), 'reopen_case', { id: 9 }],
  [
    'logInteraction',
    () => api.logInteraction(9, contact),
    'log_interaction',
    { caseId: 9, input: contact },
  ],
  [
    'addPromise',
    () => api.addPromise(9, { description: 'Callback', due: '2026-12-01' }),
    'add_promise',
    { caseId: 9, input: { description: 'Callback', due: '2026-12-01' } },
  ],
  [
    'setPromiseStatus',
    () => api.setPromiseStatus(5, 'kept'),
    'set_promise_status',
    { id: 5, status: 'kept' },
  ],
  [
    'addFollowUp',
    () => api.addFollowUp(9, { kind: 'deadline', note: 'Return window', due: '2026-12-24' }),
    'add_follow_up',
    { caseId: 9, input: { kind: 'deadline', note: 'Return window', due: '2026-12-24' } },
  ],
  [
    'setFollowUpDone',
    () => api.setFollowUpDone(4, true),
    'set_follow_up_done',
    { id: 4, done: true },
  ],
  ['getSettings', () => api.getSettings(), 'get_settings', {}],
  ['setLanguage', () => api.setLanguage('ko'), 'set_language', { language: 'ko' }],
  [
    'setLanguage back to the system',
    () => api.setLanguage(null),
    'set_language',
    { language: null },
  ],
  ['reminderStatus', () => api.reminderStatus(), 'reminder_status', {}],
  [
    'snooze',
    () => api.snooze('follow_up', 12, { kind: 'typed', text: '2026-11-30 09:00' }),
    'snooze',
    { kind: 'follow_up', id: 12, until: { kind: 'typed', text: '2026-11-30 09:00' } },
  ],
  ['getReminderTime', () => api.getReminderTime(), 'get_reminder_time', {}],
  ['setReminderTime', () => api.setReminderTime('07:30'), 'set_reminder_time', { time: '07:30' }],
  ['getAutostart', () => api.getAutostart(), 'get_autostart', {}],
  ['setAutostart', () => api.setAutostart(true), 'set_autostart', { enabled: true }],
  ['setAutostart off', () => api.setAutostart(false), 'set_autostart', { enabled: false }],
];

describe('each call sends its command and camelCase arguments and returns the answer', () => {
  test.each(cases)('%s', async (_name, run, cmd, args) => {
    const sent = record();
    await expect(run()).resolves.toEqual({ answeredBy: cmd });
    expect(sent).toHaveLength(1);
    expect(sent[0].cmd).toBe(cmd);
    expect(sent[0].args ?? {}).toEqual(args);
  });
});

describe('rejections become ApiError', () => {
  test('refused input keeps every field’s problem core found, with its limit', async () => {
    const core = new RealBackend().install();
    try {
      const acme = await api.createCompany({ ...company, name: 'Acme' });
      const error = await api
        .openCase({ ...caseInput, company_id: acme.id, title: ' ', currency: 'KRW', amount: '1.5' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        code: 'invalid',
        problems: [
          { field: 'title', rule: 'empty', limit: null },
          { field: 'amount', rule: 'too_precise', limit: 0 },
        ],
      });
      const long = await api
        .createCompany({ ...company, name: 'x'.repeat(201) })
        .catch((e: unknown) => e);
      expect(long).toMatchObject({ problems: [{ field: 'name', rule: 'too_long', limit: 200 }] });
    } finally {
      core.stop();
    }
  });

  test('a known code without a field keeps its code and message', async () => {
    mockIPC(() => {
      throw { code: 'database_too_new', message: 'update Casebook' };
    });
    const error = await api.home().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'database_too_new', message: 'update Casebook' });
    expect((error as ApiError).problems).toEqual([]);
  });

  test('a plain string rejection becomes code unknown with its text', async () => {
    mockIPC(() => {
      throw 'command home not found';
    });
    const error = await api.home().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unknown', message: 'command home not found' });
  });

  test('an object with a code core does not use becomes unknown', async () => {
    mockIPC(() => {
      throw { code: 'teapot', message: 'short and stout' };
    });
    const error = await api.home().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unknown' });
    expect((error as ApiError).message).toContain('teapot');
  });
});

describe('events from the shell', () => {
  test('a clicked notification names a case, or nothing when it summed up several', () => {
    expect(api.caseIdOf(7)).toBe(7);
    expect(api.caseIdOf('7')).toBe(7);
    expect(api.caseIdOf(null)).toBeNull();
    expect(api.caseIdOf(undefined)).toBeNull();
    expect(api.caseIdOf('')).toBeNull();
    expect(api.caseIdOf('abc')).toBeNull();
    expect(api.caseIdOf(0)).toBeNull();
    expect(api.caseIdOf(1.5)).toBeNull();
  });

  test('open-case, reminders-changed and window-closed reach their handlers; stopping stops them', async () => {
    mockIPC(() => null, { shouldMockEvents: true });
    vi.stubGlobal('isTauri', true);
    try {
      const openCase = vi.fn();
      const remindersChanged = vi.fn();
      const windowClosed = vi.fn();
      const stop = await api.onShellEvents({ openCase, remindersChanged, windowClosed });
      await emit('open-case', 42);
      await emit('open-case', null);
      await emit('reminders-changed');
      await emit('window-closed', 3);
      await emit('window-closed', 'soon');
      expect(openCase.mock.calls).toEqual([[42], [null]]);
      expect(remindersChanged).toHaveBeenCalledTimes(1);
      expect(windowClosed.mock.calls).toEqual([[3]]);
      stop();
      await emit('open-case', 43);
      await emit('window-closed', 4);
      expect(openCase).toHaveBeenCalledTimes(2);
      expect(windowClosed).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
