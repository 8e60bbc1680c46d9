// apply (STYLE habit 6: thin): hazards and stale check before the first write, steps in plan order
// (per object, or one multidoc transaction), a record after every step, verify by pulling, and on
// any failure an automatic rollback of what ran.
import type { XanoClient } from '../client/xano-client.js';
import { injectGuid } from '../client/xs-document.js';
import { pullRemote } from '../remote/pull.js';
import { remoteFingerprint } from '../plan/fingerprint.js';
import { describe, type HazardKind, type Plan, type PlanStep, type RemoteObject } from '../plan/types.js';
import { identityOf } from '../plan/analyze.js';
import { ApplyFailedError, HazardNotAllowedError, InterruptedError, StalePlanError } from './errors.js';
import { newDeployId, type DeployRecord, type RecordStep, type RecordStore } from './record.js';
import { rollbackDeploy } from './rollback.js';
import { verifyApplied } from './verify.js';
import { createObject, deleteObject, updateObject, type IdBook } from './writes.js';

export interface ApplyOptions {
  readonly allow: ReadonlySet<HazardKind>;
  /** `transaction`: creates and updates in one multidoc push; `objects`: one write per object. */
  readonly mode: 'objects' | 'transaction';
  readonly records: RecordStore;
  /** Set by the Ctrl-C handler; checked between steps. */
  readonly interrupt?: { readonly requested: boolean };
  readonly progress?: (done: number, total: number, step: PlanStep) => void;
  /** Called once the record exists (the CLI prints its id). */
  readonly onRecord?: (record: DeployRecord) => void;
}

export interface ApplyResult {
  readonly record: DeployRecord;
  readonly remote: readonly RemoteObject[];
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

async function runStep(client: XanoClient, book: IdBook, step: RecordStep, remote: ReadonlyMap<string, RemoteObject>): Promise<void> {
  const r = remote.get(identityOf(step.resource));
  if (step.kind === 'create') {
    await createObject(client, book, step.resource, step.text ?? '', step.file);
    return;
  }
  if (!r) throw new ApplyFailedError(`${describe(step.resource)} vanished from the remote`, '');
  if (step.kind === 'delete') return deleteObject(client, book, step.resource, r.id);
  for (const rn of step.renames ?? []) await client.tables.renameColumn(r.id, rn.from, rn.to);
  await updateObject(client, book, step.resource, r.id, r.guid, step.text ?? '', step.file);
}

async function runTransaction(client: XanoClient, book: IdBook, steps: RecordStep[], remote: ReadonlyMap<string, RemoteObject>, save: () => Promise<void>) {
  const writes = steps.filter((s) => s.kind !== 'delete');
  for (const s of writes) {
    const r = remote.get(identityOf(s.resource));
    for (const rn of s.renames ?? []) if (r) await client.tables.renameColumn(r.id, rn.from, rn.to);
  }
  if (writes.length > 0) {
    const docs = writes.map((s) => {
      const r = remote.get(identityOf(s.resource));
      return { text: r ? injectGuid(s.text ?? '', r.guid) : (s.text ?? ''), ...(s.file ? { path: s.file } : {}) };
    });
    writes.forEach((s) => (s.status = 'failed'));
    await client.multidoc.push(docs, { partial: true, transaction: true });
    writes.forEach((s) => (s.status = 'done'));
    await save();
  }
  return steps.filter((s) => s.kind === 'delete');
}

/**
 * Applies a plan to the client's target and returns the deploy record.
 * @example const { record } = await applyPlan(plan, client, { allow: new Set(), mode: 'objects', records: new RecordStore('.xac/deploys') });
 */
export async function applyPlan(plan: Plan, client: XanoClient, o: ApplyOptions): Promise<ApplyResult> {
  checkHazards(plan, o.allow);
  const before = await pullRemote(client);
  const now = remoteFingerprint(before.objects);
  if (now !== plan.remoteFingerprint) throw new StalePlanError(plan.remoteFingerprint, now);
  const remote = new Map(before.objects.map((r) => [r.identity, r]));
  const book: IdBook = { groups: new Map(before.objects.filter((r) => r.ref.type === 'api_group').map((g) => [g.ref.name, g.id])) };
  const steps = recordSteps(plan, remote);
  const record: DeployRecord = { version: 1, id: newDeployId(), createdAt: new Date().toISOString(), target: plan.target, remoteFingerprint: now, mode: o.mode, status: 'applying', steps };
  const save = () => o.records.save(record);
  await save();
  o.onRecord?.(record);
  try {
    const rest = o.mode === 'transaction' ? await runTransaction(client, book, steps, remote, save) : steps;
    for (const [i, step] of rest.entries()) {
      if (o.interrupt?.requested) {
        record.status = 'interrupted';
        await save();
        throw new InterruptedError(record.id);
      }
      step.status = 'failed';
      await runStep(client, book, step, remote);
      step.status = 'done';
      await save();
      o.progress?.(i + 1, rest.length, plan.steps.find((p) => p.resource === step.resource) ?? { kind: step.kind, resource: step.resource });
    }
    const after = await verifyApplied(client, plan);
    record.status = 'applied';
    record.finishedAt = new Date().toISOString();
    await save();
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
