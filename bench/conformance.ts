// `pnpm bench conformance`: how the parser and printer do on real XanoScript (issue 8). The corpus is
// third-party code fetched locally and never committed; `bench/corpus.lock` pins it (repository,
// commit, .xs count and a digest, no content). Folders come from XAC_CORPUS (colon-separated); each is
// either one repository's tree or a folder of `<owner>__<name>/` trees. Without it the suite skips.
//
// Figures:
// - files clean: parse() gives no diagnostic of severity `error`;
// - fmt idempotent (clean files): print(parse(print(parse(x)))) === print(parse(x));
// - AST preserved (clean files): parse(print(parse(x))) equals parse(x) ignoring `loc` and where comments
//   sit: the trees without comment nodes are deep-equal and the comment texts are the same, in order;
// - speed: after a warm-up round, ROUNDS timed rounds (XAC_ROUNDS, default 3), each file's best time;
//   MB/s on clean and on broken files and their ratio; median ms per KB over all files and the files
//   of ≥ 10 KB slower than 3× that median; machine load (os.loadavg) before and after;
// - v11 row (optional): XAC_V11 names a JS module wrapping Xano's v11 language-server parser (run
//   locally, never committed). Interface expected of it — any of:
//     export function parse(text: string, path?: string): V11Result | Promise<V11Result>
//     export default { parse }            (same function as the default export's property)
//   where V11Result is `boolean` (accepted) or an object with `ok: boolean`, or with `errors` /
//   `diagnostics` (an array, or a count: accepted when empty/0). Both parsers run on the same files in
//   the same process, interleaved file by file, the order alternating per round; the speed ratio is
//   taken on the files v11 accepts. Also counted: v11-accepted files we reject, and clean files whose
//   fmt output v11 rejects (the parity checks of issue 8).
//
// The helpers below take the parser and printer as arguments so an out-of-repo sweep can reuse them
// with the same definitions.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as xsParse, type Diagnostic, type ParseResult } from '@xac/xanoscript-dsl/parser';
import { print as xsPrint } from '@xac/xanoscript-dsl/printer';
import { timeRecognition } from './recognition-floor.js';

const KB = 1024;
const MB = 1_000_000;

/** The two functions the checks need: the repo's, or a build of them loaded from elsewhere. */
export interface Toolchain {
  readonly parse: (text: string, options?: { path?: string }) => ParseResult;
  /** Prints a whole file: every document of it (a multidoc file has several). */
  readonly print: (documents: ParseResult['documents']) => string;
}

const ours: Toolchain = { parse: xsParse, print: xsPrint };

// ---------------------------------------------------------------------------------------------------
// Corpus files and the lock

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** Every `.xs` file under `dir` (no symlinks followed, `.git` and `node_modules` skipped), sorted. */
export function xsFiles(dir: string): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) go(p);
      } else if (entry.isFile() && entry.name.endsWith('.xs')) out.push(p);
    }
  };
  go(dir);
  return out.sort();
}

/** What the lock records of one repository's tree: its .xs count, bytes and a digest of them. */
export interface TreeSummary {
  readonly xsFiles: number;
  readonly xsBytes: number;
  /** sha256 over the sorted lines `relative/path<TAB>sha256(file bytes)<LF>` of its .xs files. */
  readonly xsDigest: string;
}

export function treeSummary(dir: string): TreeSummary {
  const hash = createHash('sha256');
  let bytes = 0;
  const files = xsFiles(dir);
  const lines = files.map((f) => {
    const data = readFileSync(f);
    bytes += data.length;
    return `${relative(dir, f).split(sep).join('/')}\t${createHash('sha256').update(data).digest('hex')}\n`;
  });
  for (const line of lines.sort()) hash.update(line);
  return { xsFiles: files.length, xsBytes: bytes, xsDigest: hash.digest('hex') };
}

export interface LockEntry extends TreeSummary {
  /** owner/name on GitHub. */
  readonly repo: string;
  readonly commit: string;
}

interface LockFile {
  readonly repositories: readonly LockEntry[];
}

/** The folder name a repository's tree has in a corpus folder. */
export const treeName = (repo: string) => repo.replace('/', '__');

/** Which lock entries the corpus folders hold, with equal digests; which differ, are missing or extra. */
export function matchLock(roots: readonly string[], lockPath: string) {
  if (!existsSync(lockPath)) return { lock: null as string | null, note: `${lockPath} not found` };
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as LockFile;
  const trees = new Map<string, string>();
  for (const root of roots) {
    trees.set(basename(root), root);
    for (const e of readdirSync(root, { withFileTypes: true })) if (e.isDirectory()) trees.set(e.name, join(root, e.name));
  }
  const matched: string[] = [];
  const differ: string[] = [];
  const missing: string[] = [];
  for (const entry of lock.repositories) {
    const dir = trees.get(treeName(entry.repo));
    if (dir === undefined) missing.push(entry.repo);
    else if (treeSummary(dir).xsDigest === entry.xsDigest) matched.push(entry.repo);
    else differ.push(entry.repo);
  }
  const n = lock.repositories.length;
  const matches = missing.length === 0 && differ.length === 0 ? `yes: all ${n} repositories, digests equal`
    : matched.length === 0 && differ.length === 0 ? 'no: none of its repositories is in XAC_CORPUS'
    : `partly: ${matched.length} of ${n} repositories with equal digests${differ.length > 0 ? `, ${differ.length} differ` : ''}${missing.length > 0 ? `, ${missing.length} absent` : ''}`;
  return {
    lock: relative(join(import.meta.dirname, '..'), lockPath),
    matches,
    ...(differ.length > 0 ? { differ } : {}),
    ...(matched.length > 0 && matched.length < n ? { matched } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// AST comparison

/** A value without `loc` keys and without comment nodes, and the comment texts in tree order. */
export function withoutCommentsAndLocs(value: unknown): { tree: unknown; comments: string[] } {
  const comments: string[] = [];
  const go = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const item of v) {
        if (isComment(item)) comments.push(item.text);
        else out.push(go(item));
      }
      return out;
    }
    if (v !== null && typeof v === 'object') {
      if (isComment(v)) {
        comments.push(v.text);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        if (key === 'loc') continue;
        const child = (v as Record<string, unknown>)[key];
        if (child === undefined) continue;
        const next = go(child);
        if (next !== undefined) out[key] = next;
      }
      return out;
    }
    return v;
  };
  return { tree: go(value), comments };
}

function isComment(v: unknown): v is { kind: 'Comment'; text: string } {
  return v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'Comment';
}

/** The path of the first difference between two loc-free trees (`object.stack[3].value.kind`), or null. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const d = firstDifference(ra[key], rb[key], path === '' ? key : `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return path === '' ? '(root)' : path;
}

// ---------------------------------------------------------------------------------------------------
// One file

export interface FileCheck {
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  /** null when the file is not clean (fmt refuses files with errors). */
  readonly idempotent: boolean | null;
  readonly astPreserved: boolean | null;
  /** Why fmt fails on a clean file: a printer exception, errors in the printed text, a tree difference. */
  readonly fmtProblem?: string;
  /** The canonical text of a clean file (for the v11 parity check). */
  readonly printed?: string;
}

/** Parses `text`; on a clean file, checks fmt idempotence and AST preservation. */
export function checkFile(text: string, path: string, tools: Toolchain = ours): FileCheck {
  const first = tools.parse(text, { path });
  const errors = first.diagnostics.filter((d) => d.severity === 'error');
  const warnings = first.diagnostics.filter((d) => d.severity !== 'error');
  if (errors.length > 0 || first.documents.length === 0) {
    return { errors, warnings, idempotent: null, astPreserved: null, ...(first.documents.length === 0 && errors.length === 0 ? { fmtProblem: 'no AST without an error' } : {}) };
  }
  let printed: string;
  try {
    printed = tools.print(first.documents);
  } catch (err) {
    return { errors, warnings, idempotent: false, astPreserved: false, fmtProblem: `print threw: ${describe(err)}` };
  }
  const second = tools.parse(printed, { path });
  const secondErrors = second.diagnostics.filter((d) => d.severity === 'error');
  let reprinted: string | undefined;
  let problem: string | undefined;
  if (second.documents.length === 0) problem = 'printed text has no AST';
  else {
    try {
      reprinted = tools.print(second.documents);
    } catch (err) {
      problem = `second print threw: ${describe(err)}`;
    }
  }
  const idempotent = reprinted === printed;
  let astPreserved = false;
  if (secondErrors.length > 0) {
    const d = secondErrors[0]!;
    problem ??= `printed text has ${secondErrors.length} error(s), first ${d.loc.start.line}:${d.loc.start.column} ${d.code}: ${d.message}`;
  }
  if (second.documents.length > 0 && secondErrors.length === 0) {
    const a = withoutCommentsAndLocs(first.documents);
    const b = withoutCommentsAndLocs(second.documents);
    const diff = firstDifference(a.tree, b.tree);
    const sameComments = a.comments.length === b.comments.length && a.comments.every((c, i) => c === b.comments[i]);
    astPreserved = diff === null && sameComments;
    if (diff !== null) problem ??= `AST differs at ${diff}`;
    else if (!sameComments) problem ??= `comments differ (${a.comments.length} before, ${b.comments.length} after)`;
  }
  if (!idempotent && problem === undefined) problem = 'second print differs from the first';
  return { errors, warnings, idempotent, astPreserved, printed, ...(problem !== undefined ? { fmtProblem: problem } : {}) };
}

const describe = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0]! : String(err));

// ---------------------------------------------------------------------------------------------------
// Xano's v11 parser (optional)

type V11Result = boolean | { ok?: boolean; errors?: unknown; diagnostics?: unknown };
type V11Parse = (text: string, path?: string) => V11Result | Promise<V11Result>;

async function loadV11(spec: string): Promise<V11Parse> {
  const url = existsSync(spec) ? pathToFileURL(resolve(spec)).href : spec;
  const mod = (await import(url)) as { parse?: unknown; default?: { parse?: unknown } | unknown };
  const fn = typeof mod.parse === 'function' ? mod.parse
    : typeof mod.default === 'function' ? mod.default
    : typeof (mod.default as { parse?: unknown } | undefined)?.parse === 'function' ? (mod.default as { parse: unknown }).parse
    : undefined;
  if (typeof fn !== 'function') throw new Error(`${spec} exports no parse(text) function`);
  return fn as V11Parse;
}

function v11Accepted(r: V11Result): boolean {
  if (typeof r === 'boolean') return r;
  if (typeof r.ok === 'boolean') return r.ok;
  const list = r.errors ?? r.diagnostics;
  if (Array.isArray(list)) return list.length === 0;
  if (typeof list === 'number') return list === 0;
  throw new Error('the v11 module returned neither a boolean, nor {ok}, nor {errors|diagnostics}');
}

/** Time of one call; the v11 parser may be async, ours is not. */
async function timeV11(v11: V11Parse, text: string, path: string): Promise<{ ms: number; ok: boolean }> {
  const t = performance.now();
  const r = await v11(text, path);
  return { ms: performance.now() - t, ok: v11Accepted(r) };
}

function timeOurs(text: string, path: string): number {
  const t = performance.now();
  xsParse(text, { path });
  return performance.now() - t;
}

// ---------------------------------------------------------------------------------------------------
// The benchmark

interface Entry {
  readonly rel: string;
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
  readonly check: FileCheck;
  best: number;
  v11Best: number;
  v11Ok?: boolean;
  /** Best time of lexing + recognition alone (recognition-floor.ts), taken with the v11 row. */
  floorBest: number;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : (100 * n) / of);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () => loadavg().map((x) => Number(x.toFixed(2)));

/** Runs the conformance benchmark over XAC_CORPUS and returns its figures (or why it skipped). */
export async function benchConformance(): Promise<Record<string, unknown>> {
  const env = process.env['XAC_CORPUS'];
  if (env === undefined || env.trim() === '') {
    const why = 'skipped: XAC_CORPUS is not set (colon-separated folders of .xs files, e.g. the trees pinned by bench/corpus.lock)';
    console.log(`conformance ${why}`);
    return { skipped: why };
  }
  const roots = env.split(':').filter((r) => r !== '').map((r) => resolve(r));
  for (const r of roots) if (!existsSync(r) || !statSync(r).isDirectory()) throw new Error(`XAC_CORPUS: ${r} is not a folder`);
  const rounds = Math.max(1, Number(process.env['XAC_ROUNDS'] ?? 3) || 3);
  const loadBefore = load();

  const entries: Entry[] = [];
  for (const root of roots) {
    for (const path of xsFiles(root)) {
      const text = readFileSync(path, 'utf8');
      const rel = roots.length === 1 ? relative(root, path) : join(basename(root), relative(root, path));
      entries.push({ rel, path, text, bytes: Buffer.byteLength(text), check: checkFile(text, path), best: Infinity, v11Best: Infinity, floorBest: Infinity });
    }
  }
  if (entries.length === 0) throw new Error(`XAC_CORPUS: no .xs files under ${roots.join(', ')}`);

  const v11Spec = process.env['XAC_V11'];
  let v11: V11Parse | undefined;
  let v11Note: string | undefined;
  if (v11Spec !== undefined && v11Spec !== '') {
    try {
      v11 = await loadV11(v11Spec);
    } catch (err) {
      v11Note = `XAC_V11 not loaded: ${describe(err)}`;
    }
  } else v11Note = 'skipped: XAC_V11 is not set';

  // Warm-up round (JIT), then timed rounds; v11 interleaved file by file, order alternating per round.
  for (const e of entries) {
    timeOurs(e.text, e.path);
    if (v11) e.v11Ok = (await timeV11(v11, e.text, e.path)).ok;
  }
  for (let round = 0; round < rounds; round++) {
    for (const e of entries) {
      if (v11 && round % 2 === 1) e.v11Best = Math.min(e.v11Best, (await timeV11(v11, e.text, e.path)).ms);
      e.best = Math.min(e.best, timeOurs(e.text, e.path));
      if (v11 && round % 2 === 0) e.v11Best = Math.min(e.v11Best, (await timeV11(v11, e.text, e.path)).ms);
      if (v11) e.floorBest = Math.min(e.floorBest, timeRecognition(e.text));
    }
  }
  const loadAfter = load();

  const clean = entries.filter((e) => e.check.errors.length === 0);
  const broken = entries.filter((e) => e.check.errors.length > 0);
  const speed = (set: readonly Entry[]) => {
    const bytes = set.reduce((n, e) => n + e.bytes, 0);
    const ms = set.reduce((n, e) => n + e.best, 0);
    return { files: set.length, mb: bytes / MB, mbPerSecond: ms === 0 ? 0 : bytes / MB / (ms / 1000) };
  };
  const valid = speed(clean);
  const bad = speed(broken);
  const perKb = (e: Entry) => e.best / (e.bytes / KB);
  const medianPerKb = median(entries.map(perKb));
  const slow = entries
    .filter((e) => e.bytes >= 10 * KB && perKb(e) > 3 * medianPerKb)
    .sort((a, b) => perKb(b) - perKb(a))
    .map((e) => ({ file: e.rel, kb: Number((e.bytes / KB).toFixed(1)), ms: Number(e.best.toFixed(1)), xMedianPerKb: Number((perKb(e) / medianPerKb).toFixed(1)), errors: e.check.errors.length }));
  const idem = clean.filter((e) => e.check.idempotent === true).length;
  const kept = clean.filter((e) => e.check.astPreserved === true).length;
  const fmtFailures = clean.filter((e) => e.check.fmtProblem !== undefined).slice(0, 20).map((e) => `${e.rel}: ${e.check.fmtProblem}`);

  let v11Row: Record<string, unknown> | string | undefined = v11Note;
  if (v11) {
    const accepted = entries.filter((e) => e.v11Ok === true);
    const oursMs = accepted.reduce((n, e) => n + e.best, 0);
    const theirsMs = accepted.reduce((n, e) => n + e.v11Best, 0);
    const floorMs = accepted.reduce((n, e) => n + e.floorBest, 0);
    const bytes = accepted.reduce((n, e) => n + e.bytes, 0);
    const weReject = accepted.filter((e) => e.check.errors.length > 0);
    const fmtRejected: string[] = [];
    for (const e of accepted) {
      if (e.check.printed !== undefined && !v11Accepted(await v11(e.check.printed, e.path))) fmtRejected.push(e.rel);
    }
    v11Row = {
      module: v11Spec,
      accepted: `${accepted.length} of ${entries.length}`,
      oursMbPerSecond: oursMs === 0 ? 0 : bytes / MB / (oursMs / 1000),
      v11MbPerSecond: theirsMs === 0 ? 0 : bytes / MB / (theirsMs / 1000),
      speedRatio: oursMs === 0 ? 0 : theirsMs / oursMs,
      // What Chevrotain alone costs on the same files: lexing and recognising, nothing built.
      recognitionFloorRatio: floorMs === 0 ? 0 : theirsMs / floorMs,
      acceptedByV11RejectedByUs: weReject.length,
      acceptedByV11RejectedByUsExamples: weReject.slice(0, 10).map((e) => e.rel),
      fmtOutputRejectedByV11: fmtRejected.length,
      fmtOutputRejectedByV11Examples: fmtRejected.slice(0, 10),
    };
  }

  const figures = {
    corpus: roots,
    corpusLock: matchLock(roots, join(import.meta.dirname, 'corpus.lock')),
    files: entries.length,
    mb: entries.reduce((n, e) => n + e.bytes, 0) / MB,
    filesClean: clean.length,
    filesCleanPercent: pct(clean.length, entries.length),
    fmtIdempotentPercent: pct(idem, clean.length),
    astPreservedPercent: pct(kept, clean.length),
    fmtFailures,
    validMbPerSecond: valid.mbPerSecond,
    brokenMbPerSecond: bad.mbPerSecond,
    brokenToValidRatio: valid.mbPerSecond === 0 ? 0 : bad.mbPerSecond / valid.mbPerSecond,
    medianMsPerKb: medianPerKb,
    slowFiles: slow,
    v11: v11Row,
    rounds,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', loadavgBefore: loadBefore, loadavgAfter: loadAfter, node: process.version },
  };
  const f1 = (n: number) => n.toFixed(1);
  console.log([
    `conformance over ${entries.length} files (${f1(figures.mb)} MB) in ${roots.join(':')}`,
    `  corpus lock: ${'matches' in figures.corpusLock ? figures.corpusLock.matches : figures.corpusLock.note}`,
    `  files clean        ${clean.length} / ${entries.length} (${f1(figures.filesCleanPercent)}%)`,
    `  fmt idempotent     ${idem} / ${clean.length} clean (${f1(figures.fmtIdempotentPercent)}%)`,
    `  AST preserved      ${kept} / ${clean.length} clean (${f1(figures.astPreservedPercent)}%)`,
    `  MB/s valid ${f1(valid.mbPerSecond)}, broken ${f1(bad.mbPerSecond)} (ratio ${figures.brokenToValidRatio.toFixed(2)})`,
    `  median ${medianPerKb.toFixed(3)} ms/KB; ${slow.length} file(s) ≥ 10 KB slower than 3× the median`,
    typeof v11Row === 'string' || v11Row === undefined ? `  v11: ${v11Row ?? ''}` : [
      `  v11: accepts ${String(v11Row['accepted'])}; on those, ours ${(v11Row['speedRatio'] as number).toFixed(2)}× v11`,
      `(${f1(v11Row['oursMbPerSecond'] as number)} vs ${f1(v11Row['v11MbPerSecond'] as number)} MB/s);`,
      `lexing + recognition alone ${(v11Row['recognitionFloorRatio'] as number).toFixed(2)}× v11`,
      `\n  v11 parity: ${String(v11Row['acceptedByV11RejectedByUs'])} v11-accepted file(s) we reject,`,
      `${String(v11Row['fmtOutputRejectedByV11'])} whose fmt output v11 rejects`,
    ].join(' '),
    `  load ${loadBefore.join(' ')} → ${loadAfter.join(' ')} on ${figures.machine.cpus} cpus`,
  ].join('\n'));
  return figures;
}
