// The way out of a damaged data file that both the damaged screen and the read-only copy's
// banner offer: restore the newest good backup, then start the window afresh on it.
import { restoreOverDamaged } from './api.ts';
import type { Damage } from './bindings/Damage.ts';
import { formatInstant } from './format.ts';
import { t } from './i18n/index.svelte.ts';

const RESTORED = 'casebook.damage.restored';

/** Restores the backup `damage` names and reloads the window; the next start says what was
 * done. Rejects with the reason when nothing was changed. */
export async function restoreNewest(damage: Damage): Promise<void> {
  const kept = await restoreOverDamaged();
  const date = damage.backup ? formatInstant(damage.backup.made_at) : '';
  sessionStorage.setItem(RESTORED, t('damaged.restored', { date, file: kept }));
  location.reload();
}

/** What the last restore over a damaged file did, said once. */
export function takeRestoredNote(): string | null {
  const note = sessionStorage.getItem(RESTORED);
  sessionStorage.removeItem(RESTORED);
  return note;
}
