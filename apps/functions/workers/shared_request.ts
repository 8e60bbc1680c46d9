// One GET of a third-party record with api.request, checked as fetchPages checks a page: the status
// read before the body, a failed request (an error status, or no answer at all) handed to `onError`,
// which must return from the worker; otherwise the answer's body.
import type { Shape, Stack, Val, X } from '@xac/xanoscript-dsl/dsl';

/**
 * Fetches one record; `onError` gets `{status, url, message}` and must return from the worker.
 * @example const body = fetchRecord(s, { url: s.env('REZEN_BASE_URL').concat('/yenta/api/v1/agents/', id), prefix: 'agent' }, (e, b) => ctx.fail(b, e));
 */
export function fetchRecord<I extends Shape>(
  s: Stack<I>,
  o: { readonly url: Val; readonly prefix: string },
  onError: (error: X<'json'>, s: Stack<I>) => void,
): X<'json'> {
  const p = o.prefix;
  const status = s.var(`${p}_status`, 0);
  const reason = s.var(`${p}_reason`, '');
  s.var(`${p}_answer`, null);
  let answer: X<'json'> | undefined;
  s.tryCatch(
    (t) => {
      answer = t.request({ url: o.url, method: 'GET', timeout: 30, as: `${p}_answer` });
      t.update(status, answer.get('response', {}).get('status', 0));
      t.update(reason, answer.get('response', {}).get('result', {}).get('error', 'request failed'));
    },
    (c, error) => c.update(reason, error.get('message', 'no answer')),
  );
  s.if(status.ne(200), (b) => onError(b.var(`${p}_error`, { status, url: o.url, message: reason }), b));
  if (answer === undefined) throw new Error('fetchRecord: the try block recorded no request');
  return s.var(`${p}_body`, answer.get('response', {}).get('result', {}));
}
