import type { Document, Expr, ObjectDecl, RawDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { systemClock, type FunctionEntry, type FunctionResolver, type LogEntry, type RunContext } from './context.js';
import { FunctionNotFoundError, UnsupportedStatementError, XanoRuntimeError, where } from './errors.js';
import { evaluate } from './eval/expr.js';
import { Frame, type RunState } from './scope.js';
import { invoke, type RunnableDecl } from './exec/invoke.js';
import { fromJson, isObj, type Value } from './values.js';

/** What a run gives back: the object's result and the values `debug.log` collected. */
export interface RunResult {
  readonly response: Value;
  readonly logs: readonly LogEntry[];
}

const RUNNABLE = new Set(['FunctionDecl', 'QueryDecl', 'TaskDecl', 'RunJobDecl']);

function runnable(object: Document | ObjectDecl | RawDecl, path: string | undefined): RunnableDecl {
  const decl = object.kind === 'Document' ? object.object : object;
  if (!RUNNABLE.has(decl.kind)) throw new UnsupportedStatementError(`running a ${decl.kind}`, where(path, decl.loc));
  return decl as RunnableDecl;
}

/**
 * `run.job "…" { main = {name: "fn", input: {…}} }` (the corpus' form): the function named by
 * `main`, found through `functions`, on `main.input`; undefined for other objects and for a run.job
 * with a stack of its own (essentials.md "Using $env in run.job input blocks"), which runs as is.
 */
function runJob(object: Document | ObjectDecl | RawDecl, state: RunState, path: string | undefined): { decl: RunnableDecl; input: Value; path: string | undefined } | undefined {
  const decl = object.kind === 'Document' ? object.object : object;
  if (decl.kind !== 'RunJobDecl') return undefined;
  const mainAttr = decl.attrs.find((a) => a.name === 'main');
  if (!mainAttr) return undefined;
  const main = evaluate(mainAttr.value, { frame: new Frame(state, {}, path) });
  const at = where(path, mainAttr.loc);
  if (!isObj(main) || typeof main['name'] !== 'string') throw new XanoRuntimeError('run.job needs main = {name: "<function>", input: {…}}', { at });
  const fn = state.ctx.functions?.(main['name']);
  if (!fn) throw new FunctionNotFoundError(main['name'], at);
  return { decl: fn.decl, input: main['input'] ?? {}, path: fn.path };
}

/** The state of one run (or one test) under `context`. */
export function createState(context: RunContext): RunState {
  return {
    ctx: context, clock: context.clock ?? systemClock, logs: [], loopLimit: context.loopLimit ?? 1_000_000, depth: 0,
    ...(context.timeoutMs === undefined ? {} : { deadline: performance.now() + context.timeoutMs }),
  };
}

/**
 * Run a function, endpoint (query), task or run.job on `input` and give its response and logs.
 * @example const { response } = await run(parse(src).ast!, { user_id: '60' }, { path: 'f.xs' });
 */
export async function run(object: Document | ObjectDecl | RawDecl, input: unknown, context: RunContext = {}): Promise<RunResult> {
  const state = createState(context);
  const job = runJob(object, state, context.path);
  const decl = job?.decl ?? runnable(object, context.path);
  const given = job ? job.input : fromJson(input ?? {});
  if (!isObj(given)) throw new XanoRuntimeError('the input must be a JSON object', { status: 400 });
  const path = job ? job.path : context.path;
  try {
    const response = await invoke(decl, given, state, path, { path });
    return { response, logs: state.logs };
  } finally {
    // A database the run opened itself (context.db as an opener) is closed with it.
    if (state.db) await (await state.db).close();
  }
}

/** A syntax error in a script given to the runtime, with its file:line:col. */
export class ScriptSyntaxError extends XanoRuntimeError {
  constructor(message: string, at: string) {
    super(message, { at });
    this.name = 'ScriptSyntaxError';
  }
}

/**
 * Parse XanoScript text into documents, refusing a file with syntax errors (first error's location).
 * @example const docs = parseScript(text, 'function/a.xs')
 */
export function parseScript(text: string, path?: string): readonly Document[] {
  const result = parse(text, path === undefined ? {} : { path });
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new ScriptSyntaxError(error.message, where(path, error.loc));
  return result.documents;
}

/**
 * A resolver of `function.run` names over parsed documents (each function by its name).
 * @example functionsOf([{ document, path: 'function/a.xs' }])('a')?.decl.name // 'a'
 */
export function functionsOf(files: ReadonlyArray<{ readonly document: Document; readonly path?: string }>): FunctionResolver {
  const byName = new Map<string, FunctionEntry>();
  for (const { document, path } of files) {
    if (document.object.kind === 'FunctionDecl') byName.set(document.object.name, path === undefined ? { decl: document.object } : { decl: document.object, path });
  }
  return (name) => byName.get(name);
}

/**
 * The value of an expression that needs no variables (an object's attribute: `canonical`, `auth`,
 * `schedule`), evaluated as the runtime would.
 * @example evaluateConstant(attr.value) // [{starts_on: 1767254400000, freq: 86400}]
 */
export function evaluateConstant(expr: Expr, context: RunContext = {}): Value {
  const state: RunState = { ctx: context, clock: context.clock ?? systemClock, logs: [], loopLimit: context.loopLimit ?? 1_000_000, depth: 0 };
  return evaluate(expr, { frame: new Frame(state, {}, context.path) });
}
