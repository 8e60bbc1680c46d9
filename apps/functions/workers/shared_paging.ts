// Paging through a third-party list API with api.request: one request per page, the status checked
// before the body is read, every record handed to `each`, and a failed request (an error status, or
// no answer at all) handed to `onError`, which must return from the worker. reZEN and SkySlope page
// differently (docs/stand-ins.md), so the page parameters and the two readers of a page body are
// the caller's.
import { op, type ArrT, type Shape, type Stack, type Val, type X } from '@xac/xanoscript-dsl/dsl';

export interface PagedList {
  /** The list's URL (built from `$env.<INTEGRATION>_BASE_URL`). */
  readonly url: Val;
  /** The page parameter's name and the number of the first page (reZEN `pageNumber` from 0, SkySlope `page` from 1). */
  readonly page: readonly [name: string, first: number];
  /** The page-size parameter's name; every request asks for 100 records (the APIs' largest page). */
  readonly pageSize: string;
  /** The records of a page body. */
  readonly records: (body: X<'json'>) => X<'json'> | X<ArrT<'json'>>;
  /** Whether a page body says another page follows. */
  readonly hasMore: (body: X<'json'>) => Val;
  /** A prefix for the variables the loop declares (unique in the stack). */
  readonly prefix: string;
}

/**
 * Fetches every page of a list; returns the number of records fetched.
 * @example const fetched = fetchPages(s, list, (record, b) => b.db.addOrEdit(stage, …), (error, b) => b.return(failure(error)));
 */
export function fetchPages<I extends Shape>(
  s: Stack<I>,
  list: PagedList,
  each: (record: X<'json'>, s: Stack<I>) => void,
  onError: (error: X<'json'>, s: Stack<I>) => void,
): X<'int'> {
  const p = list.prefix;
  const page = s.var(`${p}_page`, list.page[1]);
  const more = s.var(`${p}_has_more`, true);
  const fetched = s.var(`${p}_fetched`, 0);
  // A connection that fails or times out raises: that is a failure with status 0 and its message.
  const status = s.var(`${p}_status`, 0);
  const reason = s.var(`${p}_reason`, '');
  // Bound by the request inside the try; declared here so every path after the try has it.
  s.var(`${p}_answer`, null);
  s.while(more, (w) => {
    w.update(status, 0);
    let answer: X<'json'> | undefined;
    w.tryCatch(
      (t) => {
        answer = t.request({ url: list.url, method: 'GET', params: { [list.page[0]]: page, [list.pageSize]: 100 }, timeout: 30, as: `${p}_answer` });
        t.update(status, answer.get('response', {}).get('status', 0));
        t.update(reason, answer.get('response', {}).get('result', {}).get('error', 'request failed'));
      },
      (c, error) => c.update(reason, error.get('message', 'no answer')),
    );
    w.if(status.ne(200), (b) => onError(b.var(`${p}_error`, { status, url: list.url, page, message: reason }), b));
    const response = w.var(`${p}_response`, nullThrows(answer).get('response', {}));
    const body = w.var(`${p}_body`, response.get('result', {}));
    w.foreach<'json'>(list.records(body), `${p}_record`, (record, b) => {
      each(record, b);
      b.update(fetched, fetched.add(1));
    });
    w.update(more, op.cmp(list.hasMore(body), '==', true));
    w.update(page, page.add(1));
  });
  return fetched;
}

function nullThrows<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('fetchPages: the try block recorded no request');
  return x;
}
