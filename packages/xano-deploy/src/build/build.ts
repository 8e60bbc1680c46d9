import { join } from 'node:path';
import type { CompiledObject } from './compile.js';
import { compileApps } from './compile.js';
import { ENDPOINT_TESTS_FILE, endpointManifests } from './endpoint-tests.js';
import { findApps } from './discover.js';
import { typecheckApps } from './typecheck.js';
import { expectedFiles, syncFolder, type SyncReport } from './write.js';

export interface BuildResult {
  readonly objects: readonly CompiledObject[];
  /** Per app folder (relative to the root). */
  readonly apps: ReadonlyArray<{ app: string; report: SyncReport }>;
}

export interface BuildOptions {
  /** Only compare with what is on disk; write nothing. */
  readonly check?: boolean;
  readonly apps?: readonly string[];
  /** Type-check the apps first (default true): a type error writes nothing. */
  readonly typecheck?: boolean;
}

/**
 * Type-checks, then compiles every app's DSL to `apps/<app>/xs/` (or, with `check`, only compares).
 * @example const { apps } = await buildProject('/repo', { check: true });
 */
export async function buildProject(root: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const appDirs = findApps(root, opts.apps);
  if (opts.typecheck !== false) typecheckApps(root, appDirs);
  const objects = await compileApps(root, appDirs);
  const manifests = await endpointManifests(root, appDirs);
  const apps = appDirs.map((dir) => {
    const app = dir.slice(root.length + 1);
    const files = expectedFiles(objects.filter((o) => o.app === app));
    const manifest = manifests.get(app);
    if (manifest) files.set(ENDPOINT_TESTS_FILE, `${JSON.stringify(manifest, null, 1)}\n`);
    return { app, report: syncFolder(join(dir, 'xs'), files, opts.check !== true) };
  });
  return { objects, apps };
}
