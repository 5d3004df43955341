// Country names for the codes core lists (holiday calendars, time limits), in the language on
// screen, as the system names them.
import { currentLang, type Lang } from './i18n/index.svelte.ts';

export function countryName(code: string, lang: Lang = currentLang()): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The codes with their names, in the order of their names. */
export function byName(
  codes: readonly string[],
  lang: Lang = currentLang(),
): { code: string; name: string }[] {
  return codes
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
