// The daily sync of apps/endpoints/daily_sync.ts run twice through the daily-sync suite's own code (as
// `xac validate daily-sync` runs it; a step added there is covered with no edit here), on the shipped
// workspace with stand-ins: the first run passes every declared step, the second writes nothing (every
// table's ids are those of run 1, every row as run 1 left it) and every step answers the project's
// skip shape, step 4 (the Lambda coordinator) included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredSuites, openTarget, suiteTargetOf, type OpenTarget } from '@xac/xano-deploy';
import { startStandIns } from '@xac/xano-deploy/stand-ins';
import { pushDocuments } from '@xac/xano-emulator/testing';
import { dailySyncSuite, type SuiteTarget } from '@xac/validators/suites';
import { compiled, type StandIns } from './integration-harness.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'xac-sync-twice-'));
const ws = declaredSuites(root);
const steps = ws.dailySync ?? [];
let standIns: StandIns;
let t: OpenTarget;
let target: SuiteTarget;

beforeAll(async () => {
  standIns = await startStandIns({ seed: 1, size: 200 });
  const emulatorEnv = { FUB_BASE_URL: standIns.baseUrls.fub, REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope };
  t = await openTarget(root, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined }, { dataDir, emulatorEnv });
  await pushDocuments(t.emulator!, compiled());
  const fixtures = JSON.parse(readFileSync(join(root, 'apps', 'endpoints', 'fixtures', 'pipeline.json'), 'utf8')) as unknown;
  target = suiteTargetOf(t, { fixtures: [fixtures] });
  await target.reset?.();
}, 60_000);
afterAll(async () => {
  await t?.close();
  await standIns?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every table's rows, in id order. */
async function tables(): Promise<Record<string, Array<{ id: number }>>> {
  const out: Record<string, Array<{ id: number }>> = {};
  for (const { decl } of ws.tables) {
    const res = await fetch(`${t.emulator!.url}/api:meta/emulator/table/${decl.name}/rows`, { headers: { authorization: `Bearer ${t.emulator!.token}` } });
    out[decl.name] = ((await res.json()) as Array<{ id: number }>).sort((a, b) => a.id - b.id);
  }
  return out;
}
const declaredCases = (r: Awaited<ReturnType<typeof dailySyncSuite>>) => r.filter((c) => steps.some((s) => c.name === `${s.step}. ${s.name}`));

describe('the daily sync twice', () => {
  it('passes every declared step, then writes no row and skips every step', async () => {
    expect(steps.length).toBeGreaterThanOrEqual(9);
    const first = declaredCases(await dailySyncSuite(steps, target));
    expect(first.filter((c) => c.outcome !== 'passed')).toEqual([]);
    const after1 = await tables();
    expect(Object.values(after1).reduce((n, l) => n + l.length, 0)).toBeGreaterThan(1000);
    const second = declaredCases(await dailySyncSuite(steps, target));
    expect(second.map((c) => [c.name, c.outcome])).toEqual(first.map((c) => [c.name, 'skipped']));
    // The sync-state and job tables record each run (last_sync_at, a finished time); every other row is as run 1 left it.
    const bookkeeping = new Set(['fub_sync_state', 'rezen_sync_state', 'skyslope_sync_state', 'fub_sync_jobs']);
    const data = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([k]) => !bookkeeping.has(k)));
    const after2 = await tables();
    expect(data(after2)).toEqual(data(after1));
    for (const k of bookkeeping) expect(after2[k]?.map((r) => r.id), k).toEqual(after1[k]?.map((r) => r.id));
  }, 240_000);
});
