import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompiledObject } from './compile.js';
import { listFiles } from './discover.js';

export const SOURCEMAP_FILE = 'sourcemap.json';

/** The build's source map of one app: for each .xs file, the DSL position of every line. */
export interface AppSourceMap {
  readonly version: 1;
  readonly files: Record<
    string,
    {
      sources: readonly string[];
      lines: ReadonlyArray<readonly [number, number, number] | null>;
      escapes: ReadonlyArray<{ what: string; at: string; reason?: string }>;
      /** Declared column renames of a table (old → new), read by deploy's planner. */
      renames?: Readonly<Record<string, string>>;
    }
  >;
}

/** The files one app's `xs/` folder must hold, path → content. */
export function expectedFiles(objects: readonly CompiledObject[]): Map<string, string> {
  const files = new Map<string, string>();
  const map: AppSourceMap = { version: 1, files: {} };
  for (const o of objects) {
    files.set(o.path, o.text);
    map.files[o.path] = { sources: o.sources, lines: o.lines, escapes: o.escapes, ...(o.renames ? { renames: o.renames } : {}) };
  }
  if (objects.length > 0) files.set(SOURCEMAP_FILE, formatMap(map));
  return files;
}

/** One line per .xs file: small diffs when one object changes. */
function formatMap(map: AppSourceMap): string {
  const entries = Object.entries(map.files).map(([path, entry]) => `  ${JSON.stringify(path)}: ${JSON.stringify(entry)}`);
  return `{
 "version": 1,
 "files": {
${entries.join(',\n')}
 }
}
`;
}

export interface SyncReport {
  readonly written: string[];
  readonly removed: string[];
  readonly stale: string[];
  readonly missing: string[];
  readonly orphans: string[];
}

/** Compares an app's xs/ folder with what it should hold; with `write`, makes it so. */
export function syncFolder(xsDir: string, expected: Map<string, string>, write: boolean): SyncReport {
  const report: SyncReport = { written: [], removed: [], stale: [], missing: [], orphans: [] };
  const present = new Set(listFiles(xsDir));
  for (const [path, text] of expected) {
    const file = join(xsDir, path);
    if (!present.has(path)) report.missing.push(path);
    else if (readFileSync(file, 'utf8') !== text) report.stale.push(path);
    else continue;
    if (write) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      report.written.push(path);
    }
  }
  for (const path of present) {
    if (expected.has(path)) continue;
    report.orphans.push(path);
    if (write) {
      rmSync(join(xsDir, path));
      report.removed.push(path);
    }
  }
  if (write) pruneEmptyDirs(xsDir);
  return report;
}

function pruneEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pruneEmptyDirs(join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
