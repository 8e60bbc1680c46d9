// The daily sync of apps/endpoints/daily_sync.ts run twice through the daily-sync suite's own code (as
// `xac validate daily-sync` runs it; a step added there is covered with no edit here), on the shipped
// workspace with stand-ins: the first run passes every declared step, the second writes nothing (every
// table's ids are those of run 1) and every step answers the project's skip shape, except the ones
// NOT_YET_IDEMPOTENT names (a finding each, asserted so the entry goes with the fix).
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

/** Every table's ids, in order. */
async function ids(): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const { decl } of ws.tables) {
    const res = await fetch(`${t.emulator!.url}/api:meta/emulator/table/${decl.name}/rows`, { headers: { authorization: `Bearer ${t.emulator!.token}` } });
    out[decl.name] = ((await res.json()) as Array<{ id: number }>).map((r) => r.id).sort((a, b) => a - b);
  }
  return out;
}
/**
 * Steps known not to skip on a second run, each with why; the test fails when one starts skipping, so
 * the entry is removed with the fix. Their own job-log tables are left out of the ids compared.
 */
const NOT_YET_IDEMPOTENT: ReadonlyMap<number, { why: string; logTables: readonly string[] }> = new Map([
  [4, { why: 'the coordinator rewrites every fub_people row (updated_at) on every run and answers success, not the skip shape; it also queues a lambda_job_status row and its lambda_job_logs each call', logTables: ['lambda_job_status', 'lambda_job_logs'] }],
]);
const declaredCases = (r: Awaited<ReturnType<typeof dailySyncSuite>>) => r.filter((c) => steps.some((s) => c.name === `${s.step}. ${s.name}`));

describe('the daily sync twice', () => {
  it('passes every declared step, then writes no row and skips every step', async () => {
    expect(steps.length).toBeGreaterThanOrEqual(9);
    const first = declaredCases(await dailySyncSuite(steps, target));
    expect(first.filter((c) => c.outcome !== 'passed')).toEqual([]);
    const after1 = await ids();
    expect(Object.values(after1).reduce((n, l) => n + l.length, 0)).toBeGreaterThan(1000);
    const second = declaredCases(await dailySyncSuite(steps, target));
    const after2 = await ids();
    const known = (name: string) => steps.some((st) => NOT_YET_IDEMPOTENT.has(st.step) && name === `${st.step}. ${st.name}`);
    expect(second.map((c) => [c.name, c.outcome])).toEqual(first.map((c) => [c.name, known(c.name) ? 'passed' : 'skipped']));
    const logs = new Set([...NOT_YET_IDEMPOTENT.values()].flatMap((k) => k.logTables));
    const without = (m: Record<string, number[]>) => Object.fromEntries(Object.entries(m).filter(([k]) => !logs.has(k)));
    expect(without(after2)).toEqual(without(after1));
  }, 240_000);
});
