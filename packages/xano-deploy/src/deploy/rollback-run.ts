// `xac rollback [id]` without the printing: which record, under the target's lock, and the rules that
// keep a rollback from destroying later work. With no id it takes the newest record of THIS target
// (instance, workspace, branch) and never walks further back; a record another deploy superseded is
// refused (rollback-guard); a record already rolled back is a no-op.
import { rollbackDeploy, type RollbackReport } from '../apply/rollback.js';
import type { DeployRecord, RecordStore } from '../apply/record.js';
import type { PlanTarget } from '../plan/types.js';
import { acquireLock, type LockHolder } from './lock.js';
import type { OpenTarget } from './target.js';

/** No record to roll back (none for this target, or the id names none / another target's). */
export class NoRecordError extends Error {
  override readonly name = 'NoRecordError';
}

export type RollbackOutcome =
  | { readonly kind: 'rolled-back'; readonly report: RollbackReport }
  | { readonly kind: 'already'; readonly report: RollbackReport }
  /** The newest deploy was killed after taking the lock and before its record: it wrote nothing. */
  | { readonly kind: 'nothing-written'; readonly deployId: string; readonly holder: LockHolder };

export interface RollbackRunOptions {
  readonly id?: string;
  readonly allowOverwriteLater?: boolean;
}

/**
 * Same instance, workspace and branch (the target's name and the emulator's port do not matter).
 * @example sameTarget(record.target, openTarget.plan) // false: the record belongs to another target
 */
export const sameTarget = (a: PlanTarget, b: PlanTarget) => a.instance === b.instance && a.workspaceId === b.workspaceId && a.branch === b.branch;

const describeTarget = (t: PlanTarget) => `${t.instance} workspace ${t.workspaceId} branch ${t.branch}`;

async function pick(t: OpenTarget, records: RecordStore, mine: readonly DeployRecord[], id: string | undefined): Promise<DeployRecord> {
  if (id === undefined) {
    const newest = mine.at(-1);
    if (!newest) throw new NoRecordError(`no deploy records for ${describeTarget(t.plan)} in ${records.dir}`);
    return newest;
  }
  const record = await records.load(id).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new NoRecordError(`no deploy record ${id} in ${records.dir}`);
    throw err;
  });
  if (!sameTarget(record.target, t.plan)) throw new NoRecordError(`deploy ${id} was made against ${describeTarget(record.target)}, not this target (${describeTarget(t.plan)})`);
  return record;
}

/**
 * Rolls back one deploy of the open target (the newest by default), under its lock.
 * @example const outcome = await rollbackOnTarget(target, records, {}); // 'rolled-back' | 'already' | 'nothing-written'
 */
export async function rollbackOnTarget(t: OpenTarget, records: RecordStore, o: RollbackRunOptions = {}): Promise<RollbackOutcome> {
  const lock = acquireLock(t.lockFile);
  try {
    const killed = lock.tookOverFrom;
    if (o.id === undefined && killed?.deployId && !(await records.has(killed.deployId))) return { kind: 'nothing-written', deployId: killed.deployId, holder: killed };
    const mine = (await records.list()).filter((r) => sameTarget(r.target, t.plan));
    const record = await pick(t, records, mine, o.id);
    const later = mine.filter((r) => r.createdAt > record.createdAt || (r.createdAt === record.createdAt && r.id > record.id));
    const report = await rollbackDeploy(record, t.client, records, { later, ...(o.allowOverwriteLater ? { allowOverwriteLater: true } : {}) });
    return { kind: report.alreadyAt === undefined ? 'rolled-back' : 'already', report };
  } finally {
    lock.release();
  }
}
