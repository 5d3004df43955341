// What was just deleted, offered back for a few seconds (core's UNDO_SECONDS) from any screen.
import type { TrashItem } from './bindings/TrashItem.ts';
import { UNDO_SECONDS } from './bindings/rules.ts';

export const undo = $state<{ item: TrashItem | null }>({ item: null });

let timer: ReturnType<typeof setTimeout> | undefined;

/** Offers to bring `item` back until the time is up or something else is deleted. */
export function offerUndo(item: TrashItem): void {
  undo.item = item;
  clearTimeout(timer);
  timer = setTimeout(() => (undo.item = null), UNDO_SECONDS * 1000);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  undo.item = null;
}
