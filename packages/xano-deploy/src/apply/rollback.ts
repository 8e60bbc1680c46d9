// Rollback: undo a deploy's steps in reverse order from its record. One pull first: in-flight steps
// are resolved from it (did the write land?), and every step is compared with the remote, so a step
// whose object changed since (a later deploy, someone else) is refused before anything is written,
// unless overwriting is allowed. A re-read at the end catches writes that landed late. Every undo is
// idempotent, so a rollback can stop anywhere and resume.
import type { XanoClient } from '../client/xano-client.js';
import { identityOf } from '../plan/analyze.js';
import type { RemoteObject } from '../plan/types.js';
import { pullRemote } from '../remote/pull.js';
import { readObjects } from '../remote/read-back.js';
import type { DeployRecord, RecordStep, RecordStore } from './record.js';
import { resolveInFlight, stateOf, type StepState } from './resolve.js';
import { laterOverlaps, RollbackIncompleteError, RollbackRefusedError, type Overlap } from './rollback-guard.js';
import { createObject, deleteObject, updateObject, type IdBook } from './writes.js';

export interface RollbackOptions {
  /** Undo even steps whose objects changed after this deploy (`--allow overwrite-later`). */
  readonly allowOverwriteLater?: boolean;
  /** Records of the same target made after this one (their objects must not be overwritten). */
  readonly later?: readonly DeployRecord[];
}

export interface RollbackReport {
  readonly record: DeployRecord;
  /** Set when the record was already rolled back: nothing was done. */
  readonly alreadyAt?: string;
  /** Steps whose change was undone. */
  readonly undone: readonly RecordStep[];
  /** Steps that never reached the target (not started, failed, or in flight and not landed). */
  readonly notLanded: readonly RecordStep[];
  /** Steps undone over later changes (only with allowOverwriteLater). */
  readonly overwritten: readonly RecordStep[];
}

async function undo(client: XanoClient, book: IdBook, s: RecordStep, now: RemoteObject | undefined): Promise<void> {
  if (s.kind === 'create') {
    if (now) await deleteObject(client, book, s.resource, now.id);
    return;
  }
  const before = s.before;
  if (!before) return;
  if (!now) {
    await createObject(client, book, s.resource, before.text, undefined, before.guid);
    return;
  }
  const columns = new Set((now.columns ?? []).map((c) => c.name));
  for (const rn of [...(s.renames ?? [])].reverse()) {
    if (columns.has(rn.to) && !columns.has(rn.from)) await client.tables.renameColumn(now.id, rn.to, rn.from);
  }
  if (now.canonicalText !== before.text || (s.renames ?? []).length > 0) await updateObject(client, book, s.resource, now.id, now.guid, before.text);
}

interface Todo {
  readonly index: number;
  readonly step: RecordStep;
  readonly now: RemoteObject | undefined;
  readonly state: StepState;
}

const touched = (s: RecordStep) => (s.status === 'done' || s.status === 'in-flight') && !s.rolledBack;

function refusals(todo: readonly Todo[], overlaps: readonly Overlap[]): Overlap[] {
  const changed = todo.filter((t) => t.state === 'other').map((t): Overlap => ({ resource: t.step.resource, by: undefined }));
  const seen = new Set(overlaps.map((o) => identityOf(o.resource)));
  return [...overlaps, ...changed.filter((c) => !seen.has(identityOf(c.resource)))];
}

async function survey(record: DeployRecord, client: XanoClient, records: RecordStore, o: RollbackOptions): Promise<{ todo: Todo[]; book: IdBook }> {
  const { objects } = await pullRemote(client);
  await resolveInFlight(record, records, objects);
  const byId = new Map(objects.map((r) => [r.identity, r]));
  const book = bookOf(objects);
  const todo = record.steps
    .map((step, index) => ({ index, step, now: byId.get(identityOf(step.resource)) }))
    .filter((t) => touched(t.step))
    .map((t) => ({ ...t, state: stateOf(t.step, t.now) }))
    .reverse();
  const refused = refusals(todo, laterOverlaps(record, o.later ?? []));
  if (refused.length > 0 && !o.allowOverwriteLater) throw new RollbackRefusedError(record.id, refused);
  return { todo, book };
}

const bookOf = (objects: readonly RemoteObject[]): IdBook => ({ groups: new Map(objects.filter((r) => r.ref.type === 'api_group').map((g) => [g.ref.name, g.id])) });

/**
 * Re-reads the remote and undoes what still is not in its before state: a request of a killed process
 * that the server finished only after this rollback's pull lands late. Up to two more rounds; what then
 * still differs is reported, never declared rolled back.
 */
async function settle(record: DeployRecord, client: XanoClient, overwrite: boolean): Promise<void> {
  const sent = record.steps.filter((s) => s.status !== 'pending');
  for (let round = 0; ; round++) {
    const now = new Map((await readObjects(client)).map((r) => [r.identity, r]));
    const stray = sent.filter((s) => stateOf(s, now.get(identityOf(s.resource))) !== 'before');
    if (stray.length === 0) return;
    if (round === 2) throw new RollbackIncompleteError(record.id, stray.map((s) => s.resource));
    const { objects } = await pullRemote(client);
    const byId = new Map(objects.map((r) => [r.identity, r]));
    const book = bookOf(objects);
    for (const s of [...stray].reverse()) {
      const state = stateOf(s, byId.get(identityOf(s.resource)));
      if (state === 'other' && !overwrite) throw new RollbackIncompleteError(record.id, [s.resource]);
      if (state !== 'before') await undo(client, book, s, byId.get(identityOf(s.resource)));
    }
  }
}

async function fail(record: DeployRecord, records: RecordStore, err: unknown): Promise<never> {
  record.status = 'rollback-failed';
  record.error = `${record.error ?? ''}${record.error ? '\n' : ''}rollback: ${err instanceof Error ? err.message : String(err)}`;
  await records.save(record);
  throw err;
}

/**
 * Restores what a deploy replaced and deletes what it created; resumable; a second call is a no-op.
 * @example const report = await rollbackDeploy(await store.load(id), client, store);
 */
export async function rollbackDeploy(record: DeployRecord, client: XanoClient, records: RecordStore, o: RollbackOptions = {}): Promise<RollbackReport> {
  const empty = { undone: [], notLanded: [], overwritten: [] };
  if (record.status === 'rolled-back') return { record, alreadyAt: record.rolledBackAt ?? record.finishedAt ?? record.createdAt, ...empty };
  const { todo, book } = await survey(record, client, records, o);
  const notLanded = record.steps.filter((s) => s.status === 'pending' || s.status === 'not-applied');
  record.status = 'rolling-back';
  await records.save(record);
  const undone: RecordStep[] = [];
  const overwritten: RecordStep[] = [];
  try {
    for (const t of todo) {
      if (t.state !== 'before') await undo(client, book, t.step, t.now);
      (t.state === 'before' ? notLanded : undone).push(t.step);
      if (t.state === 'other') overwritten.push(t.step);
      await records.mark(record, [t.index], { rolledBack: true });
    }
    await settle(record, client, o.allowOverwriteLater === true);
  } catch (err) {
    return fail(record, records, err);
  }
  record.status = 'rolled-back';
  record.rolledBackAt = new Date().toISOString();
  await records.save(record);
  return { record, undone, notLanded, overwritten };
}
