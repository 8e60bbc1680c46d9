// The tests of a set of .xs files (`test` blocks and `workflow_test` objects) on the local runtime,
// for `xac test` and the deploy gate: function.run and the calls of workflow tests find the objects
// of the same files; db.* runs on an in-memory PGlite with their tables, opened only when a test
// reaches a db statement and emptied before each test. A `$env.NAME` that is not set reads as null,
// as in a Xano workspace without the variable (the peer tests of unconfigured workspaces rely on it).
import type { Document, TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { Database, functionsOf, objectsOf, pgliteAdapter, runTests, testsOf, type TestResult } from '@xac/xanoscript-runtime';

export interface XsText {
  readonly path: string;
  readonly text: string;
}

export interface WorkspaceTestRun {
  readonly results: readonly TestResult[];
  /** Files that do not parse, as `file:line:col: message`; their tests do not run. */
  readonly problems: readonly string[];
}

export interface WorkspaceTestOptions {
  /** Run only the tests of these files (default: every file's); the others are still callable. */
  readonly only?: ReadonlySet<string>;
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
  readonly onResult?: (r: TestResult) => void;
  /** Wall-clock budget of each test in ms (default 30 s). */
  readonly timeoutMs?: number;
}

/**
 * Run the tests of `files`.
 * @example const { results } = await runWorkspaceTests([{ path: 'function/add.xs', text }]);
 */
export async function runWorkspaceTests(files: readonly XsText[], o: WorkspaceTestOptions = {}): Promise<WorkspaceTestRun> {
  const problems: string[] = [];
  const docs: Array<{ document: Document; path: string }> = [];
  for (const f of files) {
    const parsed = parse(f.text, { path: f.path });
    const error = parsed.diagnostics.find((d) => d.severity === 'error');
    if (error) problems.push(`${f.path}:${error.loc?.start.line ?? 1}:${error.loc?.start.column ?? 1}: ${error.message}`);
    else docs.push(...parsed.documents.map((document) => ({ document, path: f.path })));
  }
  const tests = testsOf(docs).filter((t) => !o.only || (t.path !== undefined && o.only.has(t.path)));
  if (tests.length === 0) return { results: [], problems };
  const tables = docs.flatMap((d) => (d.document.object.kind === 'TableDecl' ? [d.document.object as TableDecl] : []));
  const results = await runTests(tests, {
    context: { functions: functionsOf(docs), objects: objectsOf(docs), tables, processEnv: o.processEnv ?? {}, unsetEnv: 'null', timeoutMs: o.timeoutMs ?? 30_000 },
    db: async () => Database.open(tables, await pgliteAdapter()),
    ...(o.onResult ? { onResult: o.onResult } : {}),
  });
  return { results, problems };
}

/** One line per failed test: `file:line:col: test "name" failed: message`. */
export function failureLines(results: readonly TestResult[]): string[] {
  return results.flatMap((r) => (r.failure ? [`${r.failure.at ?? r.at}: test "${r.name}" failed: ${r.failure.message}`] : []));
}

/**
 * The gate's test step: the tests of the documents it checks, one reason per failed test.
 * @example await runGate({ ...input, tests: testsGate(process.env) });
 */
export function testsGate(processEnv: Readonly<Record<string, string | undefined>> = {}): (docs: ReadonlyArray<{ readonly file: string; readonly text: string }>) => Promise<string[]> {
  return async (docs) => failureLines((await runWorkspaceTests(docs.map((d) => ({ path: d.file, text: d.text })), { processEnv })).results);
}
