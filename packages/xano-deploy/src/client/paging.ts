// Following Tier A envelopes to the end (reference/meta-api.md §2.1 stop rule).
import type { Envelope } from './schemas.js';

/** A larger per_page than the default 50 means fewer round trips; the server allows up to 10000. */
export const DEFAULT_PER_PAGE = 1000;

/**
 * Fetches page after page until `nextPage` is null or absent, or a page comes back empty.
 * Throws rather than silently truncating when the server keeps pointing at more pages.
 * @example const all = await collectPages((page) => fetchFunctionsPage(page));
 */
export async function collectPages<T>(fetchPage: (page: number) => Promise<Envelope<T>>, maxPages = 10_000): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<number>();
  let page = 1;
  for (;;) {
    if (seen.has(page) || seen.size >= maxPages) throw new Error(`paging did not end (page ${page} after ${seen.size} pages)`);
    seen.add(page);
    const env = await fetchPage(page);
    all.push(...env.items);
    const next = env.nextPage;
    if (next === null || next === undefined || env.items.length === 0) return all;
    page = next;
  }
}
