// What every form does around a save: send what was typed, and show what core refused next to
// its field, or as one sentence for the form when it is not about a field.
import { tick } from 'svelte';
import type { ApiError } from './api.ts';
import type { Field } from './bindings/Field.ts';
import { splitError } from './errors.ts';
import type { Problem } from './bindings/Problem.ts';
import { byField, problemMessage, type Problems } from './problems.ts';

export type FormState = {
  problems: Problems;
  formError: ApiError | null;
  saving: boolean;
  /** Counts saves, so a check answered after a save does not undo what the save showed. */
  round: number;
};

export function freshState(): FormState {
  return { problems: {}, formError: null, saving: false, round: 0 };
}

/** The message to show beside `field`, in the current language, or null when it is fine. */
export function fieldMessage(state: FormState, field: Field): string | null {
  const problem = state.problems[field];
  return problem ? problemMessage(problem) : null;
}

/**
 * Moves the cursor to the first field marked invalid, so the user can fix it, and shows the
 * whole field with its message in the middle of the window, clear of the sticky header.
 */
export async function focusFirstInvalid(form: HTMLElement | undefined): Promise<void> {
  await tick();
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!field) return;
  field.focus({ preventScroll: true });
  (field.closest('.field') ?? field).scrollIntoView?.({ block: 'center' });
}

/**
 * Sends the form and records what core refused in `state`. Resolves to what was saved, or null
 * when nothing was (the form keeps what was typed either way).
 */
export async function submitForm<R>(
  state: FormState,
  form: HTMLElement | undefined,
  fields: readonly Field[],
  send: () => Promise<R>,
): Promise<R | null> {
  if (state.saving) return null;
  state.formError = null;
  state.saving = true;
  state.round += 1;
  try {
    const saved = await send();
    state.problems = {};
    return saved;
  } catch (error) {
    const { problems, formError } = splitError(error, fields);
    state.problems = problems;
    state.formError = formError;
    await focusFirstInvalid(form);
    return null;
  } finally {
    state.saving = false;
  }
}

// A check that answers while a mouse button is down (the user clicking Save just after typing)
// waits until the click is over: a message appearing or going would move the button from
// under the pointer, and the click would be lost.
let pressing = false;
const afterPress: (() => void)[] = [];
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pressing = true), true);
  const release = () => {
    pressing = false;
    // After the click that this release makes has been dispatched.
    setTimeout(() => afterPress.splice(0).forEach((apply) => apply()));
  };
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/** Runs `apply` now, or once the mouse button held down is released (see above). */
export function whenReleased(apply: () => void): void {
  if (pressing) afterPress.push(apply);
  else apply();
}

/**
 * Checks the form with core each time the cursor leaves one of its fields, and shows the
 * problems of the fields the user has been through, so a mistake is seen before saving. A field
 * left empty is only pointed out once a save was tried: the user may fill the form in any order.
 * Returns the form's focusout handler.
 */
export function checkOnLeave(
  state: FormState,
  check: () => Promise<Problem[]>,
): (event: FocusEvent) => void {
  const visited = new Set<string>();
  return (event) => {
    const name = (event.target as HTMLElement | null)?.getAttribute?.('name');
    if (!name) return;
    visited.add(name);
    const round = state.round;
    check().then(
      (found) =>
        whenReleased(() => {
          if (state.saving || state.round !== round) return;
          // Once a save was tried, every problem is the user's to see, and each goes as it is
          // fixed.
          const saveTried = round > 0;
          const shown = found.filter(
            (p) => saveTried || (visited.has(p.field) && p.rule !== 'empty'),
          );
          state.problems = byField(shown);
        }),
      // A failed check is not the user's problem; saving says what is wrong.
      () => {},
    );
  };
}
