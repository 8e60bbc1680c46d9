import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import {
  createBaseline, createSourceMapResolver, fixProject, FORMATS, LintConfigError, report, RULES,
  type Format, type LintFile, type LintResult,
} from '@xac/validators';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { lintWithSetup, type LintSetup } from '../../gate/lint-setup.js';
import { EXIT, UsageError } from '../errors.js';
import { plural } from '../plural.js';
import { userPath } from '../user-path.js';
import { collectXsFiles } from '../xs-files.js';
import { lintSetupOrUsage } from './deploy-shared.js';

// `xac lint [paths|--project] [--fix [--suggestions rules]] [--format …] [--baseline file] [--update-baseline]`: the
// semantic rules of @xac/validators over .xs files (default: the compiled apps/*/xs). Findings in
// compiled output also name the DSL line that produced them (through the build's source map).

interface LintOptions {
  format: string;
  project?: boolean;
  fix?: boolean;
  suggestions?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

const COMPILED = /(^|\/)apps\/[^/]+\/xs\//;

function readFiles(root: string, paths: readonly string[], project: boolean): LintFile[] {
  const apps = join(root, 'apps');
  const targets = [...paths.map(userPath), ...((project || paths.length === 0) && existsSync(apps) ? [apps] : [])];
  return collectXsFiles(targets).map((p) => ({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));
}

/** Writes fixed files (never compiled output: that is fixed in the DSL source) and returns the rest. */
function applyFix(root: string, files: readonly LintFile[], setup: LintSetup, suggestions: readonly string[]): LintResult {
  const { files: fixed } = fixProject({ files, config: setup.config, suggestions });
  const kept = fixed.map((f, i) => (f.changed && COMPILED.test(f.path) ? { ...f, text: files[i]?.text ?? f.text, changed: false } : f));
  for (const f of kept) if (f.changed) writeFileSync(join(root, f.path), f.text);
  const skipped = fixed.filter((f) => f.changed && COMPILED.test(f.path)).length;
  if (skipped > 0) console.error(`${plural(skipped, 'compiled file')} under apps/*/xs not fixed: fix the DSL source and run \`xac build\``);
  return lintWithSetup(kept.map((f) => ({ path: f.path, text: f.text })), setup);
}

/** `--suggestions a,b`: rules whose suggestions `--fix` applies too (they may change behaviour). */
function suggestedRules(opts: LintOptions): string[] {
  if (opts.suggestions === undefined) return [];
  if (!opts.fix) throw new UsageError('--suggestions needs --fix');
  const names = opts.suggestions.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !RULES.some((r) => r.name === n));
  if (unknown.length > 0) throw new UsageError(`--suggestions: unknown rule ${unknown.join(', ')} (see docs/lint.md for the rule ids)`);
  return names;
}

async function runLint(paths: string[], opts: LintOptions): Promise<void> {
  if (!(opts.format in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, got "${opts.format}"`);
  const root = findProjectRoot();
  const config = await loadConfig(root);
  // The same setup the deploy gate uses (gate/lint-setup.ts): the config's lint section and baseline.
  const setup = lintSetupOrUsage(root, config, opts.baseline, !opts.updateBaseline);
  const { baselineFile } = setup;
  if (opts.updateBaseline && baselineFile === undefined) throw new UsageError('--update-baseline needs --baseline <file> or lint.baseline in xac.config.ts');
  const files = readFiles(root, paths, opts.project === true);
  const suggestions = suggestedRules(opts);
  const result = opts.fix ? applyFix(root, files, setup, suggestions) : lintWithSetup(files, setup);
  if (opts.updateBaseline && baselineFile !== undefined) {
    writeFileSync(join(root, baselineFile), `${JSON.stringify(createBaseline(result.findings), null, 2)}\n`);
    console.error(`${baselineFile}: ${result.findings.length} findings recorded; only new ones fail from now on`);
    process.exitCode = EXIT.ok;
    return;
  }
  const resolveDsl = createSourceMapResolver((p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined));
  const color = opts.format === 'stylish' && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  process.stdout.write(report(opts.format as Format, { result, fileCount: files.length, rules: RULES, resolve: resolveDsl, color }));
  process.exitCode = result.errorCount > 0 ? EXIT.findings : EXIT.ok;
}

/** `xac lint [paths|--project] [--fix] [--format stylish|json|sarif|markdown] [--baseline file] [--update-baseline]` */
export function registerLint(program: Command): void {
  program
    .command('lint [paths...]')
    .description('semantic lint of .xs files (default: the compiled apps/*/xs)')
    .option('--project', 'lint every .xs of the project (apps/*/xs) besides the given paths')
    .option('--fix', 'apply the rules\' fixes (AST edits, re-parsed) until stable, then report what is left')
    .option('--suggestions <rules>', 'with --fix, also apply the suggestions of these rules (comma-separated; they may change behaviour)')
    .option('--format <format>', 'stylish, json, sarif or markdown', 'stylish')
    .option('--baseline <file>', 'only findings not recorded in this baseline fail (default: lint.baseline)')
    .option('--update-baseline', 'record the current findings in the baseline file')
    .action(async (paths: string[], opts: LintOptions) => {
      try {
        await runLint(paths, opts);
      } catch (err) {
        if (err instanceof LintConfigError) throw new UsageError(`xac.config.ts: ${err.message}`);
        throw err;
      }
    });
}
