// A long screen's first frame draws what the window shows. Making, styling and laying out the
// parts below it took most of the time from the data's arrival to the screen painted: at start
// the home screen made 422 elements, 118 of them in the window; a large case 732, 70 of them in
// the window. The parts below are drawn right after that first frame.

/** Calls `show` (which draws the rest of the screen where `marker` stands) at once when the
 * marker is inside the window, so the first frame holds all the window shows; otherwise once the
 * frame drawn without the rest has been painted (the second animation frame, as the start's
 * "painted" is told). Asking where the marker is lays the page out: the layout that frame would
 * do anyway. Without a marker (nothing below), `show` is called at once. */
export function showBelow(marker: Element | undefined, show: () => void): void {
  if (!marker || marker.getBoundingClientRect().top < window.innerHeight) {
    show();
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(show));
}
