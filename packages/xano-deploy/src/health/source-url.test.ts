// `--url`: a pipeline-health-check endpoint answers the FP Result with the check in `data`; the CLI
// sends the config's thresholds as the endpoint's inputs, keeps the endpoint's own verdict beside its
// own, and prints both (a disagreement shows the endpoint's reasons).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_DEFAULTS } from '../config/schema.js';
import { renderHealth } from './render-text.js';
import { HealthSourceError, readHealthFacts, withThresholds } from './source.js';
import type { HealthFacts } from './types.js';
import { evaluateHealth } from './verdict.js';

const NOW = Date.UTC(2026, 0, 26, 12);
const facts: HealthFacts = { checkedAt: NOW, staging: [{ table: 'stage_a', total: 1_500, backlog: 1_200 }], finalTables: { listing: 5 }, syncState: [], jobs: [] };
const staging = { level: 'warning', category: 'staging', message: 'staging backlog 1200 unprocessed rows (≥ 1000)' } as const;

let server: Server;
let base = '';
const seen: string[] = [];
let answer: unknown = {};
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api:LIdBL1AN/pipeline-health-check`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('withThresholds', () => {
  it('names each threshold as the endpoint input (snake case, _warning/_critical), keeping those the URL gives', () => {
    const u = new URL(withThresholds('http://h/x?staging_backlog_warning=7', ALERT_DEFAULTS));
    expect(Object.fromEntries(u.searchParams)).toEqual({
      staging_backlog_warning: '7', staging_backlog_critical: '5000',
      sync_failure_rate_warning: '0.1', sync_failure_rate_critical: '0.3',
      sync_age_hours_warning: '24', sync_age_hours_critical: '72',
      stuck_job_hours_warning: '4', stuck_job_hours_critical: '24',
    });
    expect(withThresholds('http://h/x', undefined)).toBe('http://h/x');
  });
});

describe('readHealthFacts from a URL', () => {
  it('reads the FP Result, sends the thresholds and keeps the endpoint verdict', async () => {
    answer = { success: true, data: { ...facts, verdict: 'warning', reasons: [staging], backlog: 1_200 }, error: null, step: 'complete' };
    const read = await readHealthFacts({ kind: 'url', url: base }, [], NOW, ALERT_DEFAULTS);
    expect(seen.at(-1)).toContain('stuck_job_hours_critical=24');
    expect(read).toEqual({ ...facts, reported: { verdict: 'warning', reasons: [staging] } });
    expect(renderHealth(evaluateHealth(read, ALERT_DEFAULTS))).toContain('endpoint verdict: warning (1 reason; the same under xac.config.ts alerts)\n');
  });

  it('prints the endpoint reasons when its verdict is not what the config gives', async () => {
    answer = { success: true, data: { ...facts, verdict: 'critical', reasons: [{ ...staging, level: 'critical' }] }, error: null, step: 'complete' };
    const text = renderHealth(evaluateHealth(await readHealthFacts({ kind: 'url', url: base }, [], NOW, ALERT_DEFAULTS), ALERT_DEFAULTS));
    expect(text).toMatch(/^verdict: warning /);
    expect(text).toContain('endpoint verdict: critical (1 reason), not what xac.config.ts alerts give; the endpoint said:\n  ✗ critical staging: staging backlog 1200');
  });

  it('still reads bare facts (a saved answer of another endpoint) with no endpoint verdict', async () => {
    answer = facts;
    expect(await readHealthFacts({ kind: 'url', url: base }, [], NOW)).toEqual(facts);
  });

  it('refuses success: false and a body that is no health check, naming the field', async () => {
    answer = { success: false, data: null, error: { code: 'X' }, step: 'x' };
    await expect(readHealthFacts({ kind: 'url', url: base }, [], NOW)).rejects.toThrow(new HealthSourceError(`${base}: answered success: false ({"code":"X"})`));
    answer = { success: true, data: { ...facts, staging: 3 }, error: null, step: 'complete' };
    await expect(readHealthFacts({ kind: 'url', url: base }, [], NOW)).rejects.toThrow(/not a health check: staging: /);
  });
});
