// Fixture rows as `xac seed` and `xac validate --fixtures` read them: a file holds {"<table>": [rows…]};
// a `<table>.json` file may hold the rows alone; a folder is each of its .json files in name order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from './errors.js';

/** The fixtures of one file (`{"<table>": [rows…]}`). */
export function fixturesOf(file: string): unknown {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: not JSON: ${(err as Error).message}`);
  }
  return Array.isArray(v) ? { [basename(file, '.json')]: v } : v;
}

/**
 * The fixture files of a path: the file itself, or a folder's .json files in name order.
 * @example fixtureFiles('apps/endpoints/fixtures') // ['apps/endpoints/fixtures/pipeline.json']
 */
export function fixtureFiles(path: string): string[] {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
}
