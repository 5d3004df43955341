import { expect, test } from 'vitest';
import type { FollowUp } from './bindings/FollowUp.ts';
import type { Interaction } from './bindings/Interaction.ts';
import type { Promise as CasePromise } from './bindings/Promise.ts';
import { buildTimeline } from './timeline.ts';

function contact(id: number, at: string): Interaction {
  return {
    id,
    case_id: 1,
    occurred_at: at,
    channel: 'phone',
    direction: 'outbound',
    agent: null,
    reference: null,
    duration_min: null,
    hold_min: null,
    notes: null,
    summary: null,
  };
}

function promise(id: number, interaction: number | null, created: string): CasePromise {
  return {
    id,
    case_id: 1,
    interaction_id: interaction,
    agent: null,
    description: `p${id}`,
    due: { kind: 'date', date: '2026-12-01' },
    made_by: 'them',
    status: 'pending',
    status_at: null,
    created_at: created,
  };
}

function followUp(id: number, created: string): FollowUp {
  return {
    id,
    case_id: 1,
    kind: 'follow_up',
    note: `f${id}`,
    due: { kind: 'date', date: '2026-12-05' },
    done_at: null,
    created_at: created,
  };
}

test('entries come in the order core gives, each with its record', () => {
  const entries = buildTimeline({
    interactions: [contact(1, '2026-11-20T10:00:00Z'), contact(2, '2026-11-25T10:00:00Z')],
    promises: [promise(1, 2, '2026-11-30T09:00:00Z'), promise(2, null, '2026-11-22T00:00:00Z')],
    follow_ups: [followUp(1, '2026-11-26T00:00:00Z')],
    timeline: [
      { kind: 'interaction', id: 1, at: '2026-11-20T10:00:00Z' },
      { kind: 'promise', id: 2, at: '2026-11-22T00:00:00Z' },
      { kind: 'interaction', id: 2, at: '2026-11-25T10:00:00Z' },
      { kind: 'promise', id: 1, at: '2026-11-25T10:00:00Z' },
      { kind: 'follow_up', id: 1, at: '2026-11-26T00:00:00Z' },
    ],
  });
  expect(entries.map((e) => e.key)).toEqual([
    'interaction-1',
    'promise-2',
    'interaction-2',
    'promise-1',
    'follow_up-1',
  ]);
  expect(entries[1].item).toMatchObject({ description: 'p2' });
});
