// Everything the workspace's scripts run with inside the emulator: the deployed objects, one
// database for the emulator's lifetime, the auth table, the background worker and the clock.
import { Database, pgliteAdapter, run, seedRows, type Clock, type RunContext, type SqlAdapter, type Value } from '@xac/xanoscript-runtime';
import type { StoredBranch } from '../state.js';
import type { StateStore } from '../store.js';
import { AuthTable } from './auth-table.js';
import { BackgroundWorker } from './background-worker.js';
import { JobLog, type JobRecord } from './job-log.js';
import { liveWorkspace, type LiveWorkspace, type TaskEntry } from './live-workspace.js';
import type { AuthValue } from './values.js';

export interface WorkspaceHostOptions {
  readonly clock: Clock;
  /** `$env` values (a target's environment block); read before `processEnv`. */
  readonly env?: Readonly<Record<string, Value>>;
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
  /** Opens the SQL connection on the first db statement (default: PGlite in memory). */
  readonly openDatabase?: () => Promise<SqlAdapter>;
}

/** What a run of an endpoint adds to the context: `$auth` and the request's `$env.$…` variables. */
export interface RequestExtras {
  readonly auth?: AuthValue | null;
  readonly env?: Readonly<Record<string, Value>>;
}

export class WorkspaceHost {
  readonly auth: AuthTable;
  readonly jobs = new JobLog();
  readonly worker: BackgroundWorker;
  private sql: Promise<SqlAdapter> | undefined;
  private opened: { key: string; db: Promise<Database> } | undefined;

  constructor(private readonly store: StateStore, readonly options: WorkspaceHostOptions) {
    this.auth = new AuthTable(options.clock);
    this.worker = new BackgroundWorker(this.jobs, options.clock);
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** The live branch of every workspace (or the branch `label` where one has it). */
  branches(label?: string): StoredBranch[] {
    return this.store.state.workspaces.flatMap((w) => {
      const b = label === undefined ? w.branches.find((x) => x.live) : w.branches.find((x) => x.label === label);
      return b ? [b] : [];
    });
  }

  live(label?: string): LiveWorkspace[] {
    return this.branches(label).map(liveWorkspace);
  }

  /** The database with the workspace's tables (reopened, rows kept, when a table changes). */
  private database(live: LiveWorkspace): Promise<Database> {
    if (this.opened?.key !== live.tablesKey) {
      this.sql ??= (this.options.openDatabase ?? (() => pgliteAdapter()))();
      const sql = this.sql;
      this.opened = { key: live.tablesKey, db: sql.then((s) => Database.open(live.tables, s)) };
    }
    return this.opened.db;
  }

  /** The run context for a script of `live`. */
  context(live: LiveWorkspace, path: string, extras: RequestExtras = {}): RunContext {
    const env = { ...this.options.env, ...extras.env };
    return {
      path, functions: live.functions, env, processEnv: this.options.processEnv ?? {}, clock: this.clock,
      auth: extras.auth ?? null, authTokens: this.auth, db: () => this.database(live).then(keepOpen),
      background: (call) => {
        const job = this.worker.submit('async', call.name, call.at, call.run);
        return { job_id: job.id };
      },
    };
  }

  /** Queues a run of a task on the background worker. */
  startTask(live: LiveWorkspace, entry: TaskEntry, at: string): JobRecord {
    return this.worker.submit('task', entry.decl.name, at, async () => (await run(entry.decl, {}, this.context(live, entry.path))).response);
  }

  /** Loads fixture rows into the tables of workspace 1's live branch; rows inserted per table. */
  async seed(fixtures: unknown, source?: string): Promise<Record<string, number>> {
    const [live] = this.live();
    if (!live) return {};
    return seedRows(await this.database(live), fixtures, { clock: this.clock, ...(source === undefined ? {} : { source }) });
  }

  /** Every row of a table of workspace 1's live branch, by id. */
  async rows(table: string): Promise<Value[]> {
    const [live] = this.live();
    if (!live) return [];
    return (await this.database(live)).select(table, { where: { sql: '', params: [] } });
  }

  /**
   * One page of a table's rows by id (the Meta API's table content) and the table's row count. Rows
   * live in one database whatever the branch, as a data source does in Xano.
   */
  async content(table: string, page: number, perPage: number): Promise<{ items: Value[]; total: number }> {
    const [live] = this.live();
    if (!live) return { items: [], total: 0 };
    const db = await this.database(live);
    const all = { sql: '', params: [] };
    return { items: await db.select(table, { where: all, limit: perPage, offset: (page - 1) * perPage }), total: await db.count(table, all) };
  }

  /** Empties every table of workspace 1's live branch and restarts its ids (after the queue drains). */
  async empty(): Promise<void> {
    await this.worker.idle();
    const [live] = this.live();
    if (live) await (await this.database(live)).empty();
  }

  async close(): Promise<void> {
    await this.worker.idle();
    if (this.sql) await (await this.sql).close();
  }
}

/**
 * The emulator's database outlives each run: `run` closes a database it opened itself, so it gets
 * a view whose close does nothing.
 */
function keepOpen(db: Database): Database {
  return new Proxy(db, { get: (target, key) => (key === 'close' ? () => Promise.resolve() : Reflect.get(target, key, target)) });
}
