// Running a record's steps against the target, crash-safely: each step (or the whole multidoc
// transaction) is journaled `in-flight` before its first request and `done` after its last, so a kill
// at any instant leaves either a settled step or one whose outcome rollback reads from the remote.
import type { XanoClient } from '../client/xano-client.js';
import { injectGuid } from '@xac/xanoscript-dsl/layout';
import { identityOf } from '../plan/analyze.js';
import { describe, type PlanStep, type RemoteObject } from '../plan/types.js';
import { ApplyFailedError, InterruptedError } from './errors.js';
import type { DeployRecord, RecordStep, RecordStore } from './record.js';
import { createObject, deleteObject, updateObject, type IdBook } from './writes.js';

export interface StepRun {
  readonly client: XanoClient;
  readonly book: IdBook;
  /** The remote as pulled before the first write, by identity. */
  readonly remote: ReadonlyMap<string, RemoteObject>;
  readonly record: DeployRecord;
  readonly records: RecordStore;
  readonly interrupt?: { readonly requested: boolean };
  readonly progress?: (done: number, total: number, step: PlanStep) => void;
}

async function runStep(r: StepRun, step: RecordStep): Promise<void> {
  const { client, book } = r;
  const now = r.remote.get(identityOf(step.resource));
  if (step.kind === 'create') {
    await createObject(client, book, step.resource, step.text ?? '', step.file);
    return;
  }
  if (!now) throw new ApplyFailedError(`${describe(step.resource)} vanished from the remote`, r.record.id);
  if (step.kind === 'delete') return deleteObject(client, book, step.resource, now.id);
  for (const rn of step.renames ?? []) await client.tables.renameColumn(now.id, rn.from, rn.to);
  await updateObject(client, book, step.resource, now.id, now.guid, step.text ?? '', step.file);
}

async function stopIfInterrupted(r: StepRun): Promise<void> {
  if (!r.interrupt?.requested) return;
  r.record.status = 'interrupted';
  await r.records.save(r.record);
  throw new InterruptedError(r.record.id);
}

/**
 * One write per step, in order; stops on the first failure (the step stays `in-flight`).
 * @example await runEachStep(run, [0, 1, 2]);
 */
export async function runEachStep(r: StepRun, indexes: readonly number[]): Promise<void> {
  for (const [n, i] of indexes.entries()) {
    const step = r.record.steps[i];
    if (!step) continue;
    await stopIfInterrupted(r);
    await r.records.mark(r.record, [i], { status: 'in-flight' });
    await runStep(r, step);
    await r.records.mark(r.record, [i], { status: 'done' });
    r.progress?.(n + 1, indexes.length, { kind: step.kind, resource: step.resource });
  }
}

/**
 * Creates and updates as one all-or-nothing multidoc push (remote guids injected), after the declared
 * column renames. Every step of it is in flight from the first rename to the push's answer.
 * @example await runTransaction(run, writeIndexes);
 */
export async function runTransaction(r: StepRun, indexes: readonly number[]): Promise<void> {
  const steps = indexes.flatMap((i) => r.record.steps[i] ?? []);
  if (steps.length === 0) return;
  await stopIfInterrupted(r);
  await r.records.mark(r.record, indexes, { status: 'in-flight' });
  for (const s of steps) {
    const now = r.remote.get(identityOf(s.resource));
    for (const rn of s.renames ?? []) if (now) await r.client.tables.renameColumn(now.id, rn.from, rn.to);
  }
  const docs = steps.map((s) => {
    const now = r.remote.get(identityOf(s.resource));
    return { text: now ? injectGuid(s.text ?? '', now.guid) : (s.text ?? ''), ...(s.file ? { path: s.file } : {}) };
  });
  await r.client.multidoc.push(docs, { partial: true, transaction: true });
  await r.records.mark(r.record, indexes, { status: 'done' });
}
