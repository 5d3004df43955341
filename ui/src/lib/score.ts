// How a scorecard's figures are written: shares as percentages, medians with one decimal,
// "—" where nothing is known yet, in the user's language.
import { currentLang, type Lang } from './i18n/index.svelte.ts';

export function percent(share: number | null, lang: Lang = currentLang()): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function decimal(n: number | null, lang: Lang = currentLang()): string {
  if (n === null) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
}
