// Retry rules (DESIGN Conventions: Retries). 429 and refused connections are retried for any call: the
// server never acted on them. A 5xx, a dropped connection or a timeout may hide a write that landed, so
// a write is first read back by identity and only repeated when it did not land.
import { XanoApiError, XanoConnectionError } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Total time spent retrying a refused connection before giving up: a closed port or a wrong
   * XANO_INSTANCE_URL is reported in seconds, not after the full backoff (~47 s).
   */
  readonly refusedBudgetMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 20_000, refusedBudgetMs: 5_000 };

/** Clock and randomness, injectable so tests run without waiting. */
export interface RetryRuntime {
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** Milliseconds on a monotonic clock; without it, time is the sum of the sleeps. */
  readonly now?: () => number;
}

export const REAL_RUNTIME: RetryRuntime = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: () => performance.now(),
};

/** What to do after a failed attempt. */
export type RetryAction = 'retry' | 'read-back' | 'fail';

/**
 * Decides how to go on after `err`. `safe` is true for calls that change nothing (GET, dry-run).
 * @example classifyFailure(new RateLimitedError(…), {safe: false}) // 'retry'
 */
export function classifyFailure(err: unknown, call: { readonly safe: boolean; readonly canReadBack: boolean }): RetryAction {
  if (!(err instanceof XanoApiError)) return 'fail';
  const untouched = err.status === 429 || (err instanceof XanoConnectionError && err.failure === 'refused');
  if (untouched) return 'retry';
  const uncertain = err.status >= 500 || (err instanceof XanoConnectionError && (err.failure === 'dropped' || err.failure === 'timeout'));
  if (!uncertain) return 'fail';
  if (call.safe) return 'retry';
  return call.canReadBack ? 'read-back' : 'fail';
}

/**
 * Exponential backoff with full jitter over [delay/2, delay], never below the server's Retry-After.
 * @example backoffDelay(3, DEFAULT_RETRY, Math.random) // between 1000 and 2000
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, floorMs = 0): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exp / 2 + (random() * exp) / 2);
  return Math.max(floorMs, jittered);
}

/** True for a refused connection: retried only within `refusedBudgetMs`. */
export const isRefused = (err: unknown): err is XanoConnectionError => err instanceof XanoConnectionError && err.failure === 'refused';
