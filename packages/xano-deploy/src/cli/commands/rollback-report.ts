// What `xac rollback` prints for each outcome (text and json).
import type { RecordStep } from '../../apply/record.js';
import type { RollbackOutcome } from '../../deploy/rollback-run.js';
import { describe } from '../../plan/types.js';

const stepLine = (s: RecordStep) => `  ${s.kind} ${describe(s.resource)}`;

function listed(title: string, steps: readonly RecordStep[], max = 20): string[] {
  if (steps.length === 0) return [];
  const more = steps.length > max ? [`  … ${steps.length - max} more`] : [];
  return [title, ...steps.slice(0, max).map(stepLine), ...more];
}

/**
 * The text of an outcome.
 * @example process.stdout.write(`${rollbackText(await rollbackOnTarget(target, records))}\n`);
 */
export function rollbackText(o: RollbackOutcome): string {
  if (o.kind === 'nothing-written') {
    return `deploy ${o.deployId} (pid ${o.holder.pid}, started ${o.holder.since}) stopped before its first write: the target was not changed; nothing to undo (its stale lock was removed)`;
  }
  const r = o.report;
  if (o.kind === 'already') return `deploy ${r.record.id} was already rolled back at ${r.alreadyAt ?? '?'}; nothing to do`;
  const head = `rolled back deploy ${r.record.id}: ${r.undone.length} step(s) undone, ${r.notLanded.length} never reached the target`;
  return [head, ...listed('undone:', r.undone), ...listed('never reached the target (nothing to undo):', r.notLanded), ...listed('overwrote later changes to:', r.overwritten)].join('\n');
}

/**
 * The json of an outcome.
 * @example JSON.parse(rollbackJson(outcome)).undone // 3
 */
export function rollbackJson(o: RollbackOutcome): string {
  if (o.kind === 'nothing-written') return JSON.stringify({ deployId: o.deployId, status: 'nothing-written', undone: 0 });
  const r = o.report;
  const base = { deployId: r.record.id, status: o.kind === 'already' ? 'already-rolled-back' : r.record.status, undone: r.undone.length, notLanded: r.notLanded.length };
  return JSON.stringify({ ...base, overwritten: r.overwritten.length, ...(r.alreadyAt ? { rolledBackAt: r.alreadyAt } : {}) });
}
