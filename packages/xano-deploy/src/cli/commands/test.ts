import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { toJUnit, type TestResult } from '@xac/xanoscript-runtime';
import { findProjectRoot } from '../../config/index.js';
import { runWorkspaceTests, type XsText } from '../../testing/workspace-tests.js';
import { EXIT, UsageError } from '../errors.js';
import { plural } from '../plural.js';
import { userPath } from '../user-path.js';
import { collectXsFiles } from '../xs-files.js';

// `xac test [paths] [--format text|junit|json] [--output file]`: the `test` blocks and
// `workflow_test` objects of .xs files on the local runtime (docs/runtime.md "Tests"). With no
// paths, the compiled apps/*/xs; a folder that is a DSL workspace (it has apps/) means its apps/*/xs.
// The objects the tests call come from the same files and the project's apps/*/xs.

interface TestOptions {
  format: string;
  output?: string;
}

const FORMATS = ['text', 'junit', 'json'] as const;

/** A named folder that holds a DSL workspace stands for its compiled output. */
const expand = (p: string): string => (existsSync(join(p, 'apps')) && statSync(p).isDirectory() ? join(p, 'apps') : p);

function filesOf(root: string, paths: readonly string[]): { library: XsText[]; targets: Set<string> } {
  const rel = (p: string) => relative(root, p).split(sep).join('/') || p;
  const apps = join(root, 'apps');
  const named = paths.length === 0 ? (existsSync(apps) ? [apps] : []) : paths.map((p) => expand(userPath(p)));
  const targets = collectXsFiles(named).map(rel);
  const extra = paths.length > 0 && existsSync(apps) ? collectXsFiles([apps], { warn: () => undefined }).map(rel) : [];
  const all = [...new Set([...targets, ...extra])];
  return { library: all.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })), targets: new Set(targets) };
}

function line(r: TestResult): string {
  const where = r.at.replace(/:\d+$/, '');
  if (!r.failure) return `✓ ${where} ${r.name}\n`;
  return `✗ ${where} ${r.name}\n    ${r.failure.at ? `${r.failure.at}: ` : ''}${r.failure.message}\n`;
}

function summary(results: readonly TestResult[], problems: number): string {
  const failed = results.filter((r) => r.status === 'failed').length;
  const parts = [`${results.length - failed} passed`, `${failed} failed`, ...(problems > 0 ? [`${plural(problems, 'file')} not parsed`] : [])];
  return `${plural(results.length, 'test')}: ${parts.join(', ')}\n`;
}

function emit(text: string, output: string | undefined): void {
  if (output === undefined) return void process.stdout.write(text);
  try {
    writeFileSync(userPath(output), text);
  } catch (err) {
    throw new UsageError(`--output ${output}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

async function runTestCommand(paths: string[], opts: TestOptions): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
  const root = findProjectRoot();
  const { library, targets } = filesOf(root, paths);
  const text = opts.format === 'text' && opts.output === undefined;
  const { results, problems } = await runWorkspaceTests(library, {
    only: targets, processEnv: process.env, ...(text ? { onResult: (r: TestResult) => void process.stdout.write(line(r)) } : {}),
  });
  for (const p of problems) process.stderr.write(`error: ${p}\n`);
  if (opts.format === 'junit') emit(toJUnit(results), opts.output);
  else if (opts.format === 'json') emit(`${JSON.stringify({ results, problems }, null, 2)}\n`, opts.output);
  else if (!text) emit(results.map(line).join(''), opts.output);
  if (results.length === 0) process.stderr.write(`no tests in ${plural(targets.size, '.xs file')}\n`);
  else process.stderr.write(summary(results, problems.length));
  const failed = results.some((r) => r.status === 'failed') || problems.length > 0;
  process.exitCode = failed ? EXIT.findings : EXIT.ok;
}

/** `xac test [paths] [--format text|junit|json] [--output file]` */
export function registerTest(program: Command): void {
  program
    .command('test [paths...]')
    .description('run the test blocks and workflow_tests of .xs files (default: apps/*/xs) on the local runtime; exits 1 when one fails')
    .option('--format <name>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--output <file>', 'write the report to this file instead of stdout')
    .action(runTestCommand);
}
