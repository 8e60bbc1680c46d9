// Run every `run.job` of real XanoScript on the local runtime and count the outcomes (docs/runtime.md
// "Measured"). Measure only: XAC_CORPUS names folders (colon-separated) of third-party trees, never
// committed. Each run.job runs with the functions and tables of its own folder tree (a fresh in-memory
// PGlite database, as `xac run` opens one). A program whose files hold an api.request (refused: no
// network) or a statement of OUTSIDE_PREFIXES (e-mail, cloud storage, redis, AI…, as the peer tests
// are classed) calls out and is counted apart. XAC_TIMEOUT_MS sets the budget per program (10 s by
// default). Run from the repository root:
//   XAC_CORPUS=/path/to/xs-generator pnpm --filter @xac/xanoscript-runtime exec tsx scripts/run-jobs.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { walk, type Document, type TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { Database, functionsOf, manualClock, run, XanoRuntimeError } from '../src/index.ts';
import { OUTSIDE_PREFIXES } from './peer/classify.ts';

function files(dir: string, out: string[] = []): string[] {
  // Sorted: the directory order of the file system is not (ext4 hashes it), and a run must not depend on it.
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (e === '.git' || e === 'node_modules') continue;
    if (statSync(p).isDirectory()) files(p, out);
    else if (p.endsWith('.xs')) out.push(p);
  }
  return out;
}

/** Whether a document holds a statement that needs a service outside the workspace and its database. */
function callsOutOf(document: Document): boolean {
  let out = false;
  walk(document, {
    enter: (n) => {
      if (n.kind === 'ApiRequestStmt' || (n.kind === 'GenericStmt' && OUTSIDE_PREFIXES.some((p) => n.name.startsWith(p)))) out = true;
      return !out;
    },
  });
  return out;
}

const roots = (process.env['XAC_CORPUS'] ?? '').split(':').filter((r) => r !== '');
if (roots.length === 0) throw new Error('set XAC_CORPUS to the folder(s) to measure');
const all = roots.flatMap((r) => files(r));
const docs = all.map((path) => {
  const parsed = parse(readFileSync(path, 'utf8'), { path });
  return { path, documents: parsed.documents, broken: parsed.diagnostics.some((d) => d.severity === 'error') };
});
const outcomes = new Map<string, number>();
const add = (k: string): void => void outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
let jobs = 0;
const failures: string[] = [];
// How close the finishing programs come to the budget: a figure taken under load is only as good as
// the margin of its slowest program (printed with --failures).
const finished: { path: string; ms: number }[] = [];
for (const { path, documents } of docs) {
  for (const document of documents) {
    if (document.object.kind !== 'RunJobDecl') continue;
    jobs++;
    if (process.env['XAC_VERBOSE']) process.stderr.write(`${path}\n`);
    // The program's own folder tree only: `3sum/` must not see `3sum-closest/` (a prefix without the
    // separator let sibling programs' functions in, and which one won depended on file order).
    const dir = `${dirname(path)}${sep}`;
    const near = docs.filter((d) => d.path.startsWith(dir)).flatMap((d) => d.documents.map((doc) => ({ document: doc, path: d.path })));
    const callsOut = near.some((d) => callsOutOf(d.document));
    // A program with a file that does not parse never runs (xac run and Xano refuse it): counted apart.
    const broken = docs.filter((d) => d.path.startsWith(dir) && d.broken);
    if (broken.length > 0) {
      add(`${callsOut ? '(calls out) ' : ''}does not parse`);
      if (process.argv.includes('--failures')) failures.push(`${path}: does not parse: ${broken.map((b) => b.path).join(', ')}`);
      continue;
    }
    const tables = near.flatMap((d) => (d.document.object.kind === 'TableDecl' ? [d.document.object as TableDecl] : []));
    // With tables, the database is opened before the clock starts (PGlite's start-up is not the
    // program's time); without, an opener that run() calls at a first db statement.
    const opened = tables.length > 0 ? await Database.open(tables) : undefined;
    const db = opened ?? (async (): Promise<Database> => Database.open(tables));
    const started = performance.now();
    try {
      await run(document, {}, { path, functions: functionsOf(near), db, clock: manualClock(Date.UTC(2026, 0, 1)), loopLimit: 100_000, timeoutMs: Number(process.env['XAC_TIMEOUT_MS'] ?? 10_000) });
      add(callsOut ? 'ok (calls out)' : 'ok');
      finished.push({ path, ms: performance.now() - started });
    } catch (err) {
      const kind = err instanceof XanoRuntimeError ? `${err.name}${err.name.startsWith('Unsupported') ? `: ${(err as { what?: string; filter?: string }).what ?? (err as { filter?: string }).filter}` : ''}` : `crash: ${(err as Error).message.slice(0, 60)}`;
      add(`${callsOut ? '(calls out) ' : ''}${kind}`);
      if (process.argv.includes('--failures')) failures.push(`${path}: ${(err as Error).message.slice(0, 200)}`);
    } finally {
      await opened?.close();
    }
  }
}
for (const f of failures) console.log(f);
if (process.argv.includes('--failures')) {
  for (const f of [...finished].sort((a, b) => b.ms - a.ms).slice(0, 3)) console.log(`slowest finished: ${f.path} ${Math.round(f.ms)} ms`);
}
console.log(`${jobs} run.job programs`);
for (const [k, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
