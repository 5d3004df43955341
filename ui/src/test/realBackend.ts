/// <reference types="node" />
// The window's screens under test talk to the real core: `casebook --serve-commands` runs the
// same store commands the desktop app runs, on a fresh data folder per test, and answers each
// call over a pipe. What only the desktop shell knows (whether notifications work, start at
// log-in) and failures of the machine (a full disk) are played here, and nothing else is.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { ReminderStatus } from '../lib/bindings/ReminderStatus.ts';

type Args = Record<string, unknown>;
/** A call the window made, and what it was answered (when it was not refused). */
export type Call = { cmd: string; args: Args; result?: unknown };

/** The app binary: CASEBOOK_APP, or the workspace's debug build (tests run in ui/). */
const APP = process.env.CASEBOOK_APP ?? join(process.cwd(), '..', 'target', 'debug', 'casebook');

export class RealBackend {
  calls: Call[] = [];
  /** What the desktop shell would say about notifications. */
  reminderStatus: ReminderStatus = {
    notifications_work: true,
    problem: null,
    checked_at: null,
    check_problem: null,
  };
  autostart = false;
  /** What the system's file dialog answers next. */
  chosenFiles: string[] = [];
  /** Set to make the next call of a command fail with this error (a machine failure). */
  failNext = new Map<string, unknown>();
  /** Set to make every call of a command fail with this error, until it is deleted. */
  failing = new Map<string, unknown>();
  /** Commands whose calls are never answered (a shell that hangs), until deleted. */
  hanging = new Set<string>();

  /** Core's data folder for this test. */
  readonly dir = mkdtempSync(join(tmpdir(), 'casebook-ui-'));
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((line: string) => void)[] = [];
  private stderr = '';
  private stopped = false;

  /** `env` is added to the environment core runs in (a system language, say). */
  constructor(env: Record<string, string> = {}) {
    this.child = spawn(APP, ['--serve-commands', '--data-dir', this.dir], {
      env: { ...process.env, CASEBOOK_DATA_DIR: this.dir, ...env },
    });
    this.child.stderr.on('data', (chunk) => (this.stderr += String(chunk)));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.waiting.shift()?.(line);
    });
  }

  install(): this {
    mockIPC((cmd, args) => this.handle(cmd, (args ?? {}) as Args), { shouldMockEvents: true });
    return this;
  }

  /** Ends the core process and removes its data folder. */
  stop(): void {
    this.stopped = true;
    this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Sends an event as the shell does (heard only when the window believes it is in Tauri). */
  async emit(event: string, payload?: unknown): Promise<void> {
    await emit(event, payload);
  }

  callsOf(cmd: string): Call[] {
    return this.calls.filter((c) => c.cmd === cmd);
  }

  /** Calls core directly, as set-up: not recorded as a call the window made. */
  async core<T = unknown>(cmd: string, args: Args = {}): Promise<T> {
    const answer = await new Promise<string>((done, fail) => {
      this.waiting.push(done);
      this.child.stdin.write(JSON.stringify({ cmd, args }) + '\n', (error) => {
        if (error) fail(new Error(`casebook --serve-commands: ${error.message} ${this.stderr}`));
      });
    });
    const parsed = JSON.parse(answer) as { ok?: T; err?: unknown };
    if ('err' in parsed) throw parsed.err;
    return parsed.ok as T;
  }

  async handle(cmd: string, args: Args): Promise<unknown> {
    if (cmd.startsWith('plugin:')) return null;
    // A call a finished test's window makes late (a draft written on the way out, a reload)
    // is never answered, so it cannot show an error in the next test's window.
    if (this.stopped) return new Promise(() => {});
    const call: Call = { cmd, args };
    this.calls.push(call);
    if (this.failNext.has(cmd)) {
      const error = this.failNext.get(cmd);
      this.failNext.delete(cmd);
      throw error;
    }
    if (this.failing.has(cmd)) throw this.failing.get(cmd);
    if (this.hanging.has(cmd)) return new Promise(() => {});
    switch (cmd) {
      // The shell lets a closed window go (let_window_go): the page under test stays.
      case 'startup_problem':
      case 'window_painted':
      case 'let_window_go':
        return null;
      // The system's program for the file is not part of the screen under test.
      case 'open_export':
      case 'open_data_folder':
      case 'open_attachment':
        return null;
      // The files a user picks in the system's dialog.
      case 'choose_files':
        return this.chosenFiles;
      case 'reminder_status':
        return this.reminderStatus;
      case 'get_autostart':
        return this.autostart;
      case 'set_autostart':
        this.autostart = args.enabled as boolean;
        return this.autostart;
      default:
        call.result = await this.core(cmd, args);
        return call.result;
    }
  }
}
