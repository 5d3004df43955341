// The first screen's data, sent by the shell with the page (window.__CASEBOOK_FIRST__, read
// while GTK started): the window shows the home screen without a call to the shell first, and
// the first frame it paints already holds it. Asked for by the screen, the answer came a frame
// of "Loading…" later. Outside the app, or when the data must be checked first, there is none.
import type { Home } from './bindings/Home.ts';

type Language = 'en' | 'ko';
type First = { at: number; speaking: Language; home: Home };

/** Data older than this is from another moment (the page was reloaded, or the window was first
 * shown long after a start at log-in): the screen asks for its own. */
const FRESH_MS = 10_000;

let first: First | null = null;

/** Takes what the shell sent with the page, once: whether the data is open, and the
 * language to speak. */
export function takeFirstScreen(): { speaking: Language } | null {
  const w = window as { __CASEBOOK_FIRST__?: First };
  const sent = w.__CASEBOOK_FIRST__;
  delete w.__CASEBOOK_FIRST__;
  if (!sent || Math.abs(Date.now() - sent.at) > FRESH_MS) return null;
  first = sent;
  return { speaking: sent.speaking };
}

/** The home screen's data sent with the page, once; later loads ask the shell. */
export function takeEarlyHome(): Promise<Home> | null {
  const home = first?.home;
  first = null;
  return home ? Promise.resolve(home) : null;
}
