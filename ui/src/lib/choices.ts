// The values of each choice, in the order they are offered.
import type { Channel } from './bindings/Channel.ts';
import type { Direction } from './bindings/Direction.ts';
import type { Escalation } from './bindings/Escalation.ts';
import type { FollowUpKind } from './bindings/FollowUpKind.ts';
import type { Outcome } from './bindings/Outcome.ts';
import type { PromiseStatus } from './bindings/PromiseStatus.ts';

export const CHANNELS: readonly Channel[] = [
  'phone',
  'email',
  'chat',
  'social',
  'letter',
  'in_person',
  'sms',
  'web',
];
export const DIRECTIONS: readonly Direction[] = ['outbound', 'inbound'];
export const ESCALATIONS: readonly Escalation[] = [
  'agent',
  'supervisor',
  'complaints',
  'executive',
  'regulator',
  'public',
  'leaving',
];
export const OUTCOMES: readonly Outcome[] = ['got_it', 'partial', 'gave_up', 'switched'];
export const PROMISE_STATUSES: readonly PromiseStatus[] = ['pending', 'kept', 'broken', 'withdrawn'];
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['follow_up', 'deadline'];
