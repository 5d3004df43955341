// The case's story in one list: contacts, the promises made in them, and the user's own
// follow-ups, oldest first.
import type { CaseFile } from './bindings/CaseFile.ts';
import type { FollowUp } from './bindings/FollowUp.ts';
import type { Interaction } from './bindings/Interaction.ts';
import type { Promise as CasePromise } from './bindings/Promise.ts';

export type TimelineEntry =
  | { kind: 'interaction'; key: string; at: number; item: Interaction }
  | { kind: 'promise'; key: string; at: number; item: CasePromise }
  | { kind: 'follow_up'; key: string; at: number; item: FollowUp };

const ORDER = { interaction: 0, promise: 1, follow_up: 2 } as const;

export function buildTimeline(file: Pick<CaseFile, 'interactions' | 'promises' | 'follow_ups'>) {
  const contactTime = new Map(file.interactions.map((i) => [i.id, Date.parse(i.occurred_at)]));
  const entries: TimelineEntry[] = [
    ...file.interactions.map(
      (item): TimelineEntry => ({
        kind: 'interaction',
        key: `i${item.id}`,
        at: Date.parse(item.occurred_at),
        item,
      }),
    ),
    // A promise made in a contact sits right after that contact.
    ...file.promises.map(
      (item): TimelineEntry => ({
        kind: 'promise',
        key: `p${item.id}`,
        at:
          (item.interaction_id !== null ? contactTime.get(item.interaction_id) : undefined) ??
          Date.parse(item.created_at),
        item,
      }),
    ),
    ...file.follow_ups.map(
      (item): TimelineEntry => ({
        kind: 'follow_up',
        key: `f${item.id}`,
        at: Date.parse(item.created_at),
        item,
      }),
    ),
  ];
  return entries.sort(
    (a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind] || a.item.id - b.item.id,
  );
}
