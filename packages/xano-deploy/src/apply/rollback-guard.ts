// What a rollback must not destroy: objects that a later deploy of the same target changed (and did
// not roll back), and objects whose remote text is neither this deploy's nor the one it replaced.
import { identityOf } from '../plan/analyze.js';
import { describe, type ResourceRef } from '../plan/types.js';
import type { DeployRecord } from './record.js';

/** An object the rollback would overwrite; `by` is the later deploy that changed it, when known. */
export interface Overlap {
  readonly resource: ResourceRef;
  readonly by: string | undefined;
}

const landedIds = (r: DeployRecord) =>
  new Set(r.steps.filter((s) => s.status === 'done' || s.status === 'in-flight').map((s) => identityOf(s.resource)));

/**
 * The objects this record touched that a later, not rolled-back record touched too.
 * @example laterOverlaps(record, newerRecordsOfTheSameTarget) // [] → safe to roll back
 */
export function laterOverlaps(record: DeployRecord, later: readonly DeployRecord[]): Overlap[] {
  const mine = landedIds(record);
  const out = new Map<string, Overlap>();
  for (const r of later) {
    if (r.id === record.id || r.status === 'rolled-back') continue;
    for (const s of r.steps) {
      const id = identityOf(s.resource);
      if (mine.has(id) && !s.rolledBack && (s.status === 'done' || s.status === 'in-flight') && !out.has(id)) out.set(id, { resource: s.resource, by: r.id });
    }
  }
  return [...out.values()];
}

/** The rollback would overwrite later work: nothing was written. */
export class RollbackRefusedError extends Error {
  override readonly name = 'RollbackRefusedError';

  constructor(
    readonly deployId: string,
    readonly overlaps: readonly Overlap[],
  ) {
    const lines = overlaps.map((o) => `  ${describe(o.resource)}: ${o.by ? `changed by later deploy ${o.by}` : 'changed on the target since this deploy'}`);
    const later = [...new Set(overlaps.flatMap((o) => (o.by ? [o.by] : [])))].sort().reverse();
    const first = later.length > 0 ? `roll back ${later.map((id) => `\`xac rollback ${id}\``).join(', ')} first (newest first), or ` : '';
    super(`refusing to roll back deploy ${deployId} (nothing was written): ${overlaps.length} object(s) changed after it:\n${lines.join('\n')}\n${first}pass --allow overwrite-later to overwrite those changes`);
  }
}

/** After undoing, some objects still are not as they were before the deploy (listed). */
export class RollbackIncompleteError extends Error {
  override readonly name = 'RollbackIncompleteError';

  constructor(
    readonly deployId: string,
    readonly resources: readonly ResourceRef[],
  ) {
    const lines = resources.map((r) => `  ${describe(r)}`);
    super(`rollback of deploy ${deployId} is incomplete: these objects still differ from their state before the deploy:\n${lines.join('\n')}\nrun \`xac rollback ${deployId}\` again (it resumes), or fix them by hand`);
  }
}
