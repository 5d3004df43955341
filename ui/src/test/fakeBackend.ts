// An in-memory stand-in for the desktop shell, for tests of whole screens. It answers the same
// commands with the same shapes, and refuses a few inputs the way core does, so the UI's
// handling of a refusal can be seen. It is not a second implementation of core's rules.
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Agent } from '../lib/bindings/Agent.ts';
import type { AppError } from '../lib/bindings/AppError.ts';
import type { Case } from '../lib/bindings/Case.ts';
import type { CaseInput } from '../lib/bindings/CaseInput.ts';
import type { CaseSummary } from '../lib/bindings/CaseSummary.ts';
import type { Company } from '../lib/bindings/Company.ts';
import type { CompanyInput } from '../lib/bindings/CompanyInput.ts';
import type { Due } from '../lib/bindings/Due.ts';
import type { DueItem } from '../lib/bindings/DueItem.ts';
import type { DueKind } from '../lib/bindings/DueKind.ts';
import type { FollowUp } from '../lib/bindings/FollowUp.ts';
import type { FollowUpInput } from '../lib/bindings/FollowUpInput.ts';
import type { Home } from '../lib/bindings/Home.ts';
import type { Interaction } from '../lib/bindings/Interaction.ts';
import type { InteractionInput } from '../lib/bindings/InteractionInput.ts';
import type { Promise as CasePromise } from '../lib/bindings/Promise.ts';
import type { PromiseInput } from '../lib/bindings/PromiseInput.ts';
import type { ReminderStatus } from '../lib/bindings/ReminderStatus.ts';
import type { Rule } from '../lib/bindings/Rule.ts';
import type { Settings } from '../lib/bindings/Settings.ts';
import { CURRENCY_DIGITS } from '../lib/bindings/rules.ts';
import { localDay } from '../lib/format.ts';


type Args = Record<string, unknown>;
export type Call = { cmd: string; args: Args };

function invalid(field: string, rule: Rule, limit: number | null = null): AppError {
  return { code: 'invalid', message: `${field}: ${rule}`, field, rule, limit };
}

function blankToNull(v: string | null): string | null {
  return v === null || v.trim() === '' ? null : v.trim();
}

function due(text: string): Due {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? { kind: 'date', date: text }
    : { kind: 'at', at: new Date(text).toISOString() };
}

export class FakeBackend {
  calls: Call[] = [];
  companies: Company[] = [];
  cases: Case[] = [];
  interactions: Interaction[] = [];
  promises: CasePromise[] = [];
  followUps: FollowUp[] = [];
  agents: Agent[] = [];
  settings: Settings = { language: null };
  reminderStatus: ReminderStatus = {
    notifications_work: true,
    problem: null,
    checked_at: null,
    check_problem: null,
  };
  reminderTime = '09:00';
  autostart = false;
  /** When each snoozed promise or follow-up reminds again, by "kind-id". */
  snoozedUntil = new Map<string, string>();
  /** Set to make the next call of a command fail with this error. */
  failNext = new Map<string, unknown>();
  /** Set to make every call of a command fail with this error, until it is deleted. */
  failing = new Map<string, unknown>();
  private nextId = 1;
  now = new Date();

  install(): this {
    mockIPC((cmd, args) => this.handle(cmd, (args ?? {}) as Args), { shouldMockEvents: true });
    return this;
  }

  /** Sends an event as the shell does (heard only when the window believes it is in Tauri). */
  async emit(event: string, payload?: unknown): Promise<void> {
    await emit(event, payload);
  }

  callsOf(cmd: string): Call[] {
    return this.calls.filter((c) => c.cmd === cmd);
  }

  private id() {
    return this.nextId++;
  }

  private stamp() {
    return this.now.toISOString();
  }

  handle(cmd: string, args: Args): unknown {
    if (cmd.startsWith('plugin:')) return null;
    this.calls.push({ cmd, args });
    if (this.failNext.has(cmd)) {
      const error = this.failNext.get(cmd);
      this.failNext.delete(cmd);
      throw error;
    }
    if (this.failing.has(cmd)) throw this.failing.get(cmd);
    switch (cmd) {
      case 'home':
        return this.home();
      case 'list_companies':
        return this.companies.map((c) => ({
          id: c.id,
          name: c.name,
          open_cases: this.cases.filter((k) => k.company_id === c.id && k.status === 'open')
            .length,
          all_cases: this.cases.filter((k) => k.company_id === c.id).length,
        }));
      case 'get_company':
        return this.company(args.id as number);
      case 'create_company':
        return this.saveCompany(null, args.input as CompanyInput);
      case 'update_company':
        return this.saveCompany(args.id as number, args.input as CompanyInput);
      case 'list_agents':
        return this.agents.filter((a) => a.company_id === args.companyId);
      case 'company_cases':
        return this.cases
          .filter((k) => k.company_id === args.companyId)
          .map((k) => this.summary(k));
      case 'open_case':
        return this.saveCase(null, args.input as CaseInput);
      case 'update_case':
        return this.saveCase(args.id as number, args.input as CaseInput);
      case 'case_file': {
        const k = this.case(args.id as number);
        const interactions = this.interactions.filter((i) => i.case_id === k.id);
        const promises = this.promises.filter((p) => p.case_id === k.id);
        const follow_ups = this.followUps.filter((f) => f.case_id === k.id);
        // Entries in the order they were recorded; the real order is core's, tested there.
        const timeline = [
          ...interactions.map((i) => ({ kind: 'interaction' as const, id: i.id, at: i.occurred_at })),
          ...promises.map((p) => ({ kind: 'promise' as const, id: p.id, at: p.created_at })),
          ...follow_ups.map((f) => ({ kind: 'follow_up' as const, id: f.id, at: f.created_at })),
        ];
        return { case: k, company: this.company(k.company_id), interactions, promises, follow_ups, timeline };
      }
      case 'resolve_case': {
        const k = this.case(args.id as number);
        Object.assign(k, {
          status: 'resolved',
          outcome: args.outcome,
          resolution_note: args.note,
          resolved_at: this.stamp(),
        });
        return k;
      }
      case 'reopen_case': {
        const k = this.case(args.id as number);
        Object.assign(k, { status: 'open', outcome: null, resolved_at: null });
        return k;
      }
      case 'log_interaction':
        return this.log(args.caseId as number, args.input as InteractionInput);
      case 'add_promise':
        return this.promise(args.caseId as number, null, null, args.input as PromiseInput);
      case 'set_promise_status': {
        const p = this.promises.find((x) => x.id === args.id);
        if (!p) throw { code: 'not_found', message: `no promise with id ${args.id}` };
        p.status = args.status as CasePromise['status'];
        p.status_at = p.status === 'pending' ? null : this.stamp();
        return p;
      }
      case 'add_follow_up': {
        const input = args.input as FollowUpInput;
        const f: FollowUp = {
          id: this.id(),
          case_id: args.caseId as number,
          kind: input.kind,
          note: input.note,
          due: due(input.due),
          done_at: null,
          created_at: this.stamp(),
        };
        this.followUps.push(f);
        return f;
      }
      case 'set_follow_up_done': {
        const f = this.followUps.find((x) => x.id === args.id);
        if (!f) throw { code: 'not_found', message: `no follow-up with id ${args.id}` };
        f.done_at = args.done ? this.stamp() : null;
        return f;
      }
      case 'get_settings':
        return this.settings;
      case 'set_language':
        this.settings = { language: (args.language as string | null) ?? null };
        return this.settings;
      case 'reminder_status':
        return this.reminderStatus;
      case 'snooze':
        return this.snooze(args.kind as DueKind, args.id as number, args.until as string);
      case 'get_reminder_time':
        return this.reminderTime;
      case 'set_reminder_time': {
        // Core reads HH:MM on a 24-hour clock (chrono's %H:%M).
        const m = /^(\d{1,2}):(\d{2})$/.exec(String(args.time).trim());
        if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
          throw invalid('reminder_time', 'not_a_date');
        }
        this.reminderTime = `${m[1].padStart(2, '0')}:${m[2]}`;
        return this.reminderTime;
      }
      case 'get_autostart':
        return this.autostart;
      case 'set_autostart':
        this.autostart = Boolean(args.enabled);
        return this.autostart;
      default:
        throw `command ${cmd} not found`;
    }
  }

  private snooze(kind: DueKind, id: number, until: string): null {
    // Core takes an RFC 3339 instant with its offset.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(until)) {
      throw invalid('until', 'not_a_date');
    }
    const found =
      kind === 'promise'
        ? this.promises.some((p) => p.id === id)
        : this.followUps.some((f) => f.id === id);
    if (!found) {
      const entity = kind === 'promise' ? 'promise' : 'follow_up';
      throw { code: 'not_found', message: `no ${entity} with id ${id}` };
    }
    this.snoozedUntil.set(`${kind}-${id}`, until);
    return null;
  }

  private company(id: number): Company {
    const c = this.companies.find((x) => x.id === id);
    if (!c) throw { code: 'not_found', message: `no company with id ${id}` };
    return c;
  }

  private case(id: number): Case {
    const k = this.cases.find((x) => x.id === id);
    if (!k) throw { code: 'not_found', message: `no case with id ${id}` };
    return k;
  }

  private saveCompany(id: number | null, input: CompanyInput): Company {
    const name = input.name.trim();
    if (!name) throw invalid('name', 'empty');
    if (this.companies.some((c) => c.id !== id && c.name.toLowerCase() === name.toLowerCase())) {
      throw invalid('name', 'duplicate');
    }
    const base = id === null ? null : this.company(id);
    const company: Company = {
      ...input,
      name,
      id: base?.id ?? this.id(),
      created_at: base?.created_at ?? this.stamp(),
      updated_at: this.stamp(),
    };
    if (base) Object.assign(base, company);
    else this.companies.push(company);
    return base ?? company;
  }

  private saveCase(id: number | null, input: CaseInput): Case {
    if (!input.title.trim()) throw invalid('title', 'empty');
    let money: Case['money'] = null;
    if (input.amount && input.currency) {
      const code = input.currency.toUpperCase();
      if (!(code in CURRENCY_DIGITS)) throw invalid('currency', 'unknown_currency');
      money = { amount: input.amount.replace(/,/g, ''), currency: code };
    }
    const base = id === null ? null : this.case(id);
    const k: Case = {
      id: base?.id ?? this.id(),
      company_id: input.company_id,
      title: input.title.trim(),
      description: blankToNull(input.description),
      desired_outcome: blankToNull(input.desired_outcome),
      money,
      identifiers: input.identifiers,
      escalation: input.escalation,
      status: base?.status ?? 'open',
      opened_at: base?.opened_at ?? this.stamp(),
      resolved_at: base?.resolved_at ?? null,
      outcome: base?.outcome ?? null,
      resolution_note: base?.resolution_note ?? null,
    };
    if (base) Object.assign(base, k);
    else this.cases.push(k);
    return base ?? k;
  }

  private log(caseId: number, input: InteractionInput): Interaction {
    if (Number.isNaN(Date.parse(input.occurred_at))) throw invalid('occurred_at', 'not_a_date');
    if (input.promise && Number.isNaN(Date.parse(input.promise.due))) {
      throw invalid('promise_due', 'not_a_date');
    }
    const k = this.case(caseId);
    let agent: Agent | null = null;
    const name = blankToNull(input.agent.name) ?? blankToNull(input.agent.code);
    if (name) {
      const code = blankToNull(input.agent.code);
      agent =
        this.agents.find(
          (a) => a.company_id === k.company_id && a.name === name && a.code === code,
        ) ?? null;
      if (!agent) {
        agent = {
          id: this.id(),
          company_id: k.company_id,
          name,
          code,
          department: blankToNull(input.agent.department),
        };
        this.agents.push(agent);
      }
    }
    const interaction: Interaction = {
      id: this.id(),
      case_id: caseId,
      occurred_at: new Date(input.occurred_at).toISOString(),
      channel: input.channel,
      direction: input.direction,
      agent,
      reference: blankToNull(input.reference),
      duration_min: input.duration_min ? Number(input.duration_min) : null,
      hold_min: input.hold_min ? Number(input.hold_min) : null,
      notes: input.notes,
      summary: input.summary,
    };
    this.interactions.push(interaction);
    if (input.promise) this.promise(caseId, interaction.id, agent, input.promise);
    return interaction;
  }

  private promise(
    caseId: number,
    interactionId: number | null,
    agent: Agent | null,
    input: PromiseInput,
  ): CasePromise {
    const p: CasePromise = {
      id: this.id(),
      case_id: caseId,
      interaction_id: interactionId,
      agent,
      description: input.description,
      due: due(input.due),
      status: 'pending',
      status_at: null,
      created_at: this.stamp(),
    };
    this.promises.push(p);
    return p;
  }

  private summary(k: Case): CaseSummary {
    const contacts = this.interactions.filter((i) => i.case_id === k.id);
    const pending = this.promises.filter((p) => p.case_id === k.id && p.status === 'pending');
    return {
      id: k.id,
      company_id: k.company_id,
      title: k.title,
      status: k.status,
      escalation: k.escalation,
      money: k.money,
      opened_at: k.opened_at,
      resolved_at: k.resolved_at,
      outcome: k.outcome,
      last_contact_at: contacts.at(-1)?.occurred_at ?? null,
      interactions: contacts.length,
      pending_promises: pending.length,
      next_due: pending[0]?.due ?? null,
    };
  }

  private home(): Home {
    const today = localDay(this.now);
    const soon = localDay(new Date(this.now.getTime() + 7 * 86_400_000));
    const items: DueItem[] = this.promises
      .filter((p) => p.status === 'pending' && this.case(p.case_id).status === 'open')
      .map((p) => {
        const k = this.case(p.case_id);
        return {
          kind: 'promise',
          id: p.id,
          case_id: k.id,
          case_title: k.title,
          company_id: k.company_id,
          company_name: this.company(k.company_id).name,
          text: p.description,
          due: p.due,
          agent_name: p.agent?.name ?? null,
          agent_code: p.agent?.code ?? null,
          reference:
            this.interactions.find((i) => i.id === p.interaction_id)?.reference ?? null,
        };
      });
    for (const f of this.followUps) {
      const k = this.case(f.case_id);
      if (f.done_at !== null || k.status !== 'open') continue;
      items.push({
        kind: f.kind,
        id: f.id,
        case_id: k.id,
        case_title: k.title,
        company_id: k.company_id,
        company_name: this.company(k.company_id).name,
        text: f.note,
        due: f.due,
        agent_name: null,
        agent_code: null,
        reference: null,
      });
    }
    const day = (d: Due) => (d.kind === 'date' ? d.date : localDay(new Date(d.at)));
    const overdue = items.filter((i) => day(i.due) < today);
    const dueSoon = items.filter((i) => day(i.due) >= today && day(i.due) <= soon);
    return {
      overdue,
      overdue_total: overdue.length,
      due_soon: dueSoon,
      due_soon_total: dueSoon.length,
      companies: this.companies
        .map((c) => {
          const open = this.cases.filter((k) => k.company_id === c.id && k.status === 'open');
          return {
            company_id: c.id,
            company_name: c.name,
            open_cases: open.length,
            cases: open.map((k) => ({ id: k.id, title: k.title })),
          };
        })
        .filter((c) => c.open_cases > 0),
      company_count: this.companies.length,
    };
  }
}
