// The daily-sync and workers suites: each declared step or worker is called through its test
// endpoint with its declared input, and judged by its answer AND by the data it owns. A pass needs
// `success: true` and a change (row count or latest `updated_at`) in one of the tables it writes; the
// project's skip shape at the top level is a skip (never a pass); anything else fails, with why
// (DESIGN: validation scores are honest).
import { isSkipResult } from '../skip-shape.js';
import { DAILY_SYNC_STEPS, WORKERS } from './catalogue.js';
import type { DeclaredStep, DeclaredWorker } from './pipeline-decl.js';
import type { CaseResult } from './score.js';
import type { SuiteTarget, TableStats } from './target.js';

const SERVING = 'endpoint serving: the target runs no workspace endpoint';
const TABLE_STATS = 'table row counts and updated_at from the target (to see the data a step owns change)';

/** How long to wait for a change that a call started in the background, when the target cannot say it is idle. */
export interface PipelineSuiteOptions {
  /** Default 2000 ms. */
  readonly settleMs?: number;
  /** Default 200 ms. */
  readonly pollMs?: number;
}

type Call = Pick<DeclaredWorker, 'verb' | 'path' | 'input' | 'writes' | 'canonical'>;

const preview = (v: unknown) => JSON.stringify(v)?.slice(0, 200) ?? 'undefined';
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function statsOf(target: Required<Pick<SuiteTarget, 'tableStats'>>, tables: readonly string[]): Promise<Map<string, TableStats>> {
  const out = new Map<string, TableStats>();
  for (const t of tables) out.set(t, await target.tableStats(t));
  return out;
}

const changedTables = (before: ReadonlyMap<string, TableStats>, after: ReadonlyMap<string, TableStats>) =>
  [...after].filter(([t, a]) => a.count !== before.get(t)?.count || a.maxUpdatedAt !== before.get(t)?.maxUpdatedAt).map(([t]) => t);

const describeStats = (stats: ReadonlyMap<string, TableStats>) =>
  [...stats].map(([t, s]) => `${t}: ${s.count} rows, latest updated_at ${s.maxUpdatedAt === null ? 'none' : new Date(s.maxUpdatedAt).toISOString()}`).join(', ');

/** Why an answer is not a success of the FP Result, or a skip; undefined for a plain success. */
function judgeAnswer(status: number, body: unknown): { outcome: 'failed' | 'skipped'; reasons: string[] } | undefined {
  if (status !== 200) return { outcome: 'failed', reasons: [`status ${status}, expected 200: ${preview(body)}`] };
  if (isSkipResult(body)) return { outcome: 'skipped', reasons: [`${body.step}: ${body.reason}`] };
  if (!isObject(body)) return { outcome: 'failed', reasons: [`the answer is not an FP Result {success, data, error, step}: ${preview(body)}`] };
  if (body['skipped'] === true) return { outcome: 'failed', reasons: [`answered skipped: true without the skip shape {success: true, skipped: true, reason, step}: ${preview(body)}`] };
  if (body['success'] !== true) return { outcome: 'failed', reasons: [`success is ${preview(body['success'])}, not true: ${preview(body['error'] ?? body)}`] };
  if (isObject(body['data']) && body['data']['skipped'] === true) return { outcome: 'failed', reasons: [`a skip nested in data is not the project's skip shape (it belongs at the top level): ${preview(body)}`] };
  return undefined;
}

async function runCall(name: string, c: Call, target: SuiteTarget, o: PipelineSuiteOptions): Promise<CaseResult> {
  const { callEndpoint, tableStats } = target;
  const needs = [...(callEndpoint ? [] : [SERVING]), ...(tableStats ? [] : [TABLE_STATS]), ...(c.canonical === undefined ? ['a canonical on its api group (to know its URL)'] : [])];
  if (needs.length > 0 || !callEndpoint || !tableStats || c.canonical === undefined) return { name, outcome: 'untestable', reasons: needs.map((n) => `needs ${n}`) };
  const stats = { tableStats };
  let before: Map<string, TableStats>;
  try {
    before = await statsOf(stats, c.writes);
  } catch (err) {
    return { name, outcome: 'failed', reasons: [`cannot read the tables it writes: ${message(err)}`] };
  }
  let answer;
  try {
    answer = await callEndpoint({ canonical: c.canonical, verb: c.verb, path: c.path, input: c.input });
  } catch (err) {
    return { name, outcome: 'failed', reasons: [`${c.verb} ${c.path}: ${message(err)}`] };
  }
  const judged = judgeAnswer(answer.status, answer.body);
  if (judged) return { name, ...judged };
  // A success: the data it owns must have changed (after the background work it started, if any).
  try {
    let after = await statsOf(stats, c.writes);
    if (target.settle) {
      await target.settle();
      after = await statsOf(stats, c.writes);
    } else {
      for (let waited = 0; changedTables(before, after).length === 0 && waited < (o.settleMs ?? 2000); waited += o.pollMs ?? 200) {
        await sleep(o.pollMs ?? 200);
        after = await statsOf(stats, c.writes);
      }
    }
    if (changedTables(before, after).length > 0) return { name, outcome: 'passed', reasons: [] };
    return { name, outcome: 'failed', reasons: [`answered success but changed none of the tables it writes (${describeStats(after)}); success that changes no data and does not skip is not a pass`] };
  } catch (err) {
    return { name, outcome: 'failed', reasons: [`cannot read the tables it writes: ${message(err)}`] };
  }
}

/**
 * The daily sync: the declared steps, in step order, each called once on the target; a step of the
 * seed's 11 that is not declared is untestable (so is every step when no dailySync() is declared).
 * @example await dailySyncSuite(ws.dailySync, target) // [{ name: '1. FUB - Calls Sync', outcome: 'passed', reasons: [] }, …]
 */
export async function dailySyncSuite(declared: readonly DeclaredStep[] | undefined, target: SuiteTarget, o: PipelineSuiteOptions = {}): Promise<CaseResult[]> {
  const steps = [...(declared ?? [])].sort((a, b) => a.step - b.step);
  const byStep = new Map(steps.map((s) => [s.step, s]));
  const numbers = [...new Set([...DAILY_SYNC_STEPS.map((s) => s.step), ...byStep.keys()])].sort((a, b) => a - b);
  const out: CaseResult[] = [];
  for (const n of numbers) {
    const d = byStep.get(n);
    const seed = DAILY_SYNC_STEPS.find((s) => s.step === n);
    if (d) out.push(await runCall(`${n}. ${d.name}`, d, target, o));
    else out.push({ name: `${n}. ${seed?.name ?? ''}`, outcome: 'untestable', reasons: [declared === undefined ? 'needs a dailySync() declaration in the workspace' : `needs step ${n} in the workspace's dailySync() (${seed?.path ?? ''})`] });
  }
  return out;
}

/**
 * The workers: each declared worker through its test endpoint with its declared input, in id order;
 * a worker of the seed's 22 without a workerTest() declaration is untestable.
 * @example await workersSuite(ws.workers, target) // [{ name: '8065 FUB - Get Calls', outcome: 'failed', reasons: ['status 400, expected 200: …'] }, …]
 */
export async function workersSuite(declared: readonly DeclaredWorker[] | undefined, target: SuiteTarget, o: PipelineSuiteOptions = {}): Promise<CaseResult[]> {
  const byId = new Map((declared ?? []).map((w) => [w.id, w]));
  const ids = [...new Set([...WORKERS.map((w) => w.id), ...byId.keys()])].sort((a, b) => a - b);
  const out: CaseResult[] = [];
  for (const id of ids) {
    const d = byId.get(id);
    const seed = WORKERS.find((w) => w.id === id);
    if (d) out.push(await runCall(`${id} ${d.name}`, d, target, o));
    else out.push({ name: `${id} ${seed?.name ?? ''}`, outcome: 'untestable', reasons: [`needs a workerTest() declaration beside its test endpoint (POST ${seed?.path ?? ''})`] });
  }
  return out;
}
