import type { ApiRequestStmt } from '@xac/xanoscript-dsl/ast';
import { request } from 'undici';
import { ValueTypeError, XanoRuntimeError } from '../errors.js';
import type { Frame } from '../scope.js';
import { fromJson, isObj, toNumber, toText, type Obj, type Value } from '../values.js';
import { assign, at, attrOf, attrValue } from './bind.js';

// api.request — integrations/external-apis.md: `params` is the body (essentials.md "Common Mistakes"
// 4), headers are "Name: value" texts, `timeout` is in seconds, and the result is
// `{request: {url, method, headers, params}, response: {headers, result, status}}` with the body
// parsed as JSON when it is JSON. A non-2xx answer is a result, not an error; a connection that
// fails or times out is an ApiRequestError.

/** A request that got no HTTP answer (refused, DNS, timeout). */
export class ApiRequestError extends XanoRuntimeError {
  constructor(message: string, at: string) {
    super(message, { at });
    this.name = 'ApiRequestError';
  }
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

function headerList(v: Value, here: string): string[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw new ValueTypeError('headers must be a list of "Name: value" texts', here);
  return v.map(toText);
}

function headerObject(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list) {
    const i = h.indexOf(':');
    if (i > 0) out[h.slice(0, i).trim()] = h.slice(i + 1).trim();
  }
  return out;
}

/** GET and HEAD send `params` as the query string (unverified); other methods as a JSON body. */
function withQuery(url: string, params: Value): string {
  if (!isObj(params) || Object.keys(params).length === 0) return url;
  const q = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, toText(v)]));
  return `${url}${url.includes('?') ? '&' : '?'}${q.toString()}`;
}

function parseBody(text: string, contentType: string): Value {
  if (/json/i.test(contentType) || /^\s*[[{]/.test(text)) {
    try {
      return fromJson(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}

export async function apiRequest(s: ApiRequestStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  const url = toText(attrValue(s, 'url', frame));
  const method = toText(attrValue(s, 'method', frame) ?? 'GET').toUpperCase() || 'GET';
  if (!METHODS.has(method)) throw new ValueTypeError(`method must be one of ${[...METHODS].join(', ')}, got ${method}`, here);
  const params = attrOf(s, 'params') ? attrValue(s, 'params', frame) : null;
  const headers = headerList(attrOf(s, 'headers') ? attrValue(s, 'headers', frame) : null, here);
  const timeoutMs = (toNumber(attrOf(s, 'timeout') ? attrValue(s, 'timeout', frame) : 60) ?? 60) * 1000;
  const hasBody = method !== 'GET' && method !== 'HEAD' && params !== null;
  const sent = headerObject(headers);
  if (hasBody && !Object.keys(sent).some((k) => k.toLowerCase() === 'content-type')) sent['Content-Type'] = 'application/json';
  const target = hasBody ? url : withQuery(url, params);
  let res;
  try {
    res = await request(target, {
      method: method as 'GET', headers: sent, body: hasBody ? (typeof params === 'string' ? params : JSON.stringify(params)) : null,
      headersTimeout: timeoutMs, bodyTimeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const why = err instanceof Error && (err.name === 'TimeoutError' || /timeout/i.test(err.message)) ? `timed out after ${timeoutMs / 1000} s` : err instanceof Error ? err.message : String(err);
    throw new ApiRequestError(`api.request ${method} ${url} failed: ${why}`, here);
  }
  const text = await res.body.text();
  const contentType = toText(fromJson(res.headers['content-type'] ?? ''));
  const responseHeaders = Object.entries(res.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v ?? ''}`);
  const result: Obj = {
    request: { url: target, method, headers, params },
    response: { headers: responseHeaders, result: parseBody(text, contentType), status: res.statusCode },
  };
  if (s.as) assign(s.as, result, { frame }, false);
}
