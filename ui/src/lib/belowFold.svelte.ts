// A long screen's first frame draws what the window shows. Making, styling and laying out the
// parts below it took most of the time from the data's arrival to the screen painted: at start
// the home screen made 422 elements, 118 of them in the window; a large case 732, 70 of them in
// the window. The parts below are drawn right after that first frame.

/** The rest of a long screen: the parts after what its first frame draws. */
export class BelowFold {
  /** Whether the rest is drawn. */
  shown = $state(false);
  /** Where the rest begins, while it is not drawn (an empty element). */
  marker = $state<HTMLElement>();

  /** Call once the screen's first part is drawn. The rest is drawn at once when the marker is
   * inside the window (or there is none), so the first frame holds all the window shows;
   * otherwise once the frame drawn without it has been painted (the second animation frame, as
   * the start's "painted" is told). Asking where the marker is lays the page out: the layout
   * that frame would do anyway. */
  place = () => {
    if (this.shown) return;
    const show = () => (this.shown = true);
    if (!this.marker || this.marker.getBoundingClientRect().top < window.innerHeight) show();
    else requestAnimationFrame(() => requestAnimationFrame(show));
  };
}
