// State shared across screens: the app-level error, a data version that bumps when the shell
// says reminders changed, and a request to open the company form on arrival.
import type { ApiError } from './api.ts';

export const session = $state<{
  error: ApiError | null;
  dataVersion: number;
  addCompanyOnArrival: boolean;
  /** Whether a case's timeline shows the newest entry first (a saved setting). */
  newestFirst: boolean;
}>({ error: null, dataVersion: 0, addCompanyOnArrival: false, newestFirst: false });

export function showAppError(error: ApiError): void {
  session.error = error;
}

export function clearAppError(): void {
  session.error = null;
}
