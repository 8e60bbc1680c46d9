import { describe, expect, it } from 'vitest';
import { FaultInjector } from './faults.js';

describe('FaultInjector', () => {
  it('throttles every Nth request with a 429 whatever the clock, and counts it', () => {
    const frozen = new FaultInjector({ throttle: { everyNth: 4 } }, () => 0);
    const decisions = Array.from({ length: 12 }, (_, i) => frozen.decide(i % 2 === 0).rateLimited);
    expect(decisions.map((d, i) => (d ? i + 1 : 0)).filter(Boolean)).toEqual([4, 8, 12]);
    expect(frozen.counters.rateLimited).toBe(3);
  });

  it('limits a window only while requests arrive faster than max per window', () => {
    let t = 0;
    const faults = new FaultInjector({ rateLimit: { max: 2, windowMs: 100 } }, () => t);
    expect([faults.decide(false), faults.decide(false), faults.decide(false)].map((d) => d.rateLimited)).toEqual([false, false, true]);
    t = 150;
    expect(faults.decide(false).rateLimited).toBe(false);
  });
});
