// The three paging conventions: FUB offset/limit with `_metadata`, reZEN pageNumber/pageSize with
// `hasNext`, SkySlope 1-based page/pageSize with `links.next`. A page is a window over a view (the
// record indices of a collection, or of one lifecycle group of it).
import type { JsonRecord } from './collection.js';

export type PagingStyle = 'fub' | 'rezen' | 'skyslope';

/** A bad paging parameter (answered 400). */
export class PagingParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PagingParamError';
  }
}

/** The records of a window [start, start + length) of a view, and the view's size. */
export interface PageSource {
  readonly total: number;
  slice(start: number, length: number): JsonRecord[];
}

export interface PageRequest {
  readonly query: URLSearchParams;
  /** The request URL without its query, for next links. */
  readonly selfUrl: string;
  /** The JSON key of the list (FUB `people`, SkySlope `transactions`). */
  readonly key: string;
}

const MAX_PAGE = 100;

function intParam(q: URLSearchParams, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new PagingParamError(`${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got "${raw}"`);
  return n;
}

const withQuery = (url: string, params: Record<string, number>) =>
  `${url}?${Object.entries(params).map(([k, v]) => `${k}=${v}`).join('&')}`;

function fubPage(src: PageSource, r: PageRequest): JsonRecord {
  const limit = intParam(r.query, 'limit', 10, 1, MAX_PAGE);
  const offset = intParam(r.query, 'offset', 0, 0);
  const more = offset + limit < src.total;
  const next = more ? withQuery(r.selfUrl, { offset: offset + limit, limit }) : null;
  return { _metadata: { collection: r.key, offset, limit, total: src.total, next: more ? String(offset + limit) : null, nextLink: next }, [r.key]: src.slice(offset, limit) };
}

function rezenPage(src: PageSource, r: PageRequest): JsonRecord {
  const pageSize = intParam(r.query, 'pageSize', 20, 1, MAX_PAGE);
  const pageNumber = intParam(r.query, 'pageNumber', 0, 0);
  const start = pageNumber * pageSize;
  return { pageNumber, pageSize, hasNext: start + pageSize < src.total, totalCount: src.total, results: src.slice(start, pageSize) };
}

function skyslopePage(src: PageSource, r: PageRequest): JsonRecord {
  const pageSize = intParam(r.query, 'pageSize', 25, 1, MAX_PAGE);
  const page = intParam(r.query, 'page', 1, 1);
  const start = (page - 1) * pageSize;
  const next = start + pageSize < src.total ? withQuery(r.selfUrl, { page: page + 1, pageSize }) : null;
  return { value: { [r.key]: src.slice(start, pageSize), totalCount: src.total }, page, pageSize, links: { next } };
}

/** One page in a style's shape; throws PagingParamError on a bad parameter. */
export const PAGERS: Readonly<Record<PagingStyle, (src: PageSource, r: PageRequest) => JsonRecord>> = {
  fub: fubPage,
  rezen: rezenPage,
  skyslope: skyslopePage,
};
