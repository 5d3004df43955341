// Escape closes the form or panel opened last. Forms register while they are open.
const stack: (() => void)[] = [];

/** Registers `close` for Escape; returns the function that unregisters it. */
export function onEscape(close: () => void): () => void {
  stack.push(close);
  return () => {
    const i = stack.lastIndexOf(close);
    if (i >= 0) stack.splice(i, 1);
  };
}

/** Handles a key press for the whole window; true when it closed something. */
export function handleEscape(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || stack.length === 0) return false;
  event.preventDefault();
  stack[stack.length - 1]();
  return true;
}
