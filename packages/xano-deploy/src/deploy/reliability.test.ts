// RELIABILITY (issue 5): with the emulator injecting faults, a 300-object deploy either completes or
// rolls back; a final pull equals the desired or the previous state, never a mix; rerunning converges;
// the token appears in no output, log or record.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createXanoClient } from '../client/http-client.js';
import { createRedactor } from '../client/redact.js';
import { createHttpTransport, DEFAULT_TIMEOUTS, type Transport } from '../client/transport.js';
import type { FaultOptions } from '@xac/xano-emulator';
import { readDesired } from './desired.js';
import { pullRemote } from '../remote/pull.js';
import { deployDesired, planAgainst, type ApplyMode } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { emulatorTarget, FAST_RETRY, type TestTarget } from './__tests__/helpers.js';

const FAULTS: FaultOptions = {
  failWrites: { everyNth: 3, applied: false },
  rateLimit: { max: 40, windowMs: 100 },
  // The window limit only fires when the client is fast; this one fires on a loaded machine too.
  throttle: { everyNth: 29 },
  dropConnections: { everyNth: 11, writesOnly: true, applied: true },
};

const open: TestTarget[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});

const view = async (t: TestTarget) => (await pullRemote(t.client)).objects.map((o) => `${o.identity}\n${o.canonicalText}`).sort();
const wanted = (files: ReturnType<typeof syntheticWorkspace>) => readDesired(files).objects.map((o) => `${o.identity}\n${o.canonicalText}`).sort();

function scanForToken(t: TestTarget, extra: readonly string[]): void {
  const token = t.emulator?.token ?? '';
  expect(token.length).toBeGreaterThan(10);
  const deploys = join(t.dir, '.xac', 'deploys');
  const records = readdirSync(deploys).map((f) => readFileSync(join(deploys, f), 'utf8'));
  for (const text of [...records, ...t.logs, ...extra]) expect(text.includes(token)).toBe(false);
}

async function outcome(t: TestTarget, files: ReturnType<typeof syntheticWorkspace>, mode: ApplyMode, errors: string[]) {
  try {
    return (await deployDesired(t, readDesired(files), { allow: new Set(), mode, records: t.records })).record?.status ?? 'no-changes';
  } catch (err) {
    errors.push(err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err));
    return 'failed';
  }
}

describe('reliability under injected faults (300 objects)', () => {
  for (const mode of ['objects', 'transaction'] as const) {
    it(`${mode}: completes or rolls back, never a mix; a rerun converges; no token anywhere`, async () => {
      // A transaction deploy is one write, so its faults hit every 2nd write instead of every 3rd.
      const faults = mode === 'objects' ? FAULTS : { ...FAULTS, failWrites: { everyNth: 2, applied: false }, rateLimit: { max: 3, windowMs: 100 } };
      const t = await emulatorTarget({ faults });
      open.push(t);
      const errors: string[] = [];
      const v0 = syntheticWorkspace(300, 0);
      const v1 = syntheticWorkspace(300, 1);
      const first = await outcome(t, v0, mode, errors);
      expect([[], wanted(v0)]).toContainEqual(await view(t));
      if (first !== 'applied') expect(await outcome(t, v0, mode, errors)).toBe('applied');
      expect(await view(t)).toEqual(wanted(v0));
      const second = await outcome(t, v1, mode, errors);
      const now = await view(t);
      expect(now).toEqual(second === 'applied' ? wanted(v1) : wanted(v0));
      if (second !== 'applied') expect(await outcome(t, v1, mode, errors)).toBe('applied');
      const again = await planAgainst(t, readDesired(v1));
      expect(again.plan.steps.every((s) => s.kind === 'noop')).toBe(true);
      expect(t.emulator?.faults.failed).toBeGreaterThan(0);
      expect(t.emulator?.faults.rateLimited).toBeGreaterThan(0);
      scanForToken(t, errors);
    }, 120_000);
  }

  it('a write that keeps failing rolls the deploy back to the previous state', async () => {
    const t = await emulatorTarget();
    open.push(t);
    const v0 = syntheticWorkspace(300, 0);
    await deployDesired(t, readDesired(v0), { allow: new Set(), mode: 'objects', records: t.records });
    const token = t.emulator?.token ?? '';
    let writes = 0;
    const http = createHttpTransport({ instanceUrl: t.emulator?.url ?? '', token, timeouts: DEFAULT_TIMEOUTS, redact: createRedactor([token]) });
    const failing: Transport = async (req) => {
      const target = req.method === 'PUT' && (req.body ?? '').includes('"lib/f_0150"');
      if (target) writes += 1;
      if (target) return { status: 400, text: `{"code":"ERROR_CODE_INPUT_ERROR","message":"refused ${token}"}` };
      return http(req);
    };
    const client = createXanoClient({ instanceUrl: t.emulator?.url ?? '', token, workspaceId: 1, branch: 'v1', transport: failing, ...FAST_RETRY });
    const err = await deployDesired({ ...t, client }, readDesired(syntheticWorkspace(300, 1)), { allow: new Set(), mode: 'objects', records: t.records }).catch((e: unknown) => e);
    expect(String(err)).toMatch(/apply failed and was rolled back/);
    expect(String(err)).not.toContain(token);
    expect(writes).toBe(1);
    await http.close();
    expect(await view(t)).toEqual(wanted(v0));
    const id = (await t.records.latest()) ?? '';
    expect((await t.records.load(id)).status).toBe('rolled-back');
  }, 120_000);
});
