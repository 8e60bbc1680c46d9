// Fault injection for the reliability tests (DESIGN: the emulator is a real server): 5xx on writes,
// 429 bursts, latency, dropped connections. Deterministic with `everyNth`, seeded with `rate`.
import { rng } from '@xac/xanoscript-dsl/parser';

/** Either a probability per request, or every Nth request (deterministic). */
export interface FaultSchedule {
  readonly rate?: number;
  readonly everyNth?: number;
  /**
   * true: the write is applied, then the answer fails ("landed, but the client never heard").
   * false (default): the request fails before anything changes.
   */
  readonly applied?: boolean;
}

export interface FaultOptions {
  /** 500 `ERROR_FATAL` on writes. */
  readonly failWrites?: FaultSchedule;
  /** At most `max` requests per `windowMs`, then 429 with the §3 body. */
  readonly rateLimit?: { readonly max: number; readonly windowMs: number };
  /**
   * 429 on every Nth request whatever the clock says: a burst limit that fires the same way on an idle
   * and a loaded machine (the window limit above depends on how fast the client is).
   */
  readonly throttle?: { readonly everyNth: number };
  readonly latencyMs?: number;
  /** The socket is destroyed with no answer; `writesOnly` limits it to writes. */
  readonly dropConnections?: FaultSchedule & { readonly writesOnly?: boolean };
  /** Seed for `rate` decisions. */
  readonly seed?: number;
}

/** What to do with one request. */
export interface FaultDecision {
  readonly rateLimited: boolean;
  /** 500 or drop: before handling, or after handling (applied). */
  readonly fail?: 'before' | 'after';
  readonly drop?: 'before' | 'after';
}

export interface FaultCounters {
  requests: number;
  writes: number;
  rateLimited: number;
  failed: number;
  dropped: number;
}

/**
 * Decides the faults of each request in arrival order.
 * @example const faults = new FaultInjector({failWrites: {everyNth: 3, applied: true}}); faults.decide(true)
 */
export class FaultInjector {
  readonly counters: FaultCounters = { requests: 0, writes: 0, rateLimited: 0, failed: 0, dropped: 0 };
  private readonly random: () => number;
  private window: { start: number; count: number } = { start: 0, count: 0 };
  private dropCandidates = 0;

  constructor(
    readonly options: FaultOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.random = rng(options.seed ?? 1);
  }

  private hits(s: FaultSchedule | undefined, n: number): boolean {
    if (!s) return false;
    if (s.everyNth !== undefined && s.everyNth > 0) return n % s.everyNth === 0;
    return s.rate !== undefined && this.random() < s.rate;
  }

  private overLimit(): boolean {
    const rl = this.options.rateLimit;
    if (!rl) return false;
    const t = this.now();
    if (t - this.window.start >= rl.windowMs) this.window = { start: t, count: 0 };
    this.window.count += 1;
    return this.window.count > rl.max;
  }

  /** Call once per request, after auth and routing. */
  decide(write: boolean): FaultDecision {
    const c = this.counters;
    c.requests += 1;
    const throttled = (this.options.throttle?.everyNth ?? 0) > 0 && c.requests % (this.options.throttle?.everyNth ?? 1) === 0;
    if (throttled || this.overLimit()) {
      c.rateLimited += 1;
      return { rateLimited: true };
    }
    const when = (s: FaultSchedule | undefined) => (s?.applied ? 'after' : 'before');
    const d = this.options.dropConnections;
    if (d && (write || !d.writesOnly) && this.hits(d, ++this.dropCandidates)) {
      c.dropped += 1;
      return { rateLimited: false, drop: when(d) };
    }
    if (!write) return { rateLimited: false };
    c.writes += 1;
    if (this.hits(this.options.failWrites, c.writes)) {
      c.failed += 1;
      return { rateLimited: false, fail: when(this.options.failWrites) };
    }
    return { rateLimited: false };
  }

  delayMs(): number {
    return this.options.latencyMs ?? 0;
  }
}

/** Parses `N/20s`, `N/500ms`, `N/1m` (the `--rate-limit` flag). */
export function parseRateLimit(spec: string): { max: number; windowMs: number } | undefined {
  const m = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)?\s*(ms|s|m)?$/.exec(spec.trim());
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000 }[m[3] ?? 's'] ?? 1000;
  return { max: Number(m[1]), windowMs: Number(m[2] ?? '1') * unit };
}
