// Start-up is timed to the first screen painted with real data (`make bench-app`): the shell
// is told once, when the home screen's data has been drawn, with when each step of the start
// happened, so the benchmark can say where the time went.
import { windowPainted } from './api.ts';
import { router } from './router.svelte.ts';

/** Milliseconds since the Unix epoch at each step of the start, in order. */
const marks: Record<string, number> = {
  // The page was asked for: the process, GTK and WebKit's own processes are up.
  page: performance.timeOrigin,
  // The bundle has been read and runs.
  script: performance.timeOrigin + performance.now(),
};

/** Notes when a step of the start happened ("opened": the data is open; "data": the home
 * screen's data arrived). Only the first time of each counts. */
export function mark(step: string): void {
  marks[step] ??= performance.timeOrigin + performance.now();
}

let told = false;

/** Call when the first screen's data is in the page. The first animation frame runs before the
 * frame that draws it, the second once that frame is painted; only then is the shell told. */
export function firstScreenShown(): void {
  if (told) return;
  told = true;
  mark('data');
  requestAnimationFrame(() => {
    mark('frame');
    requestAnimationFrame(() => {
      mark('painted');
      // Which screen it is: a window opened from a reminder shows its case, not home.
      windowPainted({ ...marks, screen: router.hash }).catch(() => {});
    });
  });
}
