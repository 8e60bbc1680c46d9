import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Command } from 'commander';
// ts-morph (behind codegen) takes about half a second to load: only `xac import` loads it.
import type { generateModules, ImportSource } from '@xac/xanoscript-dsl/codegen';
import { withoutGuid } from '@xac/xanoscript-dsl/ast';
import { readWorkspaceTree } from '@xac/xanoscript-dsl/layout';
import { findProjectRoot } from '../../config/index.js';
import { EXIT, UsageError, UserError } from '../errors.js';
import { plural } from '../plural.js';
import { userPath } from '../user-path.js';

// `xac import <dir>`: existing .xs files → DSL modules in apps/<app>/, one per object.

const APP_PACKAGE = (name: string) =>
  JSON.stringify({ name: `@xac-app/${name}`, version: '0.1.0', type: 'module', private: true,
    scripts: { build: 'tsc -p tsconfig.json' }, dependencies: { '@xac/xanoscript-dsl': 'workspace:*' } }, null, 2) + '\n';

/** The new app's tsconfig: the project's shared base when it has one, else strict settings of its own. */
function appTsconfig(root: string): string {
  const own = { noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, allowImportingTsExtensions: true };
  const standalone = { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true };
  const base = existsSync(join(root, 'tsconfig.base.json'));
  return JSON.stringify({
    ...(base ? { extends: '../../tsconfig.base.json' } : {}),
    compilerOptions: base ? own : { ...standalone, ...own },
    include: ['**/*.ts'],
    exclude: ['xs/**', 'node_modules'],
  }, null, 2) + '\n';
}

/**
 * Reads every .xs file under `dir` in any layout in use (the official CLI's pull, Git Sync, the VS
 * Code extension, the older `apis/<group>/<id>_` one, multidoc files: @xac/xanoscript-dsl/layout); a
 * query without api_group gets its folder's group. A file with an error is left out, with one line
 * saying where (its first error); the rest is imported.
 */
export function readSources(dir: string, root: string): ImportSource[] {
  const tree = readWorkspaceTree(dir);
  const rel = (p: string) => relative(root, join(dir, p)).split(sep).join('/');
  if (tree.objects.length === 0 && tree.problems.length === 0) throw new UsageError(`no .xs files under ${relative(root, dir) || '.'}`);
  const bad = new Map<string, (typeof tree.problems)[number]>();
  for (const p of tree.problems) if (!bad.has(p.path)) bad.set(p.path, p);
  for (const [path, p] of bad) {
    const more = tree.problems.filter((q) => q.path === path).length - 1;
    process.stderr.write(`warning: ${rel(path)}:${p.line}:${p.column}: ${p.message}${more > 0 ? ` (and ${more} more)` : ''}; file left out\n`);
  }
  for (const k of tree.skipped) process.stderr.write(`warning: ${rel(k.path)}:${k.line}:${k.column}: ${k.message}\n`);
  const kept = tree.objects.filter((o) => !bad.has(o.path));
  if (kept.length === 0) throw new UserError(`nothing imported: every file under ${relative(root, dir) || '.'} has an error (listed above)`);
  // A pulled object carries its remote guid; the repo never does (DESIGN Conventions: generated files).
  return kept.map((o) => ({ path: rel(o.path), doc: withoutGuid(o.doc) }));
}

/** `xac import <dir> [--app name] [--force]` */
export function registerImport(program: Command): void {
  program
    .command('import <dir>')
    .description('turn existing .xs files into DSL modules under apps/<app>/ (one per object)')
    .option('--app <name>', 'the app folder to write into', 'imported')
    .option('--force', 'overwrite modules that already exist')
    .option('--dry-run', 'print the coverage summary (typed, with escape hatches, raw) without writing anything')
    .action(async (dir: string, opts: { app: string; force?: boolean; dryRun?: boolean }) => {
      const root = findProjectRoot();
      const sources = readSources(userPath(dir), root);
      const { generateModules: generate } = await import('@xac/xanoscript-dsl/codegen');
      const appDir = join(root, 'apps', opts.app);
      const modules = generate(sources, { typecheckDir: appDir });
      if (opts.dryRun) {
        summarise(modules, opts.app, true);
        process.exitCode = EXIT.ok;
        return;
      }
      const clashes = modules.filter((m) => existsSync(join(appDir, m.file)));
      if (clashes.length > 0 && !opts.force) {
        throw new UserError(`would overwrite ${plural(clashes.length, 'file')} (use --force):\n${clashes.map((m) => `apps/${opts.app}/${m.file}`).join('\n')}`);
      }
      mkdirSync(appDir, { recursive: true });
      if (!existsSync(join(appDir, 'package.json'))) writeFileSync(join(appDir, 'package.json'), APP_PACKAGE(opts.app));
      if (!existsSync(join(appDir, 'tsconfig.json'))) writeFileSync(join(appDir, 'tsconfig.json'), appTsconfig(root));
      for (const m of modules) {
        mkdirSync(dirname(join(appDir, m.file)), { recursive: true });
        writeFileSync(join(appDir, m.file), m.code);
      }
      summarise(modules, opts.app);
      process.exitCode = EXIT.ok;
    });
}

const isHatch = (e: string) => !e.startsWith('unsafe(');

/**
 * `imported N objects …: T fully typed, P with escape hatches, R as raw.object` (unsafe() markers of
 * imported bugs count as typed: they are reported, not missing DSL), then each module that needs a
 * look. With `dryRun`, says nothing was written.
 */
function summarise(modules: ReturnType<typeof generateModules>, app: string, dryRun = false): void {
  const raw = modules.filter((m) => m.raw);
  const partial = modules.filter((m) => !m.raw && m.escapes.some(isHatch));
  const marked = modules.filter((m) => !m.raw && !m.escapes.some(isHatch) && m.escapes.length > 0);
  const verb = dryRun ? 'would import' : 'imported';
  console.log(`${verb} ${plural(modules.length, 'object')} into apps/${app}/: ${modules.length - raw.length - partial.length} fully typed (${marked.length} with unsafe() markers), ${partial.length} with escape hatches, ${raw.length} as raw.object`);
  for (const m of [...marked, ...partial, ...raw]) {
    console.log(`  apps/${app}/${m.file} (${m.source}): ${m.escapes.join(', ')}`);
  }
  if (dryRun) console.log('dry run: nothing written.');
  else console.log('next: `pnpm install` (new app), `pnpm build`, then review the escape hatches and unsafe() markers (lint reports each).');
}
