import { describe, expect, test } from 'vitest';
import { Paging } from './paging.svelte.ts';

/** A fetch whose answer the test gives when it wants. */
function later<T>() {
  let give!: (value: T) => void;
  const answer = new Promise<T>((resolve) => (give = resolve));
  return { fetch: () => answer, give };
}

describe('a list fetched a page at a time', () => {
  test('no next page is asked for while the load of what is shown is on its way', async () => {
    const paging = new Paging(25);
    const current = paging.startLoad();
    let asked = false;
    expect(
      await paging.next(async () => {
        asked = true;
        return 'page 2';
      }),
    ).toBeNull();
    expect(asked).toBe(false);
    expect(current()).toBe(true);
    expect(await paging.next(async () => 'page 2')).toBe('page 2');
  });

  test("a next page that comes back after a new load began is dropped, and the load's answer kept", async () => {
    const paging = new Paging(25);
    paging.startLoad()();
    const page = later<string>();
    const pending = paging.next(page.fetch);
    const current = paging.startLoad();
    page.give('page 2');
    expect(await pending).toBeNull();
    expect(current()).toBe(true);
  });

  test('one next page at a time: the same page is never asked for twice', async () => {
    const paging = new Paging(25);
    paging.startLoad()();
    const page = later<string>();
    const first = paging.next(page.fetch);
    expect(await paging.next(async () => 'again')).toBeNull();
    page.give('page 2');
    expect(await first).toBe('page 2');
  });

  test('an earlier load answering after a later one is not used', () => {
    const paging = new Paging(25);
    const earlier = paging.startLoad();
    const newer = paging.startLoad();
    expect(newer()).toBe(true);
    expect(earlier()).toBe(false);
  });
});
