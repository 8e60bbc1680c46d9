import type { RunState } from '../scope.js';
import type { Value } from '../values.js';

// syntax.md "System Variables": `$env.$remote_ip`, `$env.$http_headers`, `$env.$datasource`… Locally
// there is no HTTP request unless an `api.call` of a workflow test (or the emulator) made one: the
// request variables then describe that call; otherwise headers are {} and the others null.

/** The request a run serves, as the system variables show it. */
export interface RequestInfo {
  readonly method: string;
  readonly uri: string;
  readonly querystring?: string;
  /** Header name → value, names as sent. */
  readonly headers: Readonly<Record<string, string>>;
  readonly authToken?: string;
}

const SYSTEM: Readonly<Record<string, (state: RunState) => Value>> = {
  remote_ip: (s) => (s.request ? '127.0.0.1' : null),
  request_method: (s) => s.request?.method ?? null,
  request_uri: (s) => s.request?.uri ?? null,
  request_querystring: (s) => s.request?.querystring ?? '',
  http_headers: (s) => ({ ...(s.request?.headers ?? {}) }),
  request_auth_token: (s) => s.request?.authToken ?? null,
  datasource: (s) => s.datasource ?? 'live',
  branch: () => 'v1',
  tenant: () => null,
  api_baseurl: () => 'http://127.0.0.1',
  release: () => 0,
  platform: () => 0,
  debugger: () => false,
};

/**
 * The value of `$env.$<name>` (null for a system variable the docs do not list).
 * @example systemVar('http_headers', state) // {}
 */
export function systemVar(name: string, state: RunState): Value {
  return SYSTEM[name]?.(state) ?? null;
}
