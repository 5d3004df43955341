// Closing a form that holds typed content asks first ("Discard what you typed?"); an untouched
// form just closes. One helper for every form with a Cancel button and Escape; closing the
// window asks the same of every such form on screen.
import { tick } from 'svelte';

export type DiscardGuard = {
  /** Whether the question is showing. */
  readonly asking: boolean;
  /** Cancel and Escape: close at once, or ask when something was typed. */
  cancel(): void;
  /** "Discard": throw the typed content away and close. */
  discard(): Promise<void>;
  /** "Keep editing": the question goes, and focus returns to the form. */
  keep(): Promise<void>;
};

/** Whether each form on screen that asks before discarding holds what the user typed. */
const guards: (() => boolean)[] = [];

/** Whether any form on screen holds typing that is not saved (the window then stays open). */
export function formsHoldTyping(): boolean {
  return guards.some((typed) => typed());
}

export function askBeforeDiscard(options: {
  /** Whether the form holds something the user typed. */
  typed: () => boolean;
  close: () => void;
  /** What else goes with the typed content (a kept draft). */
  forget?: () => Promise<void>;
  /** Where focus goes back to when the user keeps editing (the Cancel button). */
  back: () => HTMLElement | null | undefined;
}): DiscardGuard {
  const state = $state({ asking: false });
  $effect(() => {
    const typed = () => options.typed();
    guards.push(typed);
    return () => {
      guards.splice(guards.indexOf(typed), 1);
    };
  });
  return {
    get asking() {
      return state.asking;
    },
    cancel() {
      if (state.asking) return;
      if (options.typed()) state.asking = true;
      else options.close();
    },
    async discard() {
      state.asking = false;
      await options.forget?.();
      options.close();
    },
    async keep() {
      state.asking = false;
      await tick();
      options.back()?.focus();
    },
  };
}
