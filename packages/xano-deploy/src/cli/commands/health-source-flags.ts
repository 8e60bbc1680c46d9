// The flags that say where a health check comes from (`xac health`, `xac alert`, `xac report`).
import type { Command } from 'commander';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { loadDesired } from '../../deploy/desired.js';
import type { HealthSource } from '../../health/source.js';
import { declaredWorkspace } from '../../validate/declared.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';

export interface HealthSourceFlags {
  from?: string;
  url?: string;
  dataDir?: string;
}

/** `--from`, `--url`, `--data-dir`. */
export function healthSourceOptions(cmd: Command): Command {
  return cmd
    .option('--from <file>', 'a health check as JSON (a stored result, or a pipeline-health-check answer)')
    .option('--url <url>', 'GET a deployed pipeline-health-check endpoint')
    .option('--data-dir <dir>', "the workspace's database folder (PGlite, as `xac run --data-dir` keeps it)");
}

/** The one source the flags name. */
export function healthSourceOf(f: HealthSourceFlags): HealthSource {
  const given = [f.from, f.url, f.dataDir].filter((x) => x !== undefined);
  if (given.length !== 1) throw new UsageError(`name one health source: --from <file>, --url <url> or --data-dir <dir> (got ${given.length})`);
  if (f.from !== undefined) return { kind: 'file', path: userPath(f.from) };
  if (f.url !== undefined) return { kind: 'url', url: f.url };
  return { kind: 'data-dir', dir: userPath(f.dataDir ?? '') };
}

/** The repo's declared tables (they say which table is staging, sync state or jobs). */
export function declaredTables(root: string, apps?: readonly string[]): TableDecl[] {
  return declaredWorkspace(loadDesired(root, apps)).tables.map((t) => t.decl);
}
