// Paths on the command line are the user's: relative to the folder they typed the command in.
// `pnpm xac …` runs the script in the project root and keeps that folder in INIT_CWD.
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The folder relative paths resolve from: INIT_CWD when pnpm ran us from a folder inside the
 * project (cwd is then the root), else the working directory. An INIT_CWD outside the working
 * directory belongs to some outer pnpm run (a test runner) and is ignored.
 * @example resolve(userCwd(), 'xs/a.xs')
 */
export function userCwd(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const init = env['INIT_CWD'];
  if (init === undefined || init === '' || !isAbsolute(init)) return cwd;
  const rel = relative(cwd, init);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? init : cwd;
}

/** Resolves a path the user typed. */
export function userPath(p: string): string {
  return resolve(userCwd(), p);
}

/** A path as the user would write it: relative to their folder when inside it. */
export function shownPath(p: string): string {
  const rel = relative(userCwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? p : rel;
}
