// The case's story in one list. Core decides the order (CaseFile.timeline, the same one the
// command line prints); this only attaches each entry's record for the screen to show.
import type { Attachment } from './bindings/Attachment.ts';
import type { CaseFile } from './bindings/CaseFile.ts';
import type { Edit } from './bindings/Edit.ts';
import type { FollowUp } from './bindings/FollowUp.ts';
import type { Interaction } from './bindings/Interaction.ts';
import type { Promise as CasePromise } from './bindings/Promise.ts';

export type TimelineEntry =
  | { kind: 'interaction'; key: string; item: Interaction }
  | { kind: 'promise'; key: string; item: CasePromise }
  | { kind: 'follow_up'; key: string; item: FollowUp }
  | { kind: 'escalation'; key: string; item: Edit }
  | { kind: 'attachment'; key: string; item: Attachment };

export function buildTimeline(
  file: Pick<CaseFile, 'interactions' | 'promises' | 'follow_ups' | 'timeline'> &
    Partial<Pick<CaseFile, 'edits' | 'attachments'>>,
): TimelineEntry[] {
  const interactions = new Map(file.interactions.map((i) => [i.id, i]));
  const promises = new Map(file.promises.map((p) => [p.id, p]));
  const followUps = new Map(file.follow_ups.map((f) => [f.id, f]));
  const attachments = new Map((file.attachments ?? []).map((a) => [a.id, a]));
  // A move on the ladder is counted among the case's edits of its escalation, as core counts.
  const moves = (file.edits ?? []).filter((e) => e.kind === 'case' && e.field === 'escalation');
  const out: TimelineEntry[] = [];
  for (const { kind, id } of file.timeline) {
    const key = `${kind}-${id}`;
    if (kind === 'interaction') {
      const item = interactions.get(id);
      if (item) out.push({ kind, key, item });
    } else if (kind === 'promise') {
      const item = promises.get(id);
      if (item) out.push({ kind, key, item });
    } else if (kind === 'escalation') {
      const item = moves[id];
      if (item) out.push({ kind, key, item });
    } else if (kind === 'attachment') {
      const item = attachments.get(id);
      if (item) out.push({ kind, key, item });
    } else {
      const item = followUps.get(id);
      if (item) out.push({ kind, key, item });
    }
  }
  return out;
}
