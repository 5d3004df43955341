// Closing the window hides it, and a while later the shell lets it go (and WebKit's web
// process, much of what Casebook holds in the tray), making a new one when it is opened again.
// The page writes every form's draft at once, and agrees only when no form holds typing: a
// window made again opens on the same screen, but with its forms closed and their fields empty,
// so a half-typed form (even one whose draft is kept) keeps the window. Forms that keep a draft
// or ask before discarding say whether they hold typing; any other field typed into that is
// still on screen counts as holding it.
import { letWindowGo } from './api.ts';
import { formsHoldTyping } from './discard.svelte.ts';
import { draftsHoldTyping, writeAllDrafts } from './drafts.svelte.ts';

/** Fields typed into since the page started. */
const typedInto = new WeakSet<EventTarget>();

/** Inputs that take no typing, or typing that is no record (a search). */
const NOT_TYPED = new Set(['checkbox', 'radio', 'search', 'file', 'range', 'color', 'button', 'submit']);

function holdsTyping(field: Element): boolean {
  if (field instanceof HTMLTextAreaElement) return true;
  return field instanceof HTMLInputElement && !NOT_TYPED.has(field.type);
}

/** Notes every field the user types into, from now until the returned function is called. */
export function watchTyping(doc: Document = document): () => void {
  const typed = (event: Event) => {
    if (event.target) typedInto.add(event.target);
  };
  doc.addEventListener('input', typed, true);
  return () => doc.removeEventListener('input', typed, true);
}

/** Fields on screen typed into, outside the forms that say for themselves (`data-draft`). */
function typingNotKept(doc: Document = document): Element[] {
  return [...doc.querySelectorAll('input, textarea')].filter(
    (field) => typedInto.has(field) && holdsTyping(field) && !field.closest('[data-draft]'),
  );
}

/** The page's answer to the latest close: whether the shell was told. */
let latest: { turn: number; told: Promise<boolean> } | null = null;

/** The answer to the latest close (the shell hears only a yes; tests wait for a no too). */
export function latestAnswer(): { turn: number; told: Promise<boolean> } | null {
  return latest;
}

/**
 * The window was closed (close `turn`): every draft is written now, and if all were and no form
 * holds typing, the shell is told it may let the window go. Otherwise the window is only
 * hidden, as it always was, and keeps what it holds. Answers whether the shell was told.
 */
export function whenWindowClosed(turn: number, doc: Document = document): Promise<boolean> {
  const told = answer(turn, doc);
  latest = { turn, told };
  return told;
}

async function answer(turn: number, doc: Document): Promise<boolean> {
  const written = await writeAllDrafts();
  if (!written || draftsHoldTyping() || formsHoldTyping() || typingNotKept(doc).length > 0) {
    return false;
  }
  await letWindowGo(turn, doc.defaultView?.location.hash || '#/');
  return true;
}
