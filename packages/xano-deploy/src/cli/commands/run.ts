import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import type { Document, TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { Database, databaseFromEnv, functionsOf, parseScript, run, type Value } from '@xac/xanoscript-runtime';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { EXIT, UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { collectXsFiles } from '../xs-files.js';
import { findEndpoint, findTask, type Loaded } from './run-targets.js';

// `xac run <function name | file.xs> | function <name> | endpoint <VERB> <path> | task <name>
// [--input '{…}']`: run an object of the workspace's compiled apps/*/xs on the local runtime
// (docs/runtime.md). A .xs path runs that file
// as written, without the build or the gate; `function.run` finds the workspace's functions by name.
// db.* runs on embedded Postgres (PGlite) with the workspace's tables: in memory, or kept in
// --data-dir between runs.

interface RunOptions {
  input: string;
  dataDir?: string;
  file?: string;
  auth?: string;
  target?: string;
}

/** Every document of the compiled apps (apps/<app>/xs), with its path from the root. */
export function workspace(root: string): Loaded[] {
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

function parseInput(text: string, flag = '--input'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${flag} is not JSON: ${(err as Error).message} (example: ${flag} '{"user_id": 60}')`);
  }
}

/** What to run: `function <name>`, `endpoint <VERB> <path>`, `task <name>`, `--file <x.xs>`, or `<name | file.xs>`. */
function pick(words: readonly string[], o: RunOptions, root: string, library: readonly Loaded[], input: Record<string, unknown>) {
  const [kind, ...rest] = words;
  if (o.file !== undefined) return { ...target(o.file.endsWith('.xs') ? o.file : `${o.file}`, root, library), input };
  if (kind === 'endpoint') {
    if (rest.length !== 2) throw new UsageError('usage: xac run endpoint <VERB> <path> [--input \'{…}\'] (path: /api:<canonical>/<name> or <name>)');
    const e = findEndpoint(library, rest[0] ?? '', rest[1] ?? '', input);
    return { document: { kind: 'Document', object: e.decl } as unknown as Document, path: e.path, input: e.input, authTable: e.authTable };
  }
  if (kind === 'task') return { ...findTask(library, rest[0] ?? ''), input };
  const name = kind === 'function' ? rest[0] : kind;
  if (name === undefined || (kind !== 'function' && rest.length > 0)) throw new UsageError('usage: xac run <function name | file.xs> | function <name> | endpoint <VERB> <path> | task <name> | --file <x.xs>');
  return { ...target(name, root, library), input };
}

function parseObject(text: string, flag: string): Record<string, unknown> {
  const v = parseInput(text, flag);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${flag} must be a JSON object (example: ${flag} '{"id": 1}')`);
  return v as Record<string, unknown>;
}

async function runCommand(words: string[], opts: RunOptions): Promise<void> {
  const root = findProjectRoot();
  const library = workspace(root);
  const picked = pick(words, opts, root, library, parseObject(opts.input, '--input'));
  const { document, path } = picked;
  const tables = [...library.map((l) => l.document), document].flatMap((d) => (d.object.kind === 'TableDecl' ? [d.object as TableDecl] : []));
  const dataDir = opts.dataDir === undefined ? undefined : userPath(opts.dataDir);
  const db = async () => Database.open(tables, await databaseFromEnv(process.env, dataDir));
  const env = await targetEnv(root, opts.target);
  const auth = opts.auth === undefined ? null : (parseObject(opts.auth, '--auth') as Record<string, Value>);
  if ('authTable' in picked && picked.authTable !== undefined && auth === null) {
    throw new UsageError(`this endpoint needs auth = "${picked.authTable}": give $auth with --auth '{"id": 1}'`);
  }
  const result = await run(document, picked.input, { path, functions: functionsOf(library), env, processEnv: process.env, db, auth });
  for (const log of result.logs) process.stderr.write(`debug.log ${log.at}: ${JSON.stringify(log.value)}\n`);
  process.stdout.write(`${JSON.stringify(result.response, null, 2)}\n`);
  process.exitCode = EXIT.ok;
}

/** `$env` from xac.config.ts: the named target's `env`, else the top-level `env` (docs/runtime.md). */
async function targetEnv(root: string, name: string | undefined): Promise<Record<string, string | number | boolean>> {
  const config = await loadConfig(root);
  if (name === undefined) return config.env;
  const t = config.targets[name];
  if (!t) throw new UsageError(`--target ${name}: no such target in xac.config.ts (targets: ${Object.keys(config.targets).join(', ') || 'none'})`);
  return t.env ?? {};
}

/** `xac run <function name | file.xs> | function <name> | endpoint <VERB> <path> | task <name> [--input '{…}']` */
export function registerRun(program: Command): void {
  program
    .command('run [what...]')
    .description('run a function, endpoint (VERB path) or task of apps/*/xs, or a .xs file, on the local runtime; prints the response as JSON')
    .option('--input <json>', 'the input object, as JSON', '{}')
    .option('--file <x.xs>', 'run this .xs file as written (no build, no gate)')
    .option('--auth <json>', '$auth for the run, as JSON (an endpoint with auth = "<table>" needs it)')
    .option('--target <name>', "$env from this target's env block in xac.config.ts (default: the top-level env)")
    .option('--data-dir <dir>', 'keep the database (PGlite) in this folder between runs (default: in memory, empty tables; DATABASE_URL: that server)')
    .action(runCommand);
}
