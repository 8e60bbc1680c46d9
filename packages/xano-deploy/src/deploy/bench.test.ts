import { describe, expect, it } from 'vitest';
import { runDeployBench } from './bench.js';

describe('deploy bench', () => {
  it('one changed object in a 500-object workspace is exactly one write and at most 12 requests (one pull), in both modes', async () => {
    const f = await runDeployBench(500);
    expect(f.fullApply.writes).toBe(500);
    expect(f.oneChange.objects.writes).toBe(1);
    expect(f.oneChange.transaction.writes).toBe(1);
    expect(f.oneChange.objects.requests).toBeLessThanOrEqual(12);
    expect(f.oneChange.transaction.requests).toBeLessThanOrEqual(12);
    expect(f.pushEveryObject.writes).toBe(500);
    expect(f.ratio.requests).toBeGreaterThan(10);
  }, 120_000);
});
