/*
 * react-admin pages by number; the API pages by Relay cursor. For each list (resource, filters,
 * sort, page size) this remembers the cursor after every page it has seen: cursors[k] is the
 * `after` that starts page k + 1 (cursors[0] = null, the start). Going forward one page uses the
 * last page's endCursor; jumping ahead walks from the nearest known cursor, asking only for the
 * cursors (no records) in strides of at most `stride`. Any write to a resource forgets its lists.
 */

export const BEYOND_END = Symbol('beyond the end of the list');

export type CursorWalk = (
  after: string | null,
  first: number,
) => Promise<{ cursors: string[]; endCursor: string | null; hasNextPage: boolean }>;

export class PageCursors {
  private readonly lists = new Map<string, Map<string, (string | null)[]>>();

  constructor(private readonly stride = 100) {}

  private cursors(resource: string, key: string): (string | null)[] {
    let byKey = this.lists.get(resource);
    if (!byKey) this.lists.set(resource, (byKey = new Map()));
    let cursors = byKey.get(key);
    if (!cursors) byKey.set(key, (cursors = [null]));
    return cursors;
  }

  /** Records the cursor after `page` (1-based). */
  remember(resource: string, key: string, page: number, endCursor: string | null): void {
    if (endCursor !== null) this.cursors(resource, key)[page] = endCursor;
  }

  forget(resource: string): void {
    this.lists.delete(resource);
  }

  /** The `after` cursor for `page`, walking the list when it is not known yet. */
  async after(
    resource: string,
    key: string,
    page: number,
    perPage: number,
    walk: CursorWalk,
  ): Promise<string | null | typeof BEYOND_END> {
    const cursors = this.cursors(resource, key);
    const target = page - 1;
    let known = Math.min(target, cursors.length - 1);
    while (known > 0 && cursors[known] === undefined) known--;
    if (known === target) return cursors[target] ?? null;
    let after = cursors[known] ?? null;
    let position = known * perPage;
    const needed = target * perPage;
    while (position < needed) {
      const step = await walk(after, Math.min(needed - position, this.stride));
      step.cursors.forEach((cursor, i) => {
        const seen = position + i + 1;
        if (seen % perPage === 0) cursors[seen / perPage] = cursor;
      });
      position += step.cursors.length;
      after = step.endCursor ?? step.cursors[step.cursors.length - 1] ?? after;
      if (position < needed && (!step.hasNextPage || step.cursors.length === 0)) return BEYOND_END;
    }
    return cursors[target] ?? after;
  }
}
