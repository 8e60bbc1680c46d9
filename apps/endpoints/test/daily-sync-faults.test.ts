// The daily sync of apps/endpoints/daily_sync.ts (through the daily-sync suite's own code, as
// `xac validate daily-sync` runs it) against stand-ins that fail every 5th request, then again on the
// same emulator once the stand-ins answer again: the first run fails some steps and leaves
// no job claiming work it is not doing; the second resumes what the first left (the FUB cursors kept
// at the last success, the Lambda job that ended in error, the reZEN onboarding job in Error) and ends
// with every final table holding each served record once and step 10's sums over every contribution
// (it waits while the contributions sync has failed); a third run skips every step. It runs five
// times, with 0–4 requests sent before the first run, so every request of the sync is the failing one
// in one of them and every step that sends a request fails in at least one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredSuites, openTarget, suiteTargetOf, type OpenTarget } from '@xac/xano-deploy';
import { startStandIns } from '@xac/xano-deploy/stand-ins';
import { pushDocuments } from '@xac/xano-emulator/testing';
import { dailySyncSuite, type SuiteTarget } from '@xac/validators/suites';
import { compiled, type StandIns } from './integration-harness.ts';
import { finalCounts, inFlight, served, type Row } from './job-rows.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'xac-sync-faults-'));
const steps = declaredSuites(root).dailySync ?? [];
const SIZE = 200;
// One page of FUB calls and of people, two of reZEN contributions: with these the five phases below
// make every step that sends a request meet a failure (a failure ends a step's paging and moves the
// later requests, so with the calls step's five pages its fifth always took the first failure).
const COUNTS = { 'fub.calls': 100, 'fub.people': 100, 'rezen.contributions': 150 };
let standIns: StandIns;
let t: OpenTarget;
let target: SuiteTarget;

const rows = async (table: string): Promise<Row[]> => {
  const res = await fetch(`${t.emulator!.url}/api:meta/emulator/table/${table}/rows`, { headers: { authorization: `Bearer ${t.emulator!.token}` } });
  return ((await res.json()) as Row[]).sort((a, b) => (a['id'] as number) - (b['id'] as number));
};
/**
 * After a settled run: no job row claims work without a start time (the seed's stuck 'In Process' jobs),
 * and none but the reZEN onboarding job is in flight (it stays Started, with `started`, until the
 * onboarding workers have done the steps the daily sync does not run).
 */
const expectNoStuckJob = async () => {
  const busy = await inFlight(rows);
  expect(busy.filter((j) => !j.started)).toEqual([]);
  expect(busy.filter((j) => j.table !== 'rezen_onboarding_jobs')).toEqual([]);
};
const run = async () => (await dailySyncSuite(steps, target)).filter((c) => steps.some((s) => c.name === `${s.step}. ${s.name}`));

beforeAll(async () => {
  standIns = await startStandIns({ seed: 1, size: SIZE, counts: COUNTS });
  const emulatorEnv = { FUB_BASE_URL: standIns.baseUrls.fub, REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope };
  t = await openTarget(root, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined }, { dataDir, emulatorEnv });
  await pushDocuments(t.emulator!, compiled());
  const fixtures = JSON.parse(readFileSync(join(root, 'apps', 'endpoints', 'fixtures', 'pipeline.json'), 'utf8')) as unknown;
  target = suiteTargetOf(t, { fixtures: [fixtures] });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await standIns?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const PHASES = [0, 1, 2, 3, 4];
const failedSteps = new Set<string>();

describe('the daily sync against stand-ins failing every 5th request, then against healthy ones', () => {
  it.each(PHASES)('with %i requests before it: fails some steps, then resumes them; every served record once, no job left claiming work', async (phase) => {
    standIns.setFaults({ failEvery: 5 });
    await target.reset?.();
    const failedBefore = standIns.stats.failed;
    // Requests are counted from the stand-ins' start: bring the count to a multiple of 5, plus the phase.
    for (let i = (5 - (standIns.stats.total % 5)) % 5 + phase; i > 0; i--) await fetch(`${standIns.baseUrls.fub}/v1/people?limit=1`);
    const first = await run();
    expect(standIns.stats.failed).toBeGreaterThan(failedBefore);
    const failed = first.filter((c) => c.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed) failedSteps.add(c.name);
    // Each failure is the stand-ins' 500, reported as the step's error result (never an exception or a
    // wrong shape); step 4's batch fails after its answer, so a batch whose first page failed shows as a
    // success that changed no data.
    for (const c of failed) {
      const why = c.name.startsWith('4.') ? /^success is false, not true: .*stand-in fault|^answered success but changed none/ : /^success is false, not true: .*(stand-in fault: re|"status":500)/;
      expect(c.reasons.join(' '), c.name).toMatch(why);
    }
    await expectNoStuckJob();
    for (const [table, c] of Object.entries(await finalCounts(rows))) expect(c.distinct, table).toBe(c.rows);

    // The integrations come back: the same stand-ins, healthy.
    standIns.setFaults({});
    const second = await run();
    expect(second.filter((c) => c.outcome === 'failed')).toEqual([]);
    // Every step the faults stopped runs again: it passes, or skips when a later step of the first run
    // did its work (the daily people update writes the people a failed Lambda job missed).
    for (const c of failed) expect(second.find((s) => s.name === c.name)?.outcome, c.name).toMatch(c.name.startsWith('4.') ? /^(passed|skipped)$/ : /^passed$/);
    await expectNoStuckJob();
    expect(await finalCounts(rows)).toEqual(served(standIns.counts));
    // Step 10's sums are those of every contribution, not of the ones the first run had when it met a failure.
    const contributions = await rows('contribution');
    const perTier = (await rows('revshare_totals')).map((r) => [r['tier'], r['contribution_count']]);
    expect(perTier).toEqual([1, 2, 3, 4, 5].map((tier) => [tier, contributions.filter((c) => c['tier'] === tier).length]));
    expect(await rows('rezen_onboarding_jobs')).toEqual([expect.objectContaining({ id: 1, status: 'Started', failed_attempts: 0, network_downline: true, revshare_totals: true })]);

    const third = await run();
    expect(third.map((c) => [c.name, c.outcome])).toEqual(second.map((c) => [c.name, 'skipped']));
  }, 120_000);

  it('over the five, every declared step met a failure', () => {
    expect([...failedSteps].sort()).toEqual(steps.filter((s) => s.step !== 10).map((s) => `${s.step}. ${s.name}`).sort());
  });
});
