import type { Clock, LogEntry, RunContext } from './context.js';
import type { Database } from './db/database.js';
import type { Obj, Value } from './values.js';

/** State shared by every frame of one run: the context, the clock, the collected logs. */
export interface RunState {
  readonly ctx: RunContext;
  readonly clock: Clock;
  readonly logs: LogEntry[];
  readonly loopLimit: number;
  depth: number;
  /** `performance.now()` past which the run stops (RunContext.timeoutMs). */
  readonly deadline?: number;
  /** The database once opened (when the context gives an opener). */
  db?: Promise<Database>;
  /** The HTTP request being served (`$env.$http_headers`…; eval/system-vars.ts), set by `api.call`. */
  request?: import('./eval/system-vars.js').RequestInfo;
  /** `$env.$datasource` (a workflow test's `datasource`). */
  datasource?: string;
  /** Set while a test runs: its name selects the `mock` entries (unit-testing.md "Mock Matching"). */
  test?: TestState;
}

/** What a running test shares with its statements. */
export interface TestState {
  readonly name: string;
  /** The error the object under test raised, for a unit test's `expect.to_throw`. */
  error?: import('./errors.js').XanoRuntimeError;
  /** An `expect.to_throw` looked at `error`. */
  checkedThrow: boolean;
}

/** One function's variables: its `$input` and its stack variables (`$x` and `$var.x` are the same). */
export class Frame {
  readonly vars = new Map<string, Value>();
  /** The scope of the frame's own statements (no callback variables), made once rather than per expression. */
  readonly scope: Scope = { frame: this };
  constructor(readonly state: RunState, readonly input: Obj, readonly path: string | undefined, readonly rawInput: Obj = input) {}
}

/**
 * What an expression sees: the frame plus callback variables (`$$`/`$this`, `$index`, `$parent`,
 * `$result` inside `map:`, `filter:`, `array.find … if (…)`; syntax/array-filters.md "Expression-Based Filters").
 */
export interface Scope {
  readonly frame: Frame;
  readonly locals?: ReadonlyMap<string, Value>;
}

/** A scope with callback variables added; `$$` and `$this` are the same element. */
export function withLocals(scope: Scope, locals: Record<string, Value>): Scope {
  const map = new Map(scope.locals ?? []);
  for (const [k, v] of Object.entries(locals)) map.set(k, v);
  if ('this' in locals) map.set('$', locals['this'] as Value);
  return { frame: scope.frame, locals: map };
}
