// Reading a folder of .xs files written by any layout in use (the official CLI's pull, Git Sync, the
// VS Code extension, its older `<id>_` layout, multidoc files) into objects with their identity.
// Headers, names and api groups come from the parser's AST; a query without `api_group` takes the
// group of the api_group file in its folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identityOf, refOf, type ObjectRef } from '../ast/schema/identity.js';
import { parse } from '../parser/parse.js';
import { attr, node, str } from '../ast/build.js';
import type { Document } from '../ast/nodes/decls.js';
import { classifyFile, splitRoot, vscodeTops, type TreeLayout, type VscodePaths } from './classify.js';

/** One object found in the tree. */
export interface TreeObject {
  /** The file, relative to the folder read, `/`-separated. */
  readonly path: string;
  /** 1-based position of the document in its file (multidoc files hold several). */
  readonly index: number;
  readonly identity: string;
  readonly ref: ObjectRef;
  /** The layout the file's place belongs to; undefined when its place says nothing. */
  readonly layout: TreeLayout | undefined;
  /** True when the query's api group was taken from its folder's api_group file (`doc` then carries it). */
  readonly apiGroupInferred?: boolean;
  readonly doc: Document;
  readonly text: string;
}

/** Something the reader could not make sense of, at `path:line:column`. */
export interface TreeProblem {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface WorkspaceTree {
  /** The layout most files follow; `mixed` when several do equally; undefined for an empty tree. */
  readonly layout: TreeLayout | 'mixed' | undefined;
  readonly objects: readonly TreeObject[];
  readonly problems: readonly TreeProblem[];
  /** Objects of a kind the catalogue does not know yet (kept verbatim by the parser), not read. */
  readonly skipped: readonly TreeProblem[];
}

const SKIP = new Set(['node_modules', 'dist']);

/** Every .xs file under `dir` (dot-folders and dependencies skipped), sorted. */
export function listXsFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP.has(e.name)) visit(path);
      else if (e.isFile() && e.name.endsWith('.xs')) out.push(path);
    }
  };
  visit('');
  return out.sort();
}

/** The `paths` of a VS Code extension's `.xano/config.json`, when there is one that reads. */
function vscodePaths(dir: string): VscodePaths | undefined {
  const file = join(dir, '.xano', 'config.json');
  if (!existsSync(file)) return undefined;
  try {
    const paths = (JSON.parse(readFileSync(file, 'utf8')) as { paths?: unknown }).paths;
    return typeof paths === 'object' && paths !== null ? (paths as VscodePaths) : {};
  } catch {
    return {}; // the extension's defaults (some configs in the wild carry a trailing comma)
  }
}

interface Found {
  readonly path: string;
  readonly index: number;
  readonly read: { readonly text: string; readonly doc: Document; readonly ref: ObjectRef | undefined };
}

/** The group name of each folder's api_group file (`api/<g>/<g>.xs`, `apis/<g>/api_group.xs`). */
function groupsByFolder(found: readonly Found[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of found) {
    if (f.read.ref?.kind !== 'api_group') continue;
    out.set(f.path.slice(0, f.path.lastIndexOf('/') + 1), f.read.ref.name);
  }
  return out;
}

/** A groupless query's api group: the api_group file of its folder or of the nearest folder above it. */
function inferGroup(path: string, groups: ReadonlyMap<string, string>): string | undefined {
  let folder = path.slice(0, path.lastIndexOf('/') + 1);
  while (folder !== '') {
    const g = groups.get(folder);
    if (g !== undefined) return g;
    folder = folder.slice(0, folder.slice(0, -1).lastIndexOf('/') + 1);
  }
  return undefined;
}

function majority(layouts: ReadonlyArray<TreeLayout | undefined>): WorkspaceTree['layout'] {
  const counts = new Map<TreeLayout, number>();
  for (const l of layouts) if (l !== undefined) counts.set(l, (counts.get(l) ?? 0) + 1);
  // A tree with any Git Sync file is Git Sync: its other files coincide with the CLI's names.
  if ((counts.get('git-sync') ?? 0) > 0 && counts.size === 2 && counts.has('cli')) return 'git-sync';
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  return ranked.length > 1 && ranked[0]![1] === ranked[1]![1] ? 'mixed' : ranked[0]![0];
}

/** The query with the `api_group` its folder gave it, first as in canonical order. */
function withApiGroup(doc: Document, group: string): Document {
  const o = doc.object;
  if (o.kind !== 'QueryDecl') return doc;
  const attrs = Object.freeze([attr('api_group', str(group)), ...o.attrs]);
  return node({ ...doc, object: node({ ...o, attrs }) });
}

const problemOf = (path: string, line: number, column: number, message: string): TreeProblem => ({ path, line, column, message });

/** The text of one document of a file (the whole file when the parser gave no location). */
const textOf = (file: string, doc: Document) => (doc.loc ? file.slice(doc.loc.start.offset, doc.loc.end.offset) : file);

/** Every document of every file, read by the parser (multidoc and consecutive objects included). */
function readFiles(dir: string): { found: Found[]; problems: TreeProblem[] } {
  const found: Found[] = [];
  const problems: TreeProblem[] = [];
  for (const path of listXsFiles(dir)) {
    const file = readFileSync(join(dir, path), 'utf8');
    const parsed = parse(file);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    for (const e of errors) problems.push(problemOf(path, e.loc.start.line, e.loc.start.column, e.message));
    if (parsed.documents.length === 0 && errors.length === 0) problems.push(problemOf(path, 1, 1, 'not a XanoScript object'));
    parsed.documents.forEach((doc, i) => {
      found.push({ path, index: i + 1, read: { text: textOf(file, doc), doc, ref: refOf(doc) } });
    });
  }
  return { found, problems };
}

/**
 * Reads every .xs file under `dir` in whatever layout wrote it.
 * @example const { layout, objects, problems } = readWorkspaceTree('pulled'); // layout: 'cli'
 */
export function readWorkspaceTree(dir: string): WorkspaceTree {
  const tops = vscodeTops(vscodePaths(dir) ?? {});
  const { found, problems } = readFiles(dir);
  const groups = groupsByFolder(found);
  const objects: TreeObject[] = [];
  const skipped: TreeProblem[] = [];
  for (const f of found) {
    const { ref: read, doc } = f.read;
    if (read === undefined) {
      const at = doc.loc?.start ?? { line: 1, column: 1 };
      skipped.push(problemOf(f.path, at.line, at.column, 'an object kind xac does not know yet; left out'));
      continue;
    }
    const inferred = read.kind === 'query' && read.apiGroup === undefined ? inferGroup(f.path, groups) : undefined;
    if (read.kind === 'query' && read.apiGroup === undefined && inferred === undefined) {
      problems.push(problemOf(f.path, 1, 1, `query "${read.name}" has no api_group and its folder has no api_group file`));
    }
    const ref: ObjectRef = inferred === undefined ? read : { ...read, apiGroup: inferred };
    const full = inferred === undefined ? doc : withApiGroup(doc, inferred);
    const place = splitRoot(f.path, tops);
    const layout = place === undefined ? undefined : classifyFile(place.rest, read, tops);
    objects.push({ path: f.path, index: f.index, identity: identityOf(ref), ref, layout, doc: full, text: f.read.text,
      ...(inferred === undefined ? {} : { apiGroupInferred: true }) });
  }
  return { layout: majority(objects.map((o) => o.layout)), objects, problems, skipped };
}
