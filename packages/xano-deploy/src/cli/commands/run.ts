import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import type { Document, TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { Database, functionsOf, parseScript, pgliteAdapter, run } from '@xac/xanoscript-runtime';
import { findProjectRoot } from '../../config/index.js';
import { EXIT, UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { collectXsFiles } from '../xs-files.js';

// `xac run <function name | file.xs> [--input '{…}']`: run a function (or endpoint, task) of the
// workspace's compiled apps/*/xs on the local runtime (docs/runtime.md). A .xs path runs that file
// as written, without the build or the gate; `function.run` finds the workspace's functions by name.
// db.* runs on embedded Postgres (PGlite) with the workspace's tables: in memory, or kept in
// --data-dir between runs.

interface RunOptions {
  input: string;
  dataDir?: string;
}

interface Loaded {
  readonly document: Document;
  readonly path: string;
}

function workspace(root: string): Loaded[] {
  const apps = join(root, 'apps');
  if (!existsSync(apps)) return [];
  return collectXsFiles([apps], { warn: () => undefined }).flatMap((file) => {
    const path = relative(root, file).split(sep).join('/');
    return parse(readFileSync(file, 'utf8'), { path }).documents.map((document) => ({ document, path }));
  });
}

function target(arg: string, root: string, library: readonly Loaded[]): Loaded {
  const file = userPath(arg);
  if (arg.endsWith('.xs') || (existsSync(file) && statSync(file).isFile())) {
    if (!existsSync(file)) throw new UsageError(`${arg}: no such file`);
    const path = relative(root, file).split(sep).join('/') || arg;
    const [document] = parseScript(readFileSync(file, 'utf8'), path);
    if (!document) throw new UsageError(`${arg}: the file holds no object`);
    return { document, path };
  }
  const found = library.find((l) => l.document.object.kind === 'FunctionDecl' && l.document.object.name === arg);
  if (found) return found;
  const names = library.flatMap((l) => (l.document.object.kind === 'FunctionDecl' ? [l.document.object.name] : []));
  const near = names.filter((n) => n.toLowerCase().includes(arg.toLowerCase())).slice(0, 5);
  throw new UsageError(`no function named "${arg}" in apps/*/xs${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}`);
}

function parseInput(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--input is not JSON: ${(err as Error).message} (example: --input '{"user_id": 60}')`);
  }
}

async function runCommand(arg: string, opts: RunOptions): Promise<void> {
  const input = parseInput(opts.input);
  const root = findProjectRoot();
  const library = workspace(root);
  const { document, path } = target(arg, root, library);
  const tables = [...library.map((l) => l.document), document].flatMap((d) => (d.object.kind === 'TableDecl' ? [d.object as TableDecl] : []));
  const dataDir = opts.dataDir === undefined ? undefined : userPath(opts.dataDir);
  const db = async () => Database.open(tables, await pgliteAdapter(dataDir));
  const result = await run(document, input, { path, functions: functionsOf(library), processEnv: process.env, db });
  for (const log of result.logs) process.stderr.write(`debug.log ${log.at}: ${JSON.stringify(log.value)}\n`);
  process.stdout.write(`${JSON.stringify(result.response, null, 2)}\n`);
  process.exitCode = EXIT.ok;
}

/** `xac run <function name | file.xs> [--input '{…}']` */
export function registerRun(program: Command): void {
  program
    .command('run <function>')
    .description('run a function of apps/*/xs (by name) or a .xs file on the local runtime; prints the response as JSON')
    .option('--input <json>', 'the input object, as JSON', '{}')
    .option('--data-dir <dir>', 'keep the database (PGlite) in this folder between runs (default: in memory, empty tables)')
    .action(runCommand);
}
