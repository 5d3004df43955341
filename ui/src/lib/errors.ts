// How a failed call is told to the user: a refused field next to that field, anything else as
// one sentence for the form or the screen.
import { ApiError, toApiError } from './api.ts';
import { t, type Lang, currentLang } from './i18n/index.svelte.ts';
import { problemMessage, type Problems } from './validation.ts';

/** One sentence for an error, in the user's language. */
export function errorMessage(error: ApiError, lang: Lang = currentLang()): string {
  switch (error.code) {
    case 'invalid':
      return error.field && error.rule
        ? problemMessage(error.field, { rule: error.rule, limit: error.limit }, lang)
        : t('error.unknown', { message: error.message }, lang);
    case 'not_found':
    case 'database_too_new':
    case 'busy':
      return t(`error.${error.code}`, {}, lang);
    case 'conflict':
    case 'bad_import':
    case 'storage':
    case 'io':
    case 'unknown':
      return t(`error.${error.code}`, { message: error.message }, lang);
  }
}

/**
 * Splits a failed save into a problem for one of the form's fields, or an error for the whole
 * form when core named no field the form has.
 */
export function splitError(
  error: unknown,
  fields: readonly string[],
): { problems: Problems; formError: ApiError | null } {
  const e = toApiError(error);
  if (e.code === 'invalid' && e.field && e.rule && fields.includes(e.field)) {
    return { problems: { [e.field]: { rule: e.rule, limit: e.limit } }, formError: null };
  }
  return { problems: {}, formError: e };
}
