// The .xs files under the paths a user names (fmt, lint). Directory walks never enter dependencies,
// build output folders or test fixtures, follow a symbolic link at most once (a loop is skipped),
// and skip a dangling link with a warning; a path named on the command line that is missing or a
// dangling link is a usage error.
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { shownPath } from './user-path.js';

/** Never entered when walking a folder. */
export const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.turbo', '.xac', '__fixtures__', '.test-tmp']);

export interface CollectOptions {
  /** Where skip notices go (default: stderr, `warning: …`). */
  readonly warn?: (message: string) => void;
}

const defaultWarn = (m: string) => void process.stderr.write(`warning: ${m}\n`);

function linkProblem(p: string): string | undefined {
  let st;
  try {
    st = lstatSync(p);
  } catch {
    return undefined;
  }
  if (!st.isSymbolicLink()) return undefined;
  try {
    statSync(p);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'symbolic link loop' : `dangling symbolic link (to ${readlinkSync(p)})`;
  }
}

function walk(dir: string, out: string[], seen: Set<string>, warn: (m: string) => void): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return warn(`${shownPath(dir)}: symbolic link loop (skipped)`);
  seen.add(real);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) {
      const problem = linkProblem(p);
      if (problem) {
        warn(`${shownPath(p)}: ${problem.replace(/ \(to .*\)$/, '')} (skipped)`);
        continue;
      }
    }
    const isDir = e.isDirectory() || (e.isSymbolicLink() && statSync(p).isDirectory());
    if (isDir && !SKIP_DIRS.has(e.name)) walk(p, out, seen, warn);
    else if (!isDir && e.name.endsWith('.xs')) out.push(p);
  }
}

/**
 * Every `.xs` file under the given files and directories (absolute paths), sorted.
 * @example collectXsFiles([userPath('apps/functions/xs')])
 */
export function collectXsFiles(paths: readonly string[], o: CollectOptions = {}): string[] {
  const warn = o.warn ?? defaultWarn;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const problem = linkProblem(p);
    if (problem) throw new UsageError(`${shownPath(p)}: ${problem}`);
    if (!existsSync(p)) throw new UsageError(`${shownPath(p)}: no such file or directory`);
    if (statSync(p).isDirectory()) walk(p, out, seen, warn);
    else if (p.endsWith('.xs')) out.push(p);
  }
  return [...new Set(out)].sort();
}
