// `pnpm bench import-coverage`: how much of real XanoScript `xac import` turns into typed DSL (issue 10).
// XAC_CORPUS names folders (colon-separated) as in the conformance suite: each is one repository's
// tree or a folder of `<owner>__<name>/` trees; each tree is imported as one workspace (its tables
// type the db.* statements of its functions). Without XAC_CORPUS the suite skips.
//
// Figures, per object kind (run.job programs counted apart, as their own kind):
// - typed: the module has no `raw.*` escape hatch (`unsafe()` reads of values the types reject count
//   as typed: they are markers of imported bugs, not missing DSL);
// - escapes: typed, but some statements or expressions are carried as `raw.stmt` / `raw.expr` /
//   `raw.filter`;
// - raw: the whole object is a `raw.object`;
// and, over all modules, the statements (by keyword), expressions (by node kind) and filters (by
// name) that fell back, most frequent first. Files with parse errors are left out and counted.
//
// Build back: every generated module is written under bench/results/import-back/ (gitignored: it
// holds third-party code), loaded as `xac build` loads DSL, and its definition printed; the text must
// equal the canonical print of the object it was imported from, byte for byte. `buildBack` counts the
// objects compared, equal and different (the first differences are listed by file). The modules are
// generated as `xac import` writes them (type-checked in place, each value the types reject marked
// with `unsafe.cast`), and then type-checked again as `xac build` would: `typeErrors` counts what the
// markers left, per workspace (an imported workspace with any does not build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withoutGuid, type Document } from '@xac/xanoscript-dsl/ast';
import { asDefinition, commentText } from '@xac/xanoscript-dsl/dsl';
import { print } from '@xac/xanoscript-dsl/printer';
import { generateModules, type ImportedModule, type ImportSource } from '@xac/xanoscript-dsl/codegen';
import { readWorkspaceTree } from '@xac/xanoscript-dsl/layout';
import { parse } from '@xac/xanoscript-dsl/parser';
import { corpusTrees } from './lint-corpus.ts';
import { loadavg } from 'node:os';

interface KindRow {
  objects: number;
  typed: number;
  escapes: number;
  raw: number;
  /** Typed modules that carry an `unsafe()` marker. */
  unsafe: number;
}

const KIND_OF: Record<string, string> = {
  FunctionDecl: 'function', QueryDecl: 'query', ApiGroupDecl: 'api_group', TableDecl: 'table', TaskDecl: 'task',
  TableTriggerDecl: 'table_trigger', RealtimeTriggerDecl: 'realtime_trigger', WorkspaceTriggerDecl: 'workspace_trigger',
  AgentTriggerDecl: 'agent_trigger', McpServerTriggerDecl: 'mcp_server_trigger', MiddlewareDecl: 'middleware',
  AddonDecl: 'addon', AgentDecl: 'agent', ToolDecl: 'tool', McpServerDecl: 'mcp_server', WorkflowTestDecl: 'workflow_test',
  WorkspaceDecl: 'workspace', BranchDecl: 'branch', RealtimeChannelDecl: 'realtime_channel', RunJobDecl: 'run.job', RawDecl: 'raw',
};

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const top = (m: Map<string, number>, n = 40) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n));
const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

/** The node kind of an expression carried by `raw.expr(text)` (re-parsed inside a var statement). */
export function exprKey(text: string): string {
  const doc = parse(`function "x" {\n  input {\n  }\n  stack {\n    var $x {\n      value = ${text}\n    }\n  }\n  response = 1\n}\n`).ast;
  const st = doc?.object.kind === 'FunctionDecl' ? doc.object.stack?.[0] : undefined;
  const v = st?.kind === 'VarStmt' ? st.attrs.find((a) => a.name === 'value')?.value : undefined;
  if (v === undefined) return 'unparsed';
  if (v.kind === 'VarExpr') return `VarExpr $${['input', 'env', 'auth', 'db'].includes(v.name) ? v.name : 'var'}${v.path.map((p) => (p.kind === 'PropAccess' ? '.x' : '[i]')).join('').slice(0, 12)}`;
  if (v.kind === 'BinaryExpr' || v.kind === 'UnaryExpr') return `${v.kind} ${v.op}`;
  if (v.kind === 'FilterExpr') return `FilterExpr |${v.name}${v.operand === null ? ' (no operand)' : ''}${v.disabled ? ' (disabled)' : ''}`;
  return v.kind;
}

/** What one escape string is about: `raw.stmt(db.get "x" {` → `stmt db.get`. */
export function escapeKey(escape: string): [string, string] | undefined {
  const m = /^(raw\.stmt|raw\.expr|raw\.filter|raw\.object|unsafe)\(([\s\S]*)\)$/.exec(escape);
  if (!m) return undefined;
  const [, what, body = ''] = m;
  if (what === 'raw.stmt') return ['stmt', /^[^\s{(]+/.exec(body.trim())?.[0] ?? body];
  if (what === 'raw.filter') return ['filter', body];
  if (what === 'raw.expr') return ['expr', exprKey(body)];
  return undefined;
}

interface Tally {
  kinds: Map<string, KindRow>;
  stmts: Map<string, number>;
  exprs: Map<string, number>;
  filters: Map<string, number>;
  unsafeReads: number;
  errorFiles: number;
  crashes: string[];
  back: { compared: number; equal: number; different: string[]; failed: string[] };
  /** Every object not fully typed, with its escape hatches (written to results/import-back/untyped.json). */
  untyped: Array<{ object: string; kind: string; hatches: string[] }>;
}

const BACK = join(import.meta.dirname, 'results', 'import-back');

/** The canonical text a definition builds to (as `xac build` prints it: its comments, then the object). */
function built(value: unknown): string | undefined {
  const def = asDefinition(value);
  if (def === undefined) return undefined;
  const comments = (def.comments ?? []).map((text) => ({ kind: 'Comment' as const, text: commentText(text) }));
  return print({ kind: 'Document', comments, object: def.toDecl() } as Document);
}

/** Where two texts part: `line N: "want" ≠ "got"`. */
function firstDifference(want: string, got: string | undefined): string {
  if (got === undefined) return 'no definition exported';
  const a = want.split('\n');
  const b = got.split('\n');
  const i = a.findIndex((l, k) => l !== b[k]);
  const n = i === -1 ? a.length : i;
  return `line ${n + 1}: ${JSON.stringify(a[n]?.trim() ?? '<end>')} ≠ ${JSON.stringify(b[n]?.trim() ?? '<end>')}`;
}

/** Writes one tree's modules, loads each and compares what it builds to the canonical original. */
async function buildBack(t: Tally, tree: string, sources: readonly ImportSource[], modules: readonly ImportedModule[]): Promise<void> {
  const dir = join(BACK, tree);
  for (const m of modules) {
    mkdirSync(dirname(join(dir, m.file)), { recursive: true });
    writeFileSync(join(dir, m.file), m.code);
  }
  for (const [i, m] of modules.entries()) {
    const want = print(sources[i]!.doc);
    t.back.compared++;
    try {
      const mod = (await import(pathToFileURL(join(dir, m.file)).href)) as Record<string, unknown>;
      const got = Object.values(mod).map(built).find((x) => x !== undefined);
      if (got === want) t.back.equal++;
      else t.back.different.push(`${tree}/${m.source} → ${m.file}: ${firstDifference(want, got)}`);
    } catch (err) {
      t.back.failed.push(`${tree}/${m.source} → ${m.file}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
  }
}

function count(t: Tally, tree: string, source: ImportSource, m: ImportedModule): void {
  const kind = KIND_OF[source.doc.object.kind] ?? source.doc.object.kind;
  const row = t.kinds.get(kind) ?? { objects: 0, typed: 0, escapes: 0, raw: 0, unsafe: 0 };
  t.kinds.set(kind, row);
  row.objects++;
  const hatches = m.escapes.filter((e) => !e.startsWith('unsafe('));
  if (m.raw) row.raw++;
  else if (hatches.length > 0) row.escapes++;
  else row.typed++;
  if (m.raw || hatches.length > 0) t.untyped.push({ object: `${tree}/${source.path}`, kind, hatches });
  if (!m.raw && m.escapes.length > hatches.length) row.unsafe++;
  for (const e of m.escapes) {
    if (e.startsWith('unsafe(')) t.unsafeReads++;
    const key = escapeKey(e);
    if (key) bump(key[0] === 'stmt' ? t.stmts : key[0] === 'expr' ? t.exprs : t.filters, key[1]);
  }
}

/** Imports each tree as one workspace, as `xac import` does (files with errors left out). */
async function importTree(t: Tally, dir: string): Promise<void> {
  const tree = readWorkspaceTree(dir);
  const bad = new Set(tree.problems.map((p) => p.path));
  t.errorFiles += bad.size;
  const sources = tree.objects.filter((o) => !bad.has(o.path)).map((o) => ({ path: o.path, doc: withoutGuid(o.doc) }));
  try {
    // As `xac import` runs it: type-checked where it will be written, rejected values marked.
    const modules = generateModules(sources, { typecheckDir: join(BACK, basename(dir)) });
    modules.forEach((m, i) => count(t, basename(dir), sources[i]!, m));
    await buildBack(t, basename(dir), sources, modules);
  } catch (err) {
    t.crashes.push(`${basename(dir)}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Type-checks every imported workspace as `xac build` would (strict, the project's base settings):
 * what the markers left is an imported workspace that does not build. Counted per tree.
 */
function typecheckBack(): { total: number; byTree: Record<string, number>; first: string[] } {
  writeFileSync(join(BACK, 'tsconfig.json'), JSON.stringify({
    extends: '../../../tsconfig.base.json',
    compilerOptions: { noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, allowImportingTsExtensions: true },
    include: ['**/*.ts'],
  }));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(BACK, 'tsconfig.json')], { cwd: BACK, encoding: 'utf8', maxBuffer: 1 << 28 });
  const errors = run.stdout.split('\n').filter((l) => /\): error TS\d+/.test(l));
  const byTree: Record<string, number> = {};
  for (const e of errors) {
    const tree = e.split('/')[0] ?? '';
    byTree[tree] = (byTree[tree] ?? 0) + 1;
  }
  return { total: errors.length, byTree, first: errors.slice(0, 10) };
}

/** Runs the import over XAC_CORPUS and returns its figures (or why it skipped). */
export async function benchImportCoverage(): Promise<Record<string, unknown>> {
  const env = process.env['XAC_CORPUS'];
  if (env === undefined || env.trim() === '') {
    const why = 'skipped: XAC_CORPUS is not set (colon-separated folders of .xs files)';
    console.log(`import-coverage ${why}`);
    return { skipped: why };
  }
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const t: Tally = { kinds: new Map(), stmts: new Map(), exprs: new Map(), filters: new Map(), unsafeReads: 0, errorFiles: 0, crashes: [], back: { compared: 0, equal: 0, different: [], failed: [] }, untyped: [] };
  rmSync(BACK, { recursive: true, force: true });
  const trees = corpusTrees(env.split(':').filter((r) => r !== ''));
  for (const dir of trees) await importTree(t, dir);
  const kinds = [...t.kinds].sort((a, b) => b[1].objects - a[1].objects);
  const all = kinds.reduce((s, [, r]) => ({ objects: s.objects + r.objects, typed: s.typed + r.typed, escapes: s.escapes + r.escapes, raw: s.raw + r.raw, unsafe: s.unsafe + r.unsafe }), { objects: 0, typed: 0, escapes: 0, raw: 0, unsafe: 0 });
  const table = kinds.map(([k, r]) => `${k.padEnd(18)} ${String(r.objects).padStart(5)}  typed ${String(r.typed).padStart(5)} (${pct(r.typed, r.objects)})  escapes ${String(r.escapes).padStart(4)}  raw ${String(r.raw).padStart(4)}  with unsafe ${r.unsafe}`);
  console.log(table.join('\n'));
  const typeErrors = typecheckBack();
  console.log(`type errors left after the markers: ${typeErrors.total} in ${Object.keys(typeErrors.byTree).length} of ${trees.length} workspaces`);
  const result = {
    trees: trees.length,
    typeErrors,
    filesWithErrorsLeftOut: t.errorFiles,
    crashes: t.crashes,
    all: { ...all, typedPct: pct(all.typed, all.objects) },
    perKind: Object.fromEntries(kinds.map(([k, r]) => [k, { ...r, typedPct: pct(r.typed, r.objects) }])),
    unsafeReads: t.unsafeReads,
    buildBack: { compared: t.back.compared, equal: t.back.equal, different: t.back.different.length, failed: t.back.failed.length, firstDifferent: t.back.different.slice(0, 10), firstFailed: t.back.failed.slice(0, 10) },
    statementsFallingBack: top(t.stmts),
    expressionsFallingBack: top(t.exprs),
    filtersFallingBack: top(t.filters),
    seconds: (performance.now() - started) / 1000,
    load: { before: loadBefore, after: loadavg()[0] },
  };
  writeFileSync(join(BACK, 'untyped.json'), JSON.stringify(t.untyped, null, 1) + '\n');
  writeFileSync(join(BACK, 'problems.txt'), [...t.back.different.map((d) => `different: ${d}`), ...t.back.failed.map((f) => `failed: ${f}`)].join('\n') + '\n');
  return result;
}
