// Fixture rows into the workspace's tables (`xac seed`, the emulator's `seed`): each row converted
// as a db.add converts its data (numeric text to int, timestamp text to epoch ms, unknown fields
// refused, left-out fields get their declared default).
import { systemClock, type Clock } from '../context.js';
import { XanoRuntimeError } from '../errors.js';
import { Frame, type RunState } from '../scope.js';
import { fromJson, isObj } from '../values.js';
import type { Database } from './database.js';
import { rowOf } from './rows.js';

/** Rows by table name: `{"fub_onboarding_jobs": [{…}, …]}`. */
export type Fixtures = Readonly<Record<string, readonly unknown[]>>;

/** A fixture that is not `{table: [rows…]}` or names a table the workspace lacks. */
export class SeedError extends XanoRuntimeError {
  constructor(message: string, at?: string) {
    super(message, { status: 400, ...(at === undefined ? {} : { at }) });
    this.name = 'SeedError';
  }
}

/**
 * Inserts every row of `fixtures`; the number of rows inserted per table.
 * @example await seedRows(db, { user: [{ id: 60, name: 'Ann' }] }, { source: 'seed/users.json' }) // {user: 1}
 */
export async function seedRows(db: Database, fixtures: unknown, o: { readonly clock?: Clock; readonly source?: string } = {}): Promise<Record<string, number>> {
  if (!isObj(fromJson(fixtures))) throw new SeedError('a fixture file holds {"<table>": [rows…]}', o.source);
  const state: RunState = { ctx: {}, clock: o.clock ?? systemClock, logs: [], loopLimit: 1, depth: 0 };
  const frame = new Frame(state, {}, o.source);
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(fixtures as Record<string, unknown>)) {
    const at = `${o.source ?? 'fixture'} ${table}`;
    if (!Array.isArray(rows)) throw new SeedError(`${table} must be an array of rows`, o.source);
    const t = db.table(table, o.source);
    for (const [i, row] of rows.entries()) await db.insert(table, rowOf(t, fromJson(row), frame, `${at}[${i}]`, true));
    counts[table] = rows.length;
  }
  return counts;
}
