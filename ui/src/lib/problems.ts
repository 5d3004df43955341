// What to tell the user about a field core refused, in their language.
import type { Field } from './bindings/Field.ts';
import type { Problem } from './bindings/Problem.ts';
import { hasKey, t, type Lang, currentLang } from './i18n/index.svelte.ts';

/** Each refused field's problem, by field. */
export type Problems = Partial<Record<Field, Problem>>;

/** Core's list of problems, by field (a field has one: the first to fix). */
export function byField(problems: readonly Problem[]): Problems {
  const out: Problems = {};
  for (const p of problems) out[p.field] ??= p;
  return out;
}


/** The label of a field as the user sees it. */
export function fieldLabel(field: Field | string, lang: Lang = currentLang()): string {
  const key = `field.${field}`;
  return hasKey(key) ? t(key, {}, lang) : field;
}

/** What to tell the user about a problem with a field, in their language. */
export function problemMessage(
  field: Field | string,
  problem: Pick<Problem, 'rule' | 'limit'>,
  lang: Lang = currentLang()): string {
  const params = { field: fieldLabel(field, lang), limit: problem.limit ?? '' };
  const { rule } = problem;
  if (rule === 'incomplete' && (field === 'amount' || field === 'currency')) {
    return t('rule.money.incomplete', params, lang);
  }
  if (rule === 'incomplete' && (field === 'accounts' || field === 'identifiers')) {
    return t('rule.labelled.incomplete', params, lang);
  }
  if (rule === 'duplicate' && field === 'name') return t('rule.name.duplicate', params, lang);
  if (rule === 'not_a_number' && (field === 'duration_min' || field === 'hold_min')) {
    return t('rule.minutes.not_a_number', params, lang);
  }
  if (field === 'until' && rule === 'past') return t('snooze.past', params, lang);
  if (field === 'until' && rule === 'not_a_date') return t('snooze.notADate', params, lang);
  if (rule === 'not_a_date' && field === 'reminder_time') {
    return t('rule.time.not_a_date', params, lang);
  }
  return t(`rule.${rule}`, params, lang);
}
