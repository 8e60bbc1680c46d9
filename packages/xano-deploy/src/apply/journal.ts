// The deploy record's journal: one small line per step transition, replayed over the snapshot.
import type { DeployRecord, StepStatus } from './record.js';

/** One journal line: these steps (indexes into `record.steps`) changed status, or were rolled back. */
export interface JournalEntry {
  readonly seq: number;
  readonly steps: readonly number[];
  readonly status?: StepStatus;
  readonly rolledBack?: boolean;
}

/**
 * Applies the entries newer than the record's `seq`, in order; ignores indexes out of range.
 * @example replayJournal(record, [{ seq: record.seq + 1, steps: [0], status: 'in-flight' }]);
 */
export function replayJournal(record: DeployRecord, entries: readonly JournalEntry[]): void {
  for (const e of entries) {
    if (typeof e.seq !== 'number' || e.seq <= record.seq || !Array.isArray(e.steps)) continue;
    for (const i of e.steps) {
      const step = record.steps[i];
      if (!step) continue;
      if (e.status !== undefined) step.status = e.status;
      if (e.rolledBack !== undefined) step.rolledBack = e.rolledBack;
    }
    record.seq = e.seq;
  }
}
