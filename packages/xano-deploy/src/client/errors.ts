// Xano's error body `{code, message, payload}` (reference/meta-api.md §2.15) as typed errors.

/** Where a request went, for messages: `POST /workspace/1/function`. Never holds headers. */
export type RequestLabel = string;

/** A 1-based position in a local file. */
export interface LocalPosition {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** What every API error carries: the HTTP status, the server's code and the request it answered. */
export interface ApiErrorInit {
  readonly status: number;
  readonly code: string;
  readonly request: RequestLabel;
  readonly payload?: unknown;
  /** The server's own `message`, redacted, without the request prefix. */
  readonly serverMessage?: string;
}

/**
 * Any failed Meta API call. `status` is 0 when no HTTP answer came back.
 * @example if (err instanceof XanoApiError && err.status === 404) …
 */
export class XanoApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly request: RequestLabel;
  readonly payload: unknown;
  readonly serverMessage: string;

  constructor(message: string, init: ApiErrorInit) {
    super(message);
    this.name = 'XanoApiError';
    this.status = init.status;
    this.code = init.code;
    this.request = init.request;
    this.payload = init.payload ?? null;
    this.serverMessage = init.serverMessage ?? message;
  }
}

/** 401: the token is missing, wrong or expired. */
export class UnauthorizedError extends XanoApiError {
  override readonly name = 'UnauthorizedError';
}

/** 403: the token lacks the scope for this call. */
export class AccessDeniedError extends XanoApiError {
  override readonly name = 'AccessDeniedError';
}

/** 404: unknown id, group, branch or workspace ("Unable to locate request."). */
export class NotFoundError extends XanoApiError {
  override readonly name = 'NotFoundError';
}

/** 400 `ERROR_CODE_INPUT_ERROR` / `ERROR_CODE_BAD_REQUEST`: duplicate name, wrong kind for the route… */
export class InputError extends XanoApiError {
  override readonly name = 'InputError';
  /** `payload.param` when the server names the offending input. */
  get param(): string | undefined {
    const p = this.payload as { param?: unknown } | null;
    return typeof p?.param === 'string' ? p.param : undefined;
  }
}

/** 400 `ERROR_CODE_SYNTAX_ERROR`: XanoScript the server could not parse, mapped to the local file. */
export class XanoSyntaxError extends XanoApiError {
  override readonly name = 'XanoSyntaxError';
  /** Positions in the local files (1-based), when they could be worked out. */
  readonly locations: readonly LocalPosition[];

  constructor(message: string, init: ApiErrorInit & { locations?: readonly LocalPosition[] }) {
    super(message, init);
    this.locations = init.locations ?? [];
  }
}

/** 429 `ERROR_CODE_TOO_MANY_REQUESTS` (reference §3), still failing after the retries. */
export class RateLimitedError extends XanoApiError {
  override readonly name = 'RateLimitedError';
}

/** 5xx, still failing after the retries (or a write whose outcome was read back as not landed). */
export class ServerError extends XanoApiError {
  override readonly name = 'ServerError';
}

/** Why no HTTP answer came back: `dns` (host not found) and `tls` (certificate, protocol) never connected. */
export type ConnectionFailure = 'refused' | 'dropped' | 'timeout' | 'dns' | 'tls' | 'other';

/** No HTTP answer: connection refused, host not found, TLS failure, dropped mid-request, or timed out. */
export class XanoConnectionError extends XanoApiError {
  override readonly name = 'XanoConnectionError';
  constructor(
    message: string,
    readonly failure: ConnectionFailure,
    request: RequestLabel,
    /** The instance origin it tried (scheme, host, port: never a secret). */
    readonly origin = '',
  ) {
    super(message, { status: 0, code: `CONNECTION_${failure.toUpperCase()}`, request });
  }
}

/** A 2xx answer whose body does not have the documented shape. */
export class UnexpectedResponseError extends XanoApiError {
  override readonly name = 'UnexpectedResponseError';
}

interface ErrorBody {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly payload?: unknown;
}

function readBody(text: string): ErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as ErrorBody) : {};
  } catch {
    return {};
  }
}

const BY_STATUS: Record<number, typeof XanoApiError> = {
  401: UnauthorizedError,
  403: AccessDeniedError,
  404: NotFoundError,
  429: RateLimitedError,
};

/**
 * Maps a non-2xx answer to its typed error; `redact` scrubs secrets from every string kept.
 * @example throw toApiError(404, '{"code":"ERROR_CODE_NOT_FOUND","message":"Unable to locate request."}', 'GET /workspace/1/function/9', redact)
 */
export function toApiError(status: number, text: string, request: RequestLabel, redact: (s: string) => string): XanoApiError {
  const body = readBody(text);
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  const raw = typeof body.message === 'string' ? body.message : text.slice(0, 200);
  const payload: unknown = body.payload === undefined ? null : JSON.parse(redact(JSON.stringify(body.payload)));
  const init = { status, code, request, payload, serverMessage: redact(raw) };
  const message = redact(`${request}: ${status} ${code}: ${raw}`);
  if (code === 'ERROR_CODE_SYNTAX_ERROR') return new XanoSyntaxError(message, init);
  const ctor = BY_STATUS[status];
  if (ctor) return new ctor(message, init);
  if (status >= 500) return new ServerError(message, init);
  if (status === 400 || status === 409 || status === 422) return new InputError(message, init);
  return new XanoApiError(message, init);
}
