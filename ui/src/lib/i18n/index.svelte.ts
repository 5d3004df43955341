// The current language and the message lookup. Reading the language inside t() makes every
// template that calls t() update when the language changes.
// The catalogue is core's (core/messages/*.toml), so the window, notifications, the tray and
// the command line say the same things; `fill` follows core's rules, checked by its examples.
import { HAS_SINGULAR, messagesIn, type MessageKey } from '../bindings/messages.ts';

export type { MessageKey } from '../bindings/messages.ts';
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export type Params = Record<string, string | number>;

/** A message with `.one` and `.other` forms: the key without its ending. */
export type PluralBase = MessageKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

/**
 * A first guess at the language, for the moment before core's settings arrive; core's
 * `speaking` (the saved choice, else the system's as core detects it) then decides.
 */
export function systemLang(language: string | undefined = globalThis.navigator?.language): Lang {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

const state = $state<{ lang: Lang }>({ lang: systemLang() });

export function currentLang(): Lang {
  return state.lang;
}

/** Switches the language of every message on screen, and of <html lang>. */
export function setLang(lang: Lang): void {
  state.lang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Whether `key` names a message. Asked of the current language's messages (core holds both
 * to the same keys), so a window in one language never reads the other's. */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesIn(state.lang), key);
}

/** The message for `key` in the current language, with {name} placeholders filled. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = state.lang): string {
  const template = messagesIn(lang)[key] ?? messagesIn('en')[key] ?? key;
  return fill(template, params);
}

/**
 * The message for `key`, worded for a client when `client` is true and the catalogue has a
 * `.client` form ("Edit client" for "Edit company"): a freelancer's client is not a company.
 */
export function tc(key: MessageKey, client: boolean, params: Params = {}): string {
  const own = `${key}.client`;
  return t(client && hasKey(own) ? own : key, params);
}

/** A number with its whole part's digits grouped by threes, as both languages write counts and
 * won: "2,000", "30,000". */
export function groupDigits(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A message with .one and .other forms, picked by `count` as core picks them (core says which
 * languages have a singular), with the count's digits grouped ("2,000
 * contacts", not "2000 contacts"). Written out rather than asked of Intl: Intl's plural rules
 * and number formats load ICU's locale data into the window (2.3 MiB, held for good) for two
 * rules this short. */
export function tp(
  base: PluralBase,
  count: number,
  params: Params = {},
  lang: Lang = state.lang,
): string {
  const form = HAS_SINGULAR[lang] && count === 1 ? 'one' : 'other';
  return t(`${base}.${form}`, { count: groupDigits(count), ...params }, lang);
}

export function fill(template: string, params: Params): string {
  // Most messages have nothing to fill, and the window's scripts run interpreted (no JIT), where
  // a regular expression over every message drawn adds up.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (whole, name: string, particle?: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return particle ? value + josa(value, particle) : value;
  });
}

// Korean letter names of Latin letters and digits that end in a consonant ("엘", "엠", "삼").
const LATIN_FINAL_CONSONANT = new Set('lmnr0136780'.split(''));

/**
 * The Korean particle that follows `word`: the first of "을/를" after a final consonant, the
 * second after a vowel. "으로/로" also takes "로" after ㄹ.
 */
export function josa(word: string, pair: string): string {
  const [withConsonant, withVowel] = pair.split('/');
  if (withVowel === undefined) return pair;
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  let final: number | null = null;
  if (code >= 0xac00 && code <= 0xd7a3) {
    final = (code - 0xac00) % 28;
  } else if (/[a-z0-9]/i.test(last)) {
    final = LATIN_FINAL_CONSONANT.has(last.toLowerCase()) ? 1 : 0;
  }
  if (final === null) return `${withConsonant}(${withVowel})`;
  if (withConsonant === '으로' && final === 8) return withVowel;
  return final === 0 ? withVowel : withConsonant;
}
