import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from './errors.js';
import { configSchema, type XacConfig } from './schema.js';
import { importTs } from './ts-loader.js';

export const CONFIG_FILE = 'xac.config.ts';

/** The project root: the nearest folder (from `start` up) holding xac.config.ts or pnpm-workspace.yaml. */
export function findProjectRoot(start = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE)) || existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/** 1-based line and column of the key path in the config source (best effort: follows the keys in order). */
export function locateKeyPath(source: string, path: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  let offset = 0;
  let found = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const re = new RegExp(`(["']?)\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*:`, 'g');
    re.lastIndex = offset;
    const m = re.exec(source);
    if (!m) break;
    offset = m.index;
    found = m.index;
  }
  const before = source.slice(0, found);
  const line = before.split('\n').length;
  return { line, column: found - before.lastIndexOf('\n') };
}

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : '';
  return `${where}${issue.message}`;
}

/**
 * Loads and validates `xac.config.ts` (through tsx); a missing file yields the defaults.
 * @example const config = await loadConfig(findProjectRoot());
 */
export async function loadConfig(root: string): Promise<XacConfig> {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return configSchema.parse({});
  let raw: unknown;
  try {
    const mod = (await importTs(file)) as { default?: unknown };
    raw = mod.default;
  } catch (err) {
    throw new ConfigError(`${CONFIG_FILE}: could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (raw === undefined) throw new ConfigError(`${CONFIG_FILE}:1:1: expected a default export (export default defineConfig({...}))`);
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const source = readFileSync(file, 'utf8');
  const lines = result.error.issues.map((issue) => {
    const at = locateKeyPath(source, issue.path);
    return `${CONFIG_FILE}:${at.line}:${at.column}: ${describe(issue)}`;
  });
  throw new ConfigError(`invalid configuration\n${lines.join('\n')}`);
}
