// Closing the window hides it, and a while later the shell lets it go (and WebKit's processes,
// most of what Casebook holds in the tray), making a new one when it is opened again. The page
// agrees only when nothing typed would go with it: every form's draft is written, and no field
// outside a form that keeps a draft (marked `data-draft`) holds typing still on screen.
import { letWindowGo } from './api.ts';
import { writeAllDrafts } from './drafts.svelte.ts';

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

/** Fields on screen holding typing that no draft keeps. */
export function typingNotKept(doc: Document = document): Element[] {
  return [...doc.querySelectorAll('input, textarea')].filter(
    (field) => typedInto.has(field) && holdsTyping(field) && !field.closest('[data-draft]'),
  );
}

/**
 * The window was closed (close `turn`): once every draft is written, and if nothing else typed
 * is on screen, the shell is told it may let the window go. Otherwise the window is only
 * hidden, as it always was, and keeps what it holds. Answers whether the shell was told.
 */
export async function whenWindowClosed(turn: number, doc: Document = document): Promise<boolean> {
  const written = await writeAllDrafts();
  if (!written || typingNotKept(doc).length > 0) return false;
  await letWindowGo(turn, doc.defaultView?.location.hash || '#/');
  return true;
}
