// A task's `schedule = [{starts_on, freq, ends_on?}, …]` (tasks.md "Schedule"): UTC timestamps
// (the runtime gives epoch ms) and a frequency in seconds; no `freq` is a single event.
import type { TaskDecl } from '@xac/xanoscript-dsl/ast';
import { evaluateConstant } from '@xac/xanoscript-runtime';
import { isObjectValue } from './values.js';

export interface ScheduleEntry {
  readonly startsOn: number;
  /** Milliseconds between runs; 0 for a single event. */
  readonly everyMs: number;
  readonly endsOn?: number;
}

/** The task's schedule entries (entries without a numeric `starts_on` are left out). */
export function scheduleOf(task: TaskDecl): ScheduleEntry[] {
  const attr = task.attrs.find((a) => a.name === 'schedule');
  const value = attr ? evaluateConstant(attr.value) : null;
  const list = Array.isArray(value) ? value : [];
  return list.flatMap((e) => {
    if (!isObjectValue(e) || typeof e['starts_on'] !== 'number') return [];
    const freq = typeof e['freq'] === 'number' ? e['freq'] : 0;
    const endsOn = typeof e['ends_on'] === 'number' ? e['ends_on'] : undefined;
    return [{ startsOn: e['starts_on'], everyMs: freq * 1000, ...(endsOn === undefined ? {} : { endsOn }) }];
  });
}

/**
 * Whether an occurrence of `entry` falls in (after, upTo].
 * @example isDue({startsOn: 0, everyMs: 3600_000}, 1000, 3600_000) // true
 */
export function isDue(entry: ScheduleEntry, after: number, upTo: number): boolean {
  const end = Math.min(upTo, entry.endsOn ?? Infinity);
  if (end < entry.startsOn || end <= after) return false;
  if (entry.everyMs <= 0) return entry.startsOn > after;
  // The last occurrence at or before `end`.
  const last = entry.startsOn + Math.floor((end - entry.startsOn) / entry.everyMs) * entry.everyMs;
  return last > after;
}
