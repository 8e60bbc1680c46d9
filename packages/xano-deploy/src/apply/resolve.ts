// Where a recorded step stands on the remote now: its new state landed (`after`), the old one is
// still there (`before`), or the object holds something neither (`other`: changed since, by someone
// else or a later deploy). This is how an in-flight step's outcome is read back, and how rollback
// knows what it may undo without destroying later work.
import { identityOf } from '../plan/analyze.js';
import type { RemoteObject, XsObject } from '../plan/types.js';
import type { DeployRecord, RecordStep, RecordStore } from './record.js';

export type StepState = 'after' | 'before' | 'other';

/** Only the renames of a step landed: the columns moved, the text was not pushed yet. */
function renamesLanded(step: RecordStep, now: XsObject): boolean {
  const renames = step.renames ?? [];
  if (renames.length === 0 || !now.columns) return false;
  const names = new Set(now.columns.map((c) => c.name));
  return renames.every((r) => names.has(r.to) && !names.has(r.from));
}

/**
 * Compares one step with the remote object of its identity (undefined: absent).
 * @example stateOf(step, byIdentity.get(identityOf(step.resource))) === 'after' // the write landed
 */
export function stateOf(step: RecordStep, now: XsObject | undefined): StepState {
  const text = now?.canonicalText;
  switch (step.kind) {
    case 'create':
      if (text === undefined) return 'before';
      return text === step.text ? 'after' : 'other';
    case 'update':
      if (text === undefined) return 'other';
      if (text === step.text) return 'after';
      if (text === step.before?.text) return 'before';
      return renamesLanded(step, now as XsObject) ? 'after' : 'other';
    case 'delete':
      if (text === undefined) return 'after';
      return text === step.before?.text ? 'before' : 'other';
  }
}

/**
 * After a failed request: marks each in-flight step `done` or `not-applied` from the remote; a step
 * whose object holds neither state stays in flight (rollback reports it).
 * @example await resolveInFlight(record, store, (await pullRemote(client)).objects);
 */
export async function resolveInFlight(record: DeployRecord, store: RecordStore, remote: readonly (XsObject | RemoteObject)[]): Promise<void> {
  const byId = new Map(remote.map((r) => [r.identity, r]));
  const landed: number[] = [];
  const missed: number[] = [];
  record.steps.forEach((s, i) => {
    if (s.status !== 'in-flight') return;
    const state = stateOf(s, byId.get(identityOf(s.resource)));
    if (state === 'after') landed.push(i);
    if (state === 'before') missed.push(i);
  });
  await store.mark(record, landed, { status: 'done' });
  await store.mark(record, missed, { status: 'not-applied' });
}
