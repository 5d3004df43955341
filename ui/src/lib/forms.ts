// What every form does around a save: check, send, and show what went wrong where it belongs.
import { tick } from 'svelte';
import type { ApiError } from './api.ts';
import { splitError } from './errors.ts';
import { problemMessage, type Checked, type Problems } from './validation.ts';

export type FormState = { problems: Problems; formError: ApiError | null; saving: boolean };

export function freshState(): FormState {
  return { problems: {}, formError: null, saving: false };
}

/** The message to show beside `field`, in the current language, or null when it is fine. */
export function fieldMessage(state: FormState, field: string): string | null {
  const problem = state.problems[field];
  return problem ? problemMessage(field, problem) : null;
}

/** Moves the cursor to the first field marked invalid, so the user can fix it. */
export async function focusFirstInvalid(form: HTMLElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * Checks the form, sends it, and records problems in `state`. Resolves to what was saved, or
 * null when nothing was (the form keeps what was typed either way).
 */
export async function submitForm<I, R>(
  state: FormState,
  form: HTMLElement | undefined,
  fields: readonly string[],
  checked: Checked<I>,
  send: (input: I) => Promise<R>,
): Promise<R | null> {
  if (state.saving) return null;
  if (!checked.ok) {
    state.problems = checked.problems;
    state.formError = null;
    await focusFirstInvalid(form);
    return null;
  }
  state.problems = {};
  state.formError = null;
  state.saving = true;
  try {
    return await send(checked.value);
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
