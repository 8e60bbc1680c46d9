// The time budget for retrying a refused connection (RetryPolicy.refusedBudgetMs), measured on the
// injected clock, or as the sum of the sleeps when the runtime has none (fake clocks in tests).
import type { RetryRuntime } from './retry.js';

/** Tracks how much of the refused-connection budget one call has used. */
export class RefusedClock {
  private slept = 0;
  private readonly start: number | undefined;

  constructor(
    private readonly runtime: RetryRuntime,
    private readonly budgetMs: number,
  ) {
    this.start = runtime.now?.();
  }

  /** Milliseconds since the first attempt. */
  elapsed(): number {
    const now = this.runtime.now?.();
    return now === undefined || this.start === undefined ? this.slept : Math.max(this.slept, now - this.start);
  }

  /** Milliseconds of budget left (≤ 0: give up). */
  left(): number {
    return this.budgetMs - this.elapsed();
  }

  /** `next try in 0.5s, 1.2s of 5s used`, for the progress line. */
  describe(delayMs: number): string {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
    return `next try in ${s(delayMs)} (${s(this.elapsed())} of ${s(this.budgetMs)} used)`;
  }

  async sleep(ms: number): Promise<void> {
    this.slept += ms;
    await this.runtime.sleep(ms);
  }
}
