// What to tell the user about a field core refused, in their language. Core picks the words
// (each problem carries its message key); this fills in the field's label and the limit.
import type { Field } from './bindings/Field.ts';
import type { Problem } from './bindings/Problem.ts';
import { FIRST_YEAR, LAST_YEAR } from './bindings/rules.ts';
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

/** What to tell the user about a problem core found, in their language. */
export function problemMessage(problem: Problem, lang: Lang = currentLang()): string {
  const params = {
    field: fieldLabel(problem.field, lang),
    limit: problem.limit ?? '',
    first: FIRST_YEAR,
    last: LAST_YEAR,
  };
  const key = hasKey(problem.key) ? problem.key : `rule.${problem.rule}`;
  return hasKey(key) ? t(key, params, lang) : problem.key;
}
