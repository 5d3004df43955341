// The one door to the back end. Every call to the desktop shell goes through here, typed by the
// structs generated from Rust. Argument keys are camelCase; Tauri maps them to the Rust names.
import { invoke, isTauri } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Agent } from './bindings/Agent.ts';
import type { AgentInput } from './bindings/AgentInput.ts';
import type { AppError } from './bindings/AppError.ts';
import type { Attachment } from './bindings/Attachment.ts';
import type { Backup } from './bindings/Backup.ts';
import type { CalendarExport } from './bindings/CalendarExport.ts';
import type { CallPrep } from './bindings/CallPrep.ts';
import type { CaseClocks } from './bindings/CaseClocks.ts';
import type { DossierDone } from './bindings/DossierDone.ts';
import type { NextStep } from './bindings/NextStep.ts';
import type { Letter } from './bindings/Letter.ts';
import type { LetterKind } from './bindings/LetterKind.ts';
import type { TrackRecord } from './bindings/TrackRecord.ts';
import type { About } from './bindings/About.ts';
import type { Scorecard } from './bindings/Scorecard.ts';
import type { Sector } from './bindings/Sector.ts';
import type { SpreadsheetExport } from './bindings/SpreadsheetExport.ts';
import type { StartEvent } from './bindings/StartEvent.ts';
import type { ReadBack } from './bindings/ReadBack.ts';
import type { Damage } from './bindings/Damage.ts';
import type { RestoreDone } from './bindings/RestoreDone.ts';
import type { Case } from './bindings/Case.ts';
import type { Escalation } from './bindings/Escalation.ts';
import type { CaseFile } from './bindings/CaseFile.ts';
import type { TimelinePage } from './bindings/TimelinePage.ts';
import type { CaseInput } from './bindings/CaseInput.ts';
import type { CaseList } from './bindings/CaseList.ts';
import type { Company } from './bindings/Company.ts';
import type { CompanyInput } from './bindings/CompanyInput.ts';
import type { CompanySummary } from './bindings/CompanySummary.ts';
import type { DueKind } from './bindings/DueKind.ts';
import type { Draft } from './bindings/Draft.ts';
import type { DraftForm } from './bindings/DraftForm.ts';
import type { FollowUp } from './bindings/FollowUp.ts';
import type { FollowUpInput } from './bindings/FollowUpInput.ts';
import type { DuePage } from './bindings/DuePage.ts';
import type { Home } from './bindings/Home.ts';
import type { Interaction } from './bindings/Interaction.ts';
import type { InteractionInput } from './bindings/InteractionInput.ts';
import type { Outcome } from './bindings/Outcome.ts';
import type { Promise as CasePromise } from './bindings/Promise.ts';
import type { PromiseInput } from './bindings/PromiseInput.ts';
import type { PromiseStatus } from './bindings/PromiseStatus.ts';
import type { ReminderStatus } from './bindings/ReminderStatus.ts';
import type { Problem } from './bindings/Problem.ts';
import type { RecordKind } from './bindings/RecordKind.ts';
import type { SearchHit } from './bindings/SearchHit.ts';
import type { Restored } from './bindings/Restored.ts';
import type { Settings } from './bindings/Settings.ts';
import type { TrashItem } from './bindings/TrashItem.ts';
import type { SnoozeUntil } from './bindings/SnoozeUntil.ts';

import { ERROR_CODES } from './bindings/rules.ts';

export type ErrorCode = (typeof ERROR_CODES)[number] | 'unknown';

/** A refusal or failure from the back end, or anything else a call threw. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** For refused input: each field's problem, as core found them. */
  readonly problems: Problem[];

  constructor(code: ErrorCode, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}

/** Turns whatever a call rejected with into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAppError(error)) {
    return new ApiError(error.code as ErrorCode, error.message, error.problems ?? []);
  }
  const text =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : JSON.stringify(error) ?? String(error);
  return new ApiError('unknown', text);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const home = () => call<Home>('home');

/** The regulators' and laws' time limits for a case. */
export const caseClocks = (caseId: number) => call<CaseClocks>('case_clocks', { caseId });
export const setCaseJurisdiction = (caseId: number, country: string | null, sector: Sector | null) =>
  call<CaseClocks>('set_case_jurisdiction', { caseId, country, sector });
/** The day an event that starts a clock happened, as typed; null forgets it. */
export const setCaseDate = (caseId: number, event: StartEvent, day: string | null) =>
  call<CaseClocks>('set_case_date', { caseId, event, day });

/** Where a case stands on the escalation ladder, and what its history suggests. */
export const nextStep = (caseId: number) => call<NextStep>('next_step', { caseId });
export const escalateCase = (id: number, level: Escalation) =>
  call<Case>('escalate_case', { id, level });
/** A letter written from a case, in `lang`; never sent. */
export const letter = (caseId: number, kind: LetterKind, lang: string) =>
  call<Letter>('letter', { caseId, kind, lang });
/** Saves the letter as a text file beside the data; resolves to its path. */
export const saveLetter = (caseId: number, kind: LetterKind, lang: string) =>
  call<string>('save_letter', { caseId, kind, lang });
/** A company's record from the user's own case files. */
export const companyScorecard = (companyId: number) =>
  call<Scorecard>('company_scorecard', { companyId });
/** Every company's record, the worst promise-keepers first. */
export const record = () => call<TrackRecord>('record');
/** Writes cases.csv, interactions.csv and promises.csv to a new folder in the exports folder. */
export const exportSpreadsheet = () => call<SpreadsheetExport>('export_spreadsheet');
/** Writes the open promises and follow-ups as a calendar file in the exports folder. */
export const exportCalendar = () => call<CalendarExport>('export_calendar');
/** Attaches files by their paths (picked or dropped); all are checked before any is copied. */
export const attachFiles = (caseId: number, interactionId: number | null, paths: string[]) =>
  call<Attachment[]>('attach_files', { caseId, interactionId, paths });
/** Attaches bytes (a pasted screenshot), sent as base64. */
export const attachBytes = (caseId: number, interactionId: number | null, name: string, data: string) =>
  call<Attachment>('attach_bytes', { caseId, interactionId, name, data });
/** A picture attachment as a data: address to show, or null. */
export const attachmentPreview = (id: number) => call<string | null>('attachment_preview', { id });
export const removeAttachment = (id: number) => call<Attachment>('remove_attachment', { id });
/** Opens an attachment in the system's program for its kind. */
export const openAttachment = (id: number) => call<null>('open_attachment', { id });
/** The system's file dialog: the paths chosen, none when cancelled. */
export const chooseFiles = () => call<string[]>('choose_files');
/** Writes the case's dossier as a PDF in the exports folder, in `lang`. */
export const makeDossier = (caseId: number, lang: string) =>
  call<DossierDone>('make_dossier', { caseId, lang });
/** Opens an exported file or folder in the system's program for it. */
export const openExport = (path: string) => call<null>('open_export', { path });
export const about = () => call<About>('about');
export const openDataFolder = () => call<null>('open_data_folder');
/** Tells the shell the first screen is painted with its data (timed by `make bench-app`). */
export const windowPainted = (marks: Record<string, number | string>) => call<null>('window_painted', { marks });
/** Tells the shell the closed window (close `turn`) may be let go: nothing typed would go with
 * it. `address` is the screen it shows, for the window made when it is opened again. */
export const letWindowGo = (turn: number, address: string) =>
  call<null>('let_window_go', { turn, address });
/** Keeps the letter among the case's attachments, so the dossier lists it. */
export const attachLetter = (caseId: number, kind: LetterKind, lang: string) =>
  call<Attachment>('attach_letter', { caseId, kind, lang });
/** Makes a clock remind, as a deadline on its day. */
export const remindClock = (caseId: number, ruleId: string) =>
  call<FollowUp>('remind_clock', { caseId, ruleId });

/** What to have ready before calling about a case. */
export const callPrep = (caseId: number) => call<CallPrep>('call_prep', { caseId });
/** The read-back checklist for a call as noted so far. */
export const readBack = (input: InteractionInput) => call<ReadBack[]>('read_back', { input });
/** Saves a call made in call mode; its draft goes with it. */
export const logCall = (caseId: number, input: InteractionInput) =>
  call<Interaction>('log_call', { caseId, input });
/** The message confirming a contact in writing, in the language Casebook speaks. */
export const confirmation = (interactionId: number) =>
  call<string>('confirmation', { interactionId });
/** Every overdue item, a page at a time from `offset`. */
export const overduePage = (offset: number) => call<DuePage>('overdue_page', { offset });
/** How many promises and follow-ups are overdue: the badge beside Home. */
export const overdueTotal = () => call<number>('overdue_total');
/** The cases that hold the text anywhere, best first. */
export const search = (query: string) => call<SearchHit[]>('search', { query });

export const listCompanies = () => call<CompanySummary[]>('list_companies');
export const getCompany = (id: number) => call<Company>('get_company', { id });
export const createCompany = (input: CompanyInput) => call<Company>('create_company', { input });
export const updateCompany = (id: number, input: CompanyInput) =>
  call<Company>('update_company', { id, input });
export const listAgents = (companyId: number) => call<Agent[]>('list_agents', { companyId });
export const renameAgent = (id: number, input: AgentInput) =>
  call<Agent>('rename_agent', { id, input });
/** `other` is the same person as `keep`: its contacts and promises move to `keep`. */
export const mergeAgents = (keep: number, other: number) =>
  call<Agent>('merge_agents', { keep, other });

/** `count` of a company's cases from the `from`th (resolved ones too if `resolved`), with the
 * counts. */
export const companyCases = (companyId: number, resolved: boolean, from: number, count: number) =>
  call<CaseList>('company_cases', { companyId, resolved, from, count });
export const openCase = (input: CaseInput) => call<Case>('open_case', { input });
export const updateCase = (id: number, input: CaseInput) => call<Case>('update_case', { id, input });
/** The whole case file, or with `page` the part of its timeline the case screen draws. */
export const caseFile = (id: number, page: TimelinePage | null = null) =>
  call<CaseFile>('case_file', { id, page });
export const resolveCase = (
  id: number,
  outcome: Outcome,
  note: string | null,
  recovered: string | null = null,
) => call<Case>('resolve_case', { id, outcome, note, recovered });
export const reopenCase = (id: number) => call<Case>('reopen_case', { id });

export const logInteraction = (caseId: number, input: InteractionInput) =>
  call<Interaction>('log_interaction', { caseId, input });
export const addPromise = (caseId: number, input: PromiseInput) =>
  call<CasePromise>('add_promise', { caseId, input });
export const setPromiseStatus = (id: number, status: PromiseStatus) =>
  call<CasePromise>('set_promise_status', { id, status });
export const addFollowUp = (caseId: number, input: FollowUpInput) =>
  call<FollowUp>('add_follow_up', { caseId, input });
export const setFollowUpDone = (id: number, done: boolean) =>
  call<FollowUp>('set_follow_up_done', { id, done });

// Corrections: every field of a contact, a promise's text and due, a follow-up.
export const updateInteraction = (id: number, input: InteractionInput) =>
  call<Interaction>('update_interaction', { id, input });
export const updatePromise = (id: number, input: PromiseInput) =>
  call<CasePromise>('update_promise', { id, input });
export const updateFollowUp = (id: number, input: FollowUpInput) =>
  call<FollowUp>('update_follow_up', { id, input });

// Deleting to Recently deleted, and back.
export const deleteRecord = (kind: RecordKind, id: number) =>
  call<TrashItem>('delete_record', { kind, id });
export const listTrash = () => call<TrashItem[]>('list_trash');
export const restore = (id: number) => call<Restored>('restore', { id });
export const emptyTrash = () => call<number>('empty_trash');

// Forms checked as they are typed: every field's problem, nothing saved.
export const checkCompany = (input: CompanyInput) => call<Problem[]>('check_company', { input });
export const checkCase = (input: CaseInput) => call<Problem[]>('check_case', { input });
export const checkInteraction = (input: InteractionInput) =>
  call<Problem[]>('check_interaction', { input });
export const checkFollowUp = (input: FollowUpInput) =>
  call<Problem[]>('check_follow_up', { input });
export const checkPromise = (input: PromiseInput) => call<Problem[]>('check_promise', { input });
/** What looks mistyped in a contact: warnings shown beside fields; saving is still allowed. */
export const interactionWarnings = (input: InteractionInput) =>
  call<Problem[]>('interaction_warnings', { input });

// What was typed into a form and not saved yet: kept in the database, per form and record.
export const saveDraft = (form: DraftForm, ownerId: number, body: Record<string, unknown>) =>
  call<Draft>('save_draft', { form, ownerId, body });
export const getDraft = (form: DraftForm, ownerId: number) =>
  call<Draft | null>('get_draft', { form, ownerId });
export const discardDraft = (form: DraftForm, ownerId: number) =>
  call<null>('discard_draft', { form, ownerId });

export const getSettings = () => call<Settings>('get_settings');
/** The name printed on dossiers; blank leaves it off. */
export const setYourName = (name: string) => call<Settings>('set_your_name', { name });
export const setLanguage = (language: string | null) =>
  call<Settings>('set_language', { language });
export const setNewestFirst = (newestFirst: boolean) =>
  call<Settings>('set_newest_first', { newestFirst });
/** The country whose public holidays business days skip; null follows the system. */
export const setHolidayCountry = (country: string | null) =>
  call<Settings>('set_holiday_country', { country });
/** The copies of the data kept, newest first, and making one now. */
export const listBackups = () => call<Backup[]>('list_backups');
export const backUpNow = () => call<Backup | null>('back_up_now');
/** Replaces the data with a backup's; the answer says where the data as it was is kept. */
export const restoreBackup = (path: string) => call<RestoreDone>('restore_backup', { path });

/** What was wrong with the data file at start-up, or null when it opened as usual. */
export const startupProblem = () => call<Damage | null>('startup_problem');
/** Puts the damaged file aside and the newest good backup in its place; answers where the
 * damaged file is kept. */
export const restoreOverDamaged = () => call<string>('restore_over_damaged');
/** Opens a copy of the damaged file to read, and serves the window from it. */
export const openDamagedCopy = () => call<Damage>('open_damaged_copy');

export const reminderStatus = () => call<ReminderStatus>('reminder_status');
/** Makes an overdue promise or follow-up remind again when picked; resolves to when (RFC 3339). */
export const snooze = (kind: DueKind, id: number, until: SnoozeUntil) =>
  call<string>('snooze', { kind, id, until });
/** The time of day ("HH:MM") that dues given only a date remind at. */
export const getReminderTime = () => call<string>('get_reminder_time');
export const setReminderTime = (time: string) => call<string>('set_reminder_time', { time });
/** Whether Casebook starts when the user logs in. */
export const getAutostart = () => call<boolean>('get_autostart');
export const setAutostart = (enabled: boolean) => call<boolean>('set_autostart', { enabled });
/** Opens a company's web address in the user's browser. */
export const openLink = (url: string) => call<null>('open_link', { url });

/** The case a clicked notification names, or null for a summary of several. */
export function caseIdOf(payload: unknown): number | null {
  const id = typeof payload === 'string' && payload.trim() !== '' ? Number(payload) : payload;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Events the shell sends: "open-case" (a notification was clicked; the payload is the case id,
 * or null when the notification summed up several items) and "reminders-changed" (a reminder
 * fired, so what is overdue changed). Returns a function that stops listening. Outside the app
 * (a plain browser, a test without events) there is nothing to hear.
 */
/**
 * Calls `handler` when the data, which the window already reads, fails the check made after
 * its first screen: the window turns to the screen that says so. Returns a function that stops
 * listening.
 */
export async function onDataDamaged(handler: (damage: Damage) => void): Promise<() => void> {
  if (!isTauri()) return () => {};
  return listen<Damage>('data-damaged', (event) => handler(event.payload));
}

export async function onShellEvents(handlers: {
  openCase: (caseId: number | null) => void;
  remindersChanged: () => void;
  /** The window was closed (it is hidden); `turn` names this close. */
  windowClosed: (turn: number) => void;
}): Promise<() => void> {
  if (!isTauri()) return () => {};
  const stops = await Promise.all([
    listen<unknown>('open-case', (event) => handlers.openCase(caseIdOf(event.payload))),
    listen('reminders-changed', () => handlers.remindersChanged()),
    listen<unknown>('window-closed', (event) => {
      if (typeof event.payload === 'number') handlers.windowClosed(event.payload);
    }),
  ]);
  return () => stops.forEach((stop) => stop());
}
