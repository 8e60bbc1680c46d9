// Tier A list envelopes `{curPage, nextPage, prevPage, items}` (reference/meta-api.md §2.1, §6 #5).
import { queryChoice, queryInt } from './query-params.js';
import type { StoredObject } from './state.js';

const SORT_KEYS = ['id', 'name', 'created_at'] as const;
const SORTS: Record<(typeof SORT_KEYS)[number], (o: StoredObject) => string | number> = {
  id: (o) => o.id,
  name: (o) => o.name,
  created_at: (o) => `${o.createdAt}#${String(o.id).padStart(12, '0')}`,
};

/**
 * One page of `objects` per `page`, `per_page` (default 50, max 10000), `sort`, `order`, `search`.
 * @example pageOf(objects, new URLSearchParams('page=2&per_page=10')) // {curPage: 2, nextPage: 3 | null, …}
 */
export function pageOf<T>(objects: readonly StoredObject[], q: URLSearchParams, render: (o: StoredObject) => T) {
  const perPage = queryInt(q, 'per_page', 50, 1, 10_000);
  const page = queryInt(q, 'page', 1, 1, 1_000_000);
  const key = SORTS[queryChoice(q, 'sort', SORT_KEYS, 'created_at')];
  const desc = queryChoice(q, 'order', ['asc', 'desc'], 'desc') === 'desc';
  const search = (q.get('search') ?? '').toLowerCase();
  const kept = objects.filter((o) => search === '' || o.name.toLowerCase().includes(search));
  const sorted = [...kept].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
    return desc ? -cmp : cmp;
  });
  const items = sorted.slice((page - 1) * perPage, page * perPage).map(render);
  const more = page * perPage < sorted.length;
  return { curPage: page, nextPage: more ? page + 1 : null, prevPage: page > 1 ? page - 1 : null, itemsReceived: items.length, itemsTotal: sorted.length, items };
}
