import { join } from 'node:path';
import type { CompiledObject } from './compile.js';
import { compileApps } from './compile.js';
import { findApps } from './discover.js';
import { expectedFiles, syncFolder, type SyncReport } from './write.js';

export interface BuildResult {
  readonly objects: readonly CompiledObject[];
  /** Per app folder (relative to the root). */
  readonly apps: ReadonlyArray<{ app: string; report: SyncReport }>;
}

/**
 * Compiles every app's DSL to `apps/<app>/xs/` (or, with `check`, only compares).
 * @example const { apps } = await buildProject('/repo', { check: true });
 */
export async function buildProject(root: string, opts: { check?: boolean; apps?: readonly string[] } = {}): Promise<BuildResult> {
  const appDirs = findApps(root, opts.apps);
  const objects = await compileApps(root, appDirs);
  const apps = appDirs.map((dir) => {
    const app = dir.slice(root.length + 1);
    const mine = objects.filter((o) => o.app === app);
    return { app, report: syncFolder(join(dir, 'xs'), expectedFiles(mine), opts.check !== true) };
  });
  return { objects, apps };
}
