// One HTTP exchange with the Meta API over undici; no retries here (see retry.ts).
import { Agent, request } from 'undici';
import { XanoConnectionError, type ConnectionFailure } from './errors.js';
import type { Redactor } from './redact.js';

/** Timeouts in milliseconds; 0 disables one. */
export interface Timeouts {
  readonly connectMs: number;
  /** Until the response headers arrive (a big multidoc push can take minutes). */
  readonly headersMs: number;
  /** Between body chunks. */
  readonly bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 900_000, bodyMs: 300_000 };

export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below `/api:meta`, starting with `/`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: string;
  readonly contentType?: 'text/x-xanoscript' | 'application/json';
}

export interface TransportResponse {
  readonly status: number;
  readonly text: string;
  readonly retryAfterMs?: number;
}

/** Sends one request; throws XanoConnectionError when no HTTP answer comes back. */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

const FAILURES: Record<string, ConnectionFailure> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'dropped',
  EPIPE: 'dropped',
  UND_ERR_SOCKET: 'dropped',
  UND_ERR_CLOSED: 'dropped',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EPROTO: 'tls',
  CERT_HAS_EXPIRED: 'tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
};

/** TLS failures carry many codes (`ERR_TLS_CERT_ALTNAME_INVALID`, `ERR_SSL_WRONG_VERSION_NUMBER`…). */
const isTlsCode = (code: string) => code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code.includes('CERT');

/** Why a request got no HTTP answer, from the error code (undici wraps the socket error in `cause`). */
export function failureOf(err: unknown): ConnectionFailure {
  const e = err as { code?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (FAILURES[code]) return FAILURES[code];
  if (isTlsCode(code)) return 'tls';
  if (Array.isArray(e.errors) && e.errors.length > 0) return failureOf(e.errors[0]);
  if (e.cause !== undefined && e.cause !== err) return failureOf(e.cause);
  return 'other';
}

/** `METHOD /path` for messages: no query string, no headers, so no secret can leak through it. */
export function requestLabel(req: Pick<TransportRequest, 'method' | 'path'>): string {
  return `${req.method} ${req.path}`;
}

function originOf(instanceUrl: string): string {
  try {
    return new URL(instanceUrl).origin;
  } catch {
    return '';
  }
}

function buildUrl(base: string, req: TransportRequest): string {
  const url = new URL(`${base.replace(/\/+$/, '')}/api:meta${req.path}`);
  for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

function retryAfter(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const secs = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(secs) && secs >= 0 ? secs * 1000 : undefined;
}

/**
 * An undici transport for one instance origin and token.
 * @example const send = createHttpTransport({instanceUrl: 'http://127.0.0.1:4010', token, timeouts: DEFAULT_TIMEOUTS, redact});
 */
export function createHttpTransport(opts: {
  readonly instanceUrl: string;
  readonly token: string;
  readonly timeouts: Timeouts;
  readonly redact: Redactor;
}): Transport & { close(): Promise<void> } {
  const { connectMs, headersMs, bodyMs } = opts.timeouts;
  const agent = new Agent({ connect: { timeout: connectMs }, headersTimeout: headersMs, bodyTimeout: bodyMs });
  const send = async (req: TransportRequest): Promise<TransportResponse> => {
    const headers: Record<string, string> = { authorization: `Bearer ${opts.token}`, accept: 'application/json' };
    if (req.contentType) headers['content-type'] = req.contentType;
    try {
      const res = await request(buildUrl(opts.instanceUrl, req), { method: req.method, headers, body: req.body, dispatcher: agent });
      const text = await res.body.text();
      const after = retryAfter(res.headers['retry-after']);
      return { status: res.statusCode, text, ...(after === undefined ? {} : { retryAfterMs: after }) };
    } catch (err) {
      const failure = failureOf(err);
      const detail = err instanceof Error ? err.message : String(err);
      throw new XanoConnectionError(opts.redact(`${requestLabel(req)}: connection ${failure}: ${detail}`), failure, requestLabel(req), originOf(opts.instanceUrl));
    }
  };
  return Object.assign(send, { close: () => agent.close() });
}
