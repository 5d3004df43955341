// How a failed call is told to the user: a refused field next to that field, anything else as
// one sentence for the form or the screen.
import { ApiError, toApiError } from './api.ts';
import type { Field } from './bindings/Field.ts';
import { t, type Lang, currentLang } from './i18n/index.svelte.ts';
import { ATTACHMENT_MAX_MB } from './bindings/rules.ts';
import { byField, problemMessage, type Problems } from './problems.ts';

/** One sentence for an error, in the user's language. */
export function errorMessage(error: ApiError, lang: Lang = currentLang()): string {
  switch (error.code) {
    case 'invalid': {
      const first = error.problems[0];
      return first
        ? problemMessage(first, lang)
        : t('error.unknown', { message: error.message }, lang);
    }
    case 'not_found':
    case 'database_too_new':
    case 'busy':
    case 'read_only':
      return t(`error.${error.code}`, {}, lang);
    // Core sends the file's name; the sentence is the window's, in its language.
    case 'too_large':
      return t('error.too_large.window', { name: error.message, limit: ATTACHMENT_MAX_MB }, lang);
    // Only the command line meets a damaged file this way; core's own sentence is all there is.
    case 'damaged':
      return t('error.unknown', { message: error.message }, lang);
    case 'conflict':
    case 'bad_import':
    case 'bad_backup':
    case 'storage':
    case 'io':
    case 'unknown':
      return t(`error.${error.code}`, { message: error.message }, lang);
  }
}

/**
 * Splits a failed save into problems for the form's fields, or an error for the whole form
 * when core named a field the form does not have (or none).
 */
export function splitError(
  error: unknown,
  fields: readonly Field[],
): { problems: Problems; formError: ApiError | null } {
  const e = toApiError(error);
  if (e.code === 'invalid' && e.problems.length > 0) {
    if (e.problems.every((p) => fields.includes(p.field))) {
      return { problems: byField(e.problems), formError: null };
    }
  }
  return { problems: {}, formError: e };
}
