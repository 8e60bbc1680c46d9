import type { FunctionDecl, ObjectDecl, TableDecl } from '@xac/xanoscript-dsl/ast';
import type { Database } from './db/database.js';
import type { Obj, Value } from './values.js';

/** Time as the runtime sees it: `now` for the `now` literal and date filters, `sleep` for util.sleep. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A clock that tests drive: `sleep` returns at once and moves `now` forward.
 * @example const clock = manualClock(0); await clock.sleep(1000); clock.now() // 1000
 */
export function manualClock(start = 0): Clock & { readonly slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return { slept, now: () => t, sleep: async (ms) => { slept.push(ms); t += ms; } };
}

/** A function of the workspace, with the file it came from (for locations in errors). */
export interface FunctionEntry {
  readonly decl: FunctionDecl;
  readonly path?: string;
}

/** How `function.run` finds its callee by name. */
export type FunctionResolver = (name: string) => FunctionEntry | undefined;

/** An object a workflow test calls (`api.call "path" verb=GET { api_group = "g" }`, `task.call "t"`…). */
export interface ObjectRef {
  readonly kind: ObjectDecl['kind'];
  readonly name: string;
  readonly verb?: string;
  readonly apiGroup?: string;
}

/** How the call statements of a workflow test find the object they call. */
export type ObjectResolver = (ref: ObjectRef) => { readonly decl: ObjectDecl; readonly path?: string } | undefined;

/** What `security.create_auth_token` records (security.md "Auth Token Generation"). */
export interface AuthTokenClaims {
  readonly table: string;
  readonly id: Value;
  readonly extras: Value;
  /** Seconds the token is valid for (null: the issuer's default). */
  readonly expiration: number | null;
}

/** Issues the tokens `security.create_auth_token` gives back; the emulator's auth table resolves them to `$auth`. */
export interface AuthTokenIssuer {
  issue(claims: AuthTokenClaims): string;
}

/** A `function.run … { async = true }` call handed to a background worker (functions.md "Async"). */
export interface BackgroundCall {
  readonly name: string;
  readonly input: Value;
  /** Where the call sits, file:line:col. */
  readonly at: string;
  /** Runs the callee to its end (the worker awaits it and records the result or the error). */
  readonly run: () => Promise<Value>;
}

/** Takes async calls; returns at once (the call's `as` variable gets what it returns). */
export type BackgroundRunner = (call: BackgroundCall) => Value;

/** What a run may see of the world. Everything is optional; tests pass only what they need. */
export interface RunContext {
  /** `$env.NAME` values (e.g. the config's per-target environment block); read before the process environment. */
  readonly env?: Readonly<Record<string, Value>>;
  /** The process environment, for secrets (default: none; the CLI passes `process.env`). */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
  /**
   * A `$env.NAME` neither defines: an EnvVarMissingError naming it (default), or null — what a
   * Xano workspace without the variable gives, which tests of unconfigured workspaces rely on.
   */
  readonly unsetEnv?: 'error' | 'null';
  /** `$auth`; reads of missing fields give null (syntax.md "Authentication Check" compares `$auth.id` with null). */
  readonly auth?: Obj | null;
  readonly clock?: Clock;
  readonly functions?: FunctionResolver;
  /** What `api.call`, `task.call` and the other calls of a workflow test find (workflow-tests.md "Call Functions"). */
  readonly objects?: ObjectResolver;
  /** The file of the object being run, printed in error locations. */
  readonly path?: string;
  /**
   * The workspace's tables, for db.* (`Database.open(tableDecls)`), or a function that opens them on
   * the first db statement (so a run without one never starts Postgres); without it db.* is a
   * DatabaseMissingError.
   */
  readonly db?: Database | (() => Promise<Database>);
  /** The workspace's table objects, for `dblink` inputs (types.md "Database Link Inputs"). */
  readonly tables?: readonly TableDecl[];
  /** Wall-clock budget of the run in ms; past it the next statement raises RunTimeoutError (default: none). */
  readonly timeoutMs?: number;
  /** Where `security.create_auth_token` gets its tokens (default: random opaque tokens no server resolves). */
  readonly authTokens?: AuthTokenIssuer;
  /** Runs `function.run … { async = true }` in the background; without it such a call is not supported. */
  readonly background?: BackgroundRunner;
  /** Most iterations one loop may run before a LoopLimitError (default 1,000,000). */
  readonly loopLimit?: number;
}

/** One `debug.log` value, with where it was logged. */
export interface LogEntry {
  readonly value: Value;
  readonly at: string;
}
