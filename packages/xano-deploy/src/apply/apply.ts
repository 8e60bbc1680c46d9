// apply (STYLE habit 6: thin): hazards and a cheap stale check just before the first write, the
// record written (fsync'd) before that write, steps in plan order (per object, or one multidoc
// transaction) each journaled in flight → done, verify by one re-read, and on any failure an automatic
// rollback of what ran.
import type { XanoClient } from '../client/xano-client.js';
import { identityOf } from '../plan/analyze.js';
import { remoteFingerprint } from '../plan/fingerprint.js';
import { describe, type HazardKind, type Plan, type PlanStep, type RemoteObject, type XsObject } from '../plan/types.js';
import { pullRemote } from '../remote/pull.js';
import { currentFingerprint } from '../remote/read-back.js';
import { ApplyFailedError, HazardNotAllowedError, InterruptedError, StalePlanError } from './errors.js';
import { newDeployId, type DeployRecord, type RecordStep, type RecordStore } from './record.js';
import { rollbackDeploy } from './rollback.js';
import { runEachStep, runTransaction, type StepRun } from './steps.js';
import { verifyApplied } from './verify.js';
import type { IdBook } from './writes.js';

export interface ApplyOptions {
  readonly allow: ReadonlySet<HazardKind>;
  /** `transaction`: creates and updates in one multidoc push; `objects`: one write per object. */
  readonly mode: 'objects' | 'transaction';
  readonly records: RecordStore;
  /**
   * The pull the plan was checked against in this run (saves a second full pull). Apply then re-reads
   * only the fingerprint just before the first write. Without it, apply pulls.
   */
  readonly remote?: readonly RemoteObject[];
  /** The deploy id (the deploy lock names it); a new one when absent. */
  readonly id?: string;
  /** Set by the Ctrl-C handler; checked between steps. */
  readonly interrupt?: { readonly requested: boolean };
  readonly progress?: (done: number, total: number, step: PlanStep) => void;
  /** Called once the record exists (the CLI prints its id). */
  readonly onRecord?: (record: DeployRecord) => void;
}

export interface ApplyResult {
  readonly record: DeployRecord;
  /** The remote after the deploy, as verify read it. */
  readonly remote: readonly XsObject[];
}

/** Refuses hazards that were not allowed, listing every one. */
export function checkHazards(plan: Plan, allow: ReadonlySet<HazardKind>): void {
  const refused = plan.hazards.filter((h) => !allow.has(h.kind));
  if (refused.length > 0) throw new HazardNotAllowedError(refused.map((h) => `  ${h.kind}: ${describe(h.resource)}: ${h.message} (--allow ${h.kind})`));
}

function recordSteps(plan: Plan, remote: ReadonlyMap<string, RemoteObject>): RecordStep[] {
  return plan.steps.flatMap((s): RecordStep[] => {
    if (s.kind === 'noop') return [];
    const r = remote.get(identityOf(s.resource));
    const before = r && s.kind !== 'create' ? { before: { id: r.id, guid: r.guid, text: r.canonicalText } } : {};
    const extra = { ...(s.file ? { file: s.file } : {}), ...(s.text ? { text: s.text } : {}), ...(s.renames ? { renames: s.renames } : {}) };
    return [{ kind: s.kind, resource: s.resource, ...extra, ...before, status: 'pending' }];
  });
}

/** The remote before the first write, checked fresh: a stale plan is refused here. */
async function freshRemote(plan: Plan, client: XanoClient, given: readonly RemoteObject[] | undefined): Promise<readonly RemoteObject[]> {
  const before = given ?? (await pullRemote(client)).objects;
  const pulled = remoteFingerprint(before);
  if (pulled !== plan.remoteFingerprint) throw new StalePlanError(plan.remoteFingerprint, pulled);
  if (given === undefined) return before;
  const now = await currentFingerprint(client, plan.remoteFingerprint);
  if (now !== plan.remoteFingerprint) throw new StalePlanError(plan.remoteFingerprint, now);
  return before;
}

function newRecord(plan: Plan, o: ApplyOptions, steps: RecordStep[]): DeployRecord {
  const id = o.id ?? newDeployId();
  return { version: 2, id, createdAt: new Date().toISOString(), target: plan.target, remoteFingerprint: plan.remoteFingerprint, mode: o.mode, status: 'applying', steps, seq: 0 };
}

async function runAll(r: StepRun, mode: ApplyOptions['mode']): Promise<void> {
  const all = r.record.steps.map((_, i) => i);
  if (mode === 'objects') return runEachStep(r, all);
  await runTransaction(r, all.filter((i) => r.record.steps[i]?.kind !== 'delete'));
  await runEachStep(r, all.filter((i) => r.record.steps[i]?.kind === 'delete'));
}

/**
 * Applies a plan to the client's target and returns the deploy record.
 * @example const { record } = await applyPlan(plan, client, { allow: new Set(), mode: 'objects', records: new RecordStore('.xac/deploys') });
 */
export async function applyPlan(plan: Plan, client: XanoClient, o: ApplyOptions): Promise<ApplyResult> {
  checkHazards(plan, o.allow);
  const before = await freshRemote(plan, client, o.remote);
  const remote = new Map(before.map((r) => [r.identity, r]));
  const book: IdBook = { groups: new Map(before.filter((r) => r.ref.type === 'api_group').map((g) => [g.ref.name, g.id])) };
  const record = newRecord(plan, o, recordSteps(plan, remote));
  await o.records.save(record);
  o.onRecord?.(record);
  const run: StepRun = { client, book, remote, record, records: o.records, ...(o.interrupt ? { interrupt: o.interrupt } : {}), ...(o.progress ? { progress: o.progress } : {}) };
  try {
    await runAll(run, o.mode);
    const after = await verifyApplied(client, plan);
    record.status = 'applied';
    record.finishedAt = new Date().toISOString();
    await o.records.save(record);
    return { record, remote: after };
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    throw await failAndRollBack(record, client, o.records, err);
  }
}

async function failAndRollBack(record: DeployRecord, client: XanoClient, records: RecordStore, err: unknown): Promise<ApplyFailedError> {
  const reason = err instanceof Error ? err.message : String(err);
  record.status = 'failed';
  record.error = reason;
  await records.save(record);
  try {
    await rollbackDeploy(record, client, records);
    return new ApplyFailedError(`apply failed and was rolled back (deploy ${record.id}): ${reason}`, record.id);
  } catch (rbErr) {
    const why = rbErr instanceof Error ? rbErr.message : String(rbErr);
    return new ApplyFailedError(`apply failed: ${reason}\nthe automatic rollback failed too (${why}); resume it with: xac rollback ${record.id}`, record.id);
  }
}
