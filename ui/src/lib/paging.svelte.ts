// Long lists (a company's cases, a case's timeline) are drawn a page at a time: a case with
// 2,000 contacts then opens as fast as one with 20, and scrolling stays smooth because the
// page holds only what has been drawn. The next page is drawn as the end scrolls near, or by
// the list's "Show more" button.

/** How many rows are drawn at first, and added each time. */
export const LIST_PAGE = 50;

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
}
