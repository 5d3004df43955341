// Long lists (a company's cases, a case's timeline) are drawn a page at a time: a case with
// 2,000 contacts then opens as fast as one with 20, and scrolling stays smooth because the
// page holds only what has been drawn. The next page is drawn as the end scrolls near, or by
// the list's "Show more" button.

/** How many rows are drawn at first, and added each time. A row with its buttons costs close
 * to a millisecond to make and paint: with 50, a case opened in 115-137 ms, with 25 in 95. */
export const LIST_PAGE = 25;

/** How many rows of a list are drawn, `page` more at a time. */
export class Paging {
  readonly page: number;
  shown = $state(LIST_PAGE);

  constructor(page = LIST_PAGE) {
    this.page = page;
    this.shown = page;
  }

  /** Draws the next page. */
  more = () => {
    this.shown += this.page;
  };

  /** Makes sure row `index` (from 0) is drawn. */
  reach(index: number) {
    if (index >= this.shown) this.shown = Math.ceil((index + 1) / this.page) * this.page;
  }

  /** Back to the first page: another list is shown. */
  reset() {
    this.shown = this.page;
  }

  // A list fetched from core page by page is loaded whole (every row shown) after a change,
  // and one next page at a time as the user scrolls. A load's answer is kept only if no later
  // load began; a next page is not asked for while a load or another next page is on its way
  // (the load brings every row shown; two next pages would be the same page twice).
  private loads = 0;
  private answered = 0;
  private fetching = false;

  /** A load of every row shown begins: the function it gives says, once the answer (or a
   * failure) is in, whether it is still the newest and is to be used. */
  startLoad(): () => boolean {
    const ask = ++this.loads;
    return () => {
      if (ask !== this.loads) return false;
      this.answered = ask;
      return true;
    };
  }

  /** Asks for the next page with `fetch`; null when it was not asked or its answer came after
   * a load began. */
  async next<T>(fetch: () => Promise<T>): Promise<T | null> {
    if (this.fetching || this.answered !== this.loads) return null;
    this.fetching = true;
    const ask = this.loads;
    try {
      const answer = await fetch();
      return ask === this.loads ? answer : null;
    } finally {
      this.fetching = false;
    }
  }
}
