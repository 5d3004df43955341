// A form's unsaved values, kept in the database as they are typed, so moving to another
// screen, a restart or a crash loses nothing. Core takes a draft away in the same write that
// saves what it became; the form only has to stop sending drafts of what it already sent.
import { untrack } from 'svelte';
import { discardDraft, getDraft, saveDraft } from './api.ts';
import type { DraftForm } from './bindings/DraftForm.ts';

/** How long typing must pause before the draft is written: a kill loses at most this much. */
const PAUSE_MS = 400;

/**
 * The last write of each draft ("contact:12"), so a form opened again (back on the screen it
 * just left) reads its draft only after the write its old self made on the way out.
 */
const lastWrites: Record<string, Promise<unknown>> = {};

/** How long a form waits for its draft to be written before it goes on. */
const WAIT_MS = 1000;

/** Each form on screen that keeps a draft. */
type Keeper = {
  /** Writes what is typed now; answers whether all of it is in the database. */
  writeNow: () => Promise<boolean>;
  /** Whether the form holds anything typed. */
  typed: () => boolean;
};
const keepers: Keeper[] = [];

/** Whether any form on screen that keeps a draft holds typing. */
export function draftsHoldTyping(): boolean {
  return keepers.some((keeper) => keeper.typed());
}

/** How long the window, closed, waits for every draft to be written before it stays open. */
const ALL_WRITTEN_MS = 5000;

/**
 * Writes every form's draft now, without waiting for typing to pause; answers whether every
 * one was written (false when one failed, or took more than five seconds).
 */
export async function writeAllDrafts(): Promise<boolean> {
  // Forms already closed sent their last write on the way out; the shell finishes a write it
  // was sent whatever becomes of the window.
  const all = Promise.all(keepers.map((keeper) => keeper.writeNow())).then((written) =>
    written.every(Boolean),
  );
  const late = new Promise<boolean>((done) => setTimeout(() => done(false), ALL_WRITTEN_MS));
  return Promise.race([all, late]);
}

/** `writing`, or a second, whichever is first. */
function settled(writing: Promise<unknown>): Promise<unknown> {
  return Promise.race([writing, new Promise((done) => setTimeout(done, WAIT_MS))]);
}

/** Waits (a second at most) for the last write of a form's draft, before reading it. */
export function afterLastWrite(form: DraftForm, owner: number): Promise<unknown> {
  return settled(lastWrites[`${form}:${owner}`] ?? Promise.resolve());
}

export type DraftKeeper = {
  /** When the restored draft was last typed (RFC 3339), or null when the form started fresh. */
  readonly restoredAt: string | null;
  /** Whether the form holds anything the user typed that is not saved. */
  readonly typed: boolean;
  /** Whether the kept draft has been read (and put back): typing is written from then on. */
  readonly read: boolean;
  /** Before sending the form: the draft is written now, so no write lands after the save. */
  sending(): Promise<void>;
  /** After the form was saved (or its values thrown away on purpose): the draft goes too. */
  done(): Promise<void>;
};

/**
 * Keeps `values()` as the draft of `form` for `owner()` (a case, a company; 0 when there is
 * one such form). On start, a kept draft is put back with `restore`. Values equal to
 * `blank()` (nothing typed, or what was there before editing) are no draft.
 * Call from a component's set-up: it uses effects that end with the component.
 */
export function keepDraft<T extends object>(options: {
  form: DraftForm;
  owner: () => number;
  values: () => T;
  blank: () => T;
  restore: (kept: T) => void;
}): DraftKeeper {
  const { form, owner, values, blank, restore } = options;
  const state = $state({ restoredAt: null as string | null, loaded: false, typed: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<unknown> = Promise.resolve();
  let stored = false;
  let latest: string | null = null;
  let destroyed = false;
  /** Whether the last write failed: what is typed is then only in the form. */
  let failed = false;

  const write = (text: string | null) => {
    const id = owner();
    const key = `${form}:${id}`;
    writing = writing
      .then(() =>
        text === null ? discardDraft(form, id) : saveDraft(form, id, JSON.parse(text)),
      )
      // A draft that could not be written is retried with the next keystroke; the form
      // itself still holds every value.
      .then(
        () => {
          failed = false;
          return true;
        },
        () => {
          failed = true;
          return false;
        },
      );
    lastWrites[key] = writing;
    stored = text !== null;
  };

  const schedule = (text: string | null) => {
    latest = text;
    clearTimeout(timer);
    timer = setTimeout(flush, PAUSE_MS);
  };

  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    write(latest);
  };

  $effect(() => {
    const id = owner();
    untrack(() => {
      // A write that never answers holds the read back a second at most: until the draft is
      // read, typing is not written.
      afterLastWrite(form, id)
        .then(() => getDraft(form, id))
        .then(
          (draft) => {
            if (destroyed) return;
            stored = draft !== null;
            const text = JSON.stringify(values());
            if (text !== JSON.stringify(blank())) {
              // Typed before the draft arrived: what was just typed wins, and is kept.
              schedule(text);
            } else if (draft) {
              restore({ ...blank(), ...(draft.body as Partial<T>) });
              state.restoredAt = draft.saved_at;
            }
            state.loaded = true;
          },
          () => (state.loaded = true),
        );
    });
  });

  $effect(() => {
    const text = JSON.stringify(values());
    untrack(() => {
      const untouched = text === JSON.stringify(blank());
      state.typed = !untouched;
      if (!state.loaded) return;
      if (untouched && !stored && timer === undefined) return;
      schedule(untouched ? null : text);
    });
  });

  const writeNow = async () => {
    // Typed before the draft was even read: written once it is, not yet.
    if (!state.loaded) return !state.typed;
    // A write that failed is tried again: nothing was typed since to retry it.
    if (failed && timer === undefined) write(latest);
    else flush();
    await writing;
    return !failed;
  };
  $effect(() => {
    const keeper = { writeNow, typed: () => state.typed };
    keepers.push(keeper);
    return () => {
      keepers.splice(keepers.indexOf(keeper), 1);
    };
  });

  // Leaving the screen writes what is still waiting for the pause.
  $effect(() => () => {
    destroyed = true;
    // Typed before the draft was even read: what was typed is kept all the same.
    if (!state.loaded && state.typed) schedule(JSON.stringify(untrack(values)));
    flush();
  });

  return {
    get restoredAt() {
      return state.restoredAt;
    },
    get typed() {
      return state.typed;
    },
    get read() {
      return state.loaded;
    },
    async sending() {
      // What is typed is written first: if the save is refused, the draft still holds it. A
      // draft write that is slow never holds the save back: the discard that follows the save
      // is queued after it either way.
      flush();
      await settled(writing);
    },
    async done() {
      clearTimeout(timer);
      timer = undefined;
      state.restoredAt = null;
      latest = null;
      write(null);
      await settled(writing);
    },
  };
}
