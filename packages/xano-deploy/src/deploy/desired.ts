// The desired set: every .xs file under apps/*/xs (DESIGN Conventions: managed set), with the table
// renames the build wrote into each app's sourcemap.json.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findApps, listFiles } from '../build/discover.js';
import { SOURCEMAP_FILE, type AppSourceMap } from '../build/write.js';
import { analyzeXs } from '../plan/analyze.js';
import type { DesiredObject } from '../plan/types.js';

/** A problem with a desired file, located `file:line:col`. */
export interface FileProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One .xs file of the repo. */
export interface DesiredFile {
  /** Relative to the project root. */
  readonly file: string;
  readonly text: string;
}

export interface DesiredSet {
  readonly objects: readonly DesiredObject[];
  readonly files: readonly DesiredFile[];
  /** Parse errors, unreadable headers, unmanaged kinds, duplicate identities. */
  readonly problems: readonly FileProblem[];
}

function renamesOf(xsDir: string): Map<string, Readonly<Record<string, string>>> {
  const file = join(xsDir, SOURCEMAP_FILE);
  if (!existsSync(file)) return new Map();
  const map = JSON.parse(readFileSync(file, 'utf8')) as AppSourceMap;
  return new Map(Object.entries(map.files).flatMap(([path, e]) => (e.renames ? [[path, e.renames] as const] : [])));
}

/** Reads a list of files into objects and problems. */
export function readDesired(files: readonly DesiredFile[], renames: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map()): DesiredSet {
  const objects: DesiredObject[] = [];
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const { object, header, errors } = analyzeXs(f.text, f.file);
    for (const e of errors) problems.push({ file: f.file, line: e.loc.start.line, column: e.loc.start.column, message: e.message });
    if (!object) {
      const why = header ? `${header.type} objects are not managed by deploy` : 'no object header (`<kind> "name" {`)';
      problems.push({ file: f.file, line: 1, column: 1, message: why });
      continue;
    }
    const prior = seen.get(object.identity);
    if (prior !== undefined) problems.push({ file: f.file, line: 1, column: 1, message: `same identity (${object.identity}) as ${prior}` });
    seen.set(object.identity, f.file);
    const r = renames.get(f.file);
    objects.push({ ...object, file: f.file, ...(r ? { renames: r } : {}) });
  }
  return { objects, files, problems };
}

/**
 * Loads the compiled .xs of every app (run the build first).
 * @example const { objects, problems } = loadDesired('/repo');
 */
export function loadDesired(root: string, apps?: readonly string[]): DesiredSet {
  const files: DesiredFile[] = [];
  const renames = new Map<string, Readonly<Record<string, string>>>();
  for (const appDir of findApps(root, apps)) {
    const xsDir = join(appDir, 'xs');
    const prefix = relative(root, xsDir).split(sep).join('/');
    for (const [path, r] of renamesOf(xsDir)) renames.set(`${prefix}/${path}`, r);
    for (const path of listFiles(xsDir).filter((p) => p.endsWith('.xs'))) {
      files.push({ file: `${prefix}/${path}`, text: readFileSync(join(xsDir, path), 'utf8') });
    }
  }
  return readDesired(files, renames);
}
