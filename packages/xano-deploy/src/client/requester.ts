// The one place requests are sent: transport + response validation + retries + redacted logging.
import type { z } from 'zod';
import { UnexpectedResponseError, toApiError } from './errors.js';
import type { Redactor } from './redact.js';
import { RefusedClock } from './refused-clock.js';
import { backoffDelay, classifyFailure, isRefused, type RetryPolicy, type RetryRuntime } from './retry.js';
import { requestLabel, type Transport, type TransportRequest } from './transport.js';

/** The result of reading a write back after an uncertain failure. */
export type WriteOutcome<T> = { readonly landed: true; readonly value: T } | { readonly landed: false };

export interface Call<T> extends TransportRequest {
  readonly schema: z.ZodType<T>;
  /** Return the body as text instead of JSON (multidoc GET). */
  readonly text?: boolean;
  /** True when the call changes nothing even if it is a POST (multidoc dry-run). */
  readonly safe?: boolean;
  /** Reads a write back by identity after a 5xx, dropped connection or timeout. */
  readonly readBack?: () => Promise<WriteOutcome<T>>;
}

export interface RequesterOptions {
  readonly transport: Transport;
  readonly redact: Redactor;
  readonly retry: RetryPolicy;
  readonly runtime: RetryRuntime;
  readonly log: (line: string) => void;
}

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown; readonly retryAfterMs?: number };

/**
 * Sends calls with retries; every log line and error message is redacted.
 * @example const fns = await requester.call({method:'GET', path:'/workspace/1/function', schema});
 */
export class Requester {
  constructor(private readonly opts: RequesterOptions) {}

  /** Removes secrets from a text that may reach a message. */
  redact(text: string): string {
    return this.opts.redact(text);
  }

  /** Logs one line, with secrets removed. */
  log(line: string): void {
    this.opts.log(this.opts.redact(line));
  }

  async call<T>(c: Call<T>): Promise<T> {
    const { retry, runtime } = this.opts;
    const safe = c.safe ?? c.method === 'GET';
    const refused = new RefusedClock(runtime, retry.refusedBudgetMs);
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(c);
      if (result.ok) return result.value;
      const action = classifyFailure(result.error, { safe, canReadBack: c.readBack !== undefined });
      const last = attempt >= retry.maxAttempts;
      if (action === 'fail' || (last && action === 'retry')) throw result.error;
      let delay = backoffDelay(attempt, retry, runtime.random, result.retryAfterMs ?? 0);
      if (isRefused(result.error)) {
        const left = refused.left();
        if (left <= 0) throw result.error;
        delay = Math.min(delay, left);
        this.log(`cannot connect to ${result.error.origin || 'the instance'} (connection refused); retrying, ${refused.describe(delay)}`);
      } else if (!last) {
        this.log(`retry ${attempt}/${retry.maxAttempts - 1} of ${requestLabel(c)} in ${delay}ms after: ${result.error instanceof Error ? result.error.message : 'error'}`);
      }
      await refused.sleep(delay);
      if (action === 'read-back' && c.readBack) {
        const outcome = await c.readBack();
        if (outcome.landed) {
          this.log(`${requestLabel(c)}: the write landed despite "${result.error instanceof Error ? result.error.message : 'error'}"; not repeating it`);
          return outcome.value;
        }
        if (last) throw result.error;
      }
    }
  }

  private async attempt<T>(c: Call<T>): Promise<Attempt<T>> {
    let res;
    try {
      res = await this.opts.transport(c);
    } catch (error) {
      return { ok: false, error };
    }
    const label = requestLabel(c);
    if (res.status < 200 || res.status >= 300) {
      const error = toApiError(res.status, res.text, label, this.opts.redact);
      return { ok: false, error, ...(res.retryAfterMs === undefined ? {} : { retryAfterMs: res.retryAfterMs }) };
    }
    return { ok: true, value: this.decode(c, res.status, res.text) };
  }

  private decode<T>(c: Call<T>, status: number, text: string): T {
    const label = requestLabel(c);
    let body: unknown = text;
    if (!c.text) {
      try {
        body = text.trim() === '' ? null : JSON.parse(text);
      } catch {
        throw new UnexpectedResponseError(this.opts.redact(`${label}: answer is not JSON`), { status, code: 'BAD_RESPONSE', request: label });
      }
    }
    const parsed = c.schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown shape';
    throw new UnexpectedResponseError(this.opts.redact(`${label}: unexpected answer: ${where}`), { status, code: 'BAD_RESPONSE', request: label });
  }
}
