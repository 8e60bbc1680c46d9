import { walk, type Node } from '@xac/xanoscript-dsl/ast';
import type { RunContext } from '../context.js';
import type { Database } from '../db/database.js';
import { XanoRuntimeError, where } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { invoke, type RunnableDecl } from '../exec/invoke.js';
import { ReturnSignal } from '../exec/signals.js';
import { runBody } from '../exec/stmts.js';
import { createState } from '../run.js';
import { Frame, type RunState } from '../scope.js';
import { isObj, type Value } from '../values.js';
import type { TestCase } from './discover.js';

// Running tests (unit-testing.md, workflow-tests.md). A unit test runs the object it belongs to on
// its `input`, then its expectations on `$response`; a workflow test runs its stack. Each test starts
// from empty tables; `mock` entries named after the test replace their statements.

/** Why a test failed: the first failing expectation, or the error that stopped it. */
export interface TestFailure {
  /** The error's name: `ExpectationError` for a failed `expect.*`, else the runtime error. */
  readonly type: string;
  readonly message: string;
  /** `file:line:col` of the failing expectation (or of the statement that raised the error). */
  readonly at?: string;
}

export interface TestResult {
  readonly kind: TestCase['kind'];
  readonly name: string;
  /** The object the test belongs to (the workflow test itself for a workflow_test). */
  readonly object: string;
  readonly path?: string;
  /** `file:line:col` of the test. */
  readonly at: string;
  readonly status: 'passed' | 'failed';
  readonly failure?: TestFailure;
  readonly durationMs: number;
}

async function unitTest(t: Extract<TestCase, { kind: 'test' }>, state: RunState): Promise<void> {
  const test = { name: t.name, checkedThrow: false } as NonNullable<RunState['test']>;
  state.test = test;
  const setup = new Frame(state, {}, t.path);
  const inputAttr = t.block.attrs.find((a) => a.name === 'input');
  const input = inputAttr ? evaluate(inputAttr.value, { frame: setup }) : {};
  if (!isObj(input)) throw new XanoRuntimeError('a test\'s input must be an object: input = {…}', { at: where(t.path, inputAttr?.loc) });
  let response: Value = null;
  try {
    response = await invoke(t.owner as RunnableDecl, input, state, t.path, { path: t.path });
  } catch (err) {
    if (!(err instanceof XanoRuntimeError)) throw err;
    test.error = err;
  }
  // Without an expect.to_throw, the error of the object is the failure (not a first expect on null).
  if (test.error && !hasToThrow(t.block)) throw test.error;
  const frame = new Frame(state, {}, t.path);
  frame.vars.set('response', response);
  await runBody(t.block.body, frame);
  if (test.error && !test.checkedThrow) throw test.error;
}

async function workflowTest(t: Extract<TestCase, { kind: 'workflow_test' }>, state: RunState): Promise<void> {
  state.test = { name: t.name, checkedThrow: false };
  const datasource = t.owner.attrs.find((a) => a.name === 'datasource')?.value;
  if (datasource?.kind === 'StringLit') state.datasource = datasource.value;
  try {
    await runBody(t.owner.stack ?? [], new Frame(state, {}, t.path));
  } catch (err) {
    if (!(err instanceof ReturnSignal)) throw err;
  }
}

function hasToThrow(block: Node): boolean {
  let found = false;
  walk(block, { enter: (n) => void (n.kind === 'GenericStmt' && n.name === 'expect.to_throw' && (found = true)) });
  return found;
}

const failureOf = (err: XanoRuntimeError): TestFailure => ({ type: err.name, message: err.bare, ...(err.at === undefined ? {} : { at: err.at }) });

/** Options of a test run: the run context (functions, objects, env, clock) and the database to empty before each test. */
export interface TestRunOptions {
  readonly context?: RunContext;
  /** Opens the workspace's database on the first db statement; it is emptied before each later test and closed at the end. */
  readonly db?: () => Promise<Database>;
  /** Called after each test (for progress output). */
  readonly onResult?: (r: TestResult) => void;
}

/**
 * Run tests one after another; a failing test never stops the others. Errors that are bugs of the
 * runtime (not XanoRuntimeError) are thrown.
 * @example const results = await runTests(testsOf(files), { context: { functions, objects } });
 */
export async function runTests(tests: readonly TestCase[], options: TestRunOptions = {}): Promise<TestResult[]> {
  let opened: Promise<Database> | undefined;
  const db = options.db ? () => (opened ??= options.db!()) : undefined;
  const results: TestResult[] = [];
  try {
    for (const t of tests) {
      if (opened) await (await opened).empty();
      const context: RunContext = { ...options.context, ...(db ? { db } : {}), ...(t.path === undefined ? {} : { path: t.path }) };
      const result = await runOne(t, context);
      options.onResult?.(result);
      results.push(result);
    }
  } finally {
    if (opened) await (await opened).close();
  }
  return results;
}

async function runOne(t: TestCase, context: RunContext): Promise<TestResult> {
  const started = performance.now();
  const loc = t.kind === 'test' ? t.block.loc : t.owner.loc;
  const base = { kind: t.kind, name: t.name, object: t.owner.name, ...(t.path === undefined ? {} : { path: t.path }), at: where(t.path, loc) };
  const state = createState(context);
  try {
    await (t.kind === 'test' ? unitTest(t, state) : workflowTest(t, state));
    return { ...base, status: 'passed', durationMs: performance.now() - started };
  } catch (err) {
    if (!(err instanceof XanoRuntimeError)) throw err;
    return { ...base, status: 'failed', failure: failureOf(err), durationMs: performance.now() - started };
  }
}

