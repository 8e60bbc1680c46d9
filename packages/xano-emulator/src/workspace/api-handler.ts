// Serves the workspace's endpoints: `/api:<canonical>[:<branch>]/<path>` with the declared verb,
// input parsed and validated by the runtime, `$auth` from the auth table when the endpoint has
// `auth = "<table>"`, the response as JSON, and errors as Xano's `{code, message, payload}` with the
// status of their error_type (essentials.md "Error Types"; apis.md).
import type { IncomingMessage } from 'node:http';
import { evaluateConstant, PreconditionError, run, XanoRuntimeError, type Value } from '@xac/xanoscript-runtime';
import { EmulatorHttpError, notFound } from '../http-error.js';
import type { ApiTarget } from './endpoint-match.js';
import { matchEndpoint } from './endpoint-match.js';
import type { EndpointEntry, LiveWorkspace } from './live-workspace.js';
import { requestInput } from './request-input.js';
import type { AuthValue } from './values.js';
import type { WorkspaceHost } from './workspace-host.js';

/** An answer of the workspace API. */
export interface ApiReply {
  readonly status: number;
  readonly json: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'ERROR_CODE_INPUT_ERROR', 401: 'ERROR_CODE_UNAUTHORIZED', 403: 'ERROR_CODE_ACCESS_DENIED',
  404: 'ERROR_CODE_NOT_FOUND', 429: 'ERROR_CODE_TOO_MANY_REQUESTS',
};

/** The endpoint's `auth = "<table>"`, if any. */
export function authTable(e: EndpointEntry): string | undefined {
  const a = e.decl.attrs.find((x) => x.name === 'auth');
  const v = a ? evaluateConstant(a.value) : undefined;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function bearer(req: IncomingMessage): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

/** `$auth` for the request: required (401 without a valid token) when the endpoint names a table. */
function authOf(host: WorkspaceHost, e: EndpointEntry, req: IncomingMessage): AuthValue | null {
  const table = authTable(e);
  const token = bearer(req);
  if (table === undefined) return null;
  const auth = token === undefined ? undefined : host.auth.resolve(token, table);
  if (!auth) throw new EmulatorHttpError(401, 'ERROR_CODE_UNAUTHORIZED', token === undefined ? 'This endpoint requires authentication.' : 'Invalid token.');
  return auth;
}

function find(host: WorkspaceHost, verb: string, t: ApiTarget): { live: LiveWorkspace; entry: EndpointEntry; params: Record<string, string> } {
  for (const live of host.live(t.branch)) {
    if (!live.endpoints.some((e) => e.canonical === t.canonical)) continue;
    return { live, ...matchEndpoint(live.endpoints, verb, t) };
  }
  throw notFound();
}

/** `$env.$…` of a request (apis.md "Query Name": `$env.$api_baseurl`, `$env.$branch`; security.md `$env.$remote_ip`). */
function requestEnv(req: IncomingMessage, t: ApiTarget): Record<string, Value> {
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : (v ?? '')}`);
  return {
    $remote_ip: req.socket.remoteAddress ?? '', $api_baseurl: `http://${req.headers.host ?? '127.0.0.1'}`, $branch: t.branch ?? '',
    $request_method: req.method ?? 'GET', $request_uri: req.url ?? '/', $http_headers: headers,
  };
}

function errorReply(err: unknown): ApiReply {
  if (err instanceof EmulatorHttpError) return { status: err.status, json: { code: err.code, message: err.message, payload: err.payload } };
  if (err instanceof XanoRuntimeError) {
    const payload = err instanceof PreconditionError ? (err.payload ?? null) : null;
    const json = { code: CODE_OF_STATUS[err.status] ?? 'ERROR_FATAL', message: err.bare, payload };
    return { status: err.status, json, headers: err.at ? { 'x-xac-error-at': err.at } : {} };
  }
  return { status: 500, json: { code: 'ERROR_FATAL', message: err instanceof Error ? err.message : String(err) } };
}

/**
 * Runs the endpoint a request reaches and gives the answer to send.
 * @example const reply = await serveEndpoint(host, req, target, body);
 */
export async function serveEndpoint(host: WorkspaceHost, req: IncomingMessage, t: ApiTarget, body: string): Promise<ApiReply> {
  try {
    const verb = (req.method ?? 'GET').toUpperCase();
    const { live, entry, params } = find(host, verb, t);
    const auth = authOf(host, entry, req);
    const input = requestInput(t.query, body, req.headers['content-type'] ?? '', params);
    const result = await run(entry.decl, input, host.context(live, entry.path, { auth, env: requestEnv(req, t) }));
    return { status: 200, json: result.response };
  } catch (err) {
    return errorReply(err);
  }
}
