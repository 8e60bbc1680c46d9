import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { findApps } from '../../build/discover.js';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { EXIT, UsageError } from '../errors.js';
import { gitIgnored } from '../git-ignored.js';
import { plural } from '../plural.js';
import { shownPath, userPath } from '../user-path.js';
import { collectXsFiles } from '../xs-files.js';

// `xac fmt [paths] [--check]`: rewrites .xs files into the canonical form (docs/canonical-form.md).
// A file with errors is never written: its diagnostics print as `path:line:col: message`. Compiled
// output (apps/<app>/xs) is only ever checked: the build owns it. With no paths: the config's
// `fmt.paths`, plus a check of the compiled apps.

export { collectXsFiles } from '../xs-files.js';

/** What `fmt` did (or, with `check`, would do) to each file. */
export interface FmtReport {
  readonly changed: string[];
  readonly unchanged: string[];
  /** Files left untouched because they have errors. */
  readonly failed: string[];
  /** Compiled files that are not canonical (never rewritten). */
  readonly compiled: string[];
  /** `path:line:col: message` lines, errors and warnings. */
  readonly messages: string[];
}

/** Compiled output, relative to the project root. */
const COMPILED = /^apps\/[^/]+\/xs\//;

/**
 * Formats `.xs` files in place (or only reports, with `check`); compiled apps/<app>/xs files are only checked.
 * @example const report = formatFiles(['/repo/xs/hand.xs'], { check: true });
 */
export function formatFiles(files: readonly string[], opts: { check: boolean; root?: string }): FmtReport {
  const report: FmtReport = { changed: [], unchanged: [], failed: [], compiled: [], messages: [] };
  for (const file of files) {
    const shown = shownPath(file);
    const text = readFileSync(file, 'utf8');
    const { documents, diagnostics } = parse(text, { path: file });
    for (const d of diagnostics) report.messages.push(`${shown}:${d.loc.start.line}:${d.loc.start.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`);
    if (documents.length === 0 || diagnostics.some((d) => d.severity === 'error')) {
      report.failed.push(shown);
      continue;
    }
    const out = print(documents);
    if (out === text) report.unchanged.push(shown);
    else if (COMPILED.test(relative(opts.root ?? findProjectRoot(), file).split(sep).join('/'))) report.compiled.push(shown);
    else {
      report.changed.push(shown);
      if (!opts.check) writeFileSync(file, out);
    }
  }
  return report;
}

/** The files to format: the named paths, or the config's fmt.paths and the compiled apps; ignored files dropped. */
async function filesToFormat(paths: readonly string[]): Promise<string[]> {
  const root = findProjectRoot();
  let targets: string[];
  if (paths.length > 0) targets = paths.map(userPath);
  else {
    const configured = (await loadConfig(root)).fmt.paths.map((p) => join(root, p));
    const missing = configured.find((p) => !existsSync(p));
    if (missing) throw new UsageError(`${shownPath(missing)}: no such file or directory (named in fmt.paths of xac.config.ts)`);
    targets = [...configured, ...findApps(root).map((a) => join(a, 'xs')).filter((p) => existsSync(p))];
  }
  const files = collectXsFiles(targets);
  const ignored = gitIgnored(root, files.filter((f) => !targets.includes(f)));
  return files.filter((f) => !ignored.has(f));
}

function summary(report: FmtReport, check: boolean): string {
  const total = report.changed.length + report.unchanged.length + report.failed.length + report.compiled.length;
  const failed = report.failed.length > 0 ? `, ${report.failed.length} with errors (left untouched)` : '';
  const compiled = report.compiled.length > 0 ? `, ${report.compiled.length} compiled not canonical (run \`xac build\`)` : '';
  return `${plural(total, 'file')}: ${report.changed.length} ${check ? 'would change' : 'changed'}${failed}${compiled}`;
}

/** `xac fmt [paths] [--check]`. */
export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .description('rewrite .xs files in the canonical XanoScript form (default: fmt.paths in xac.config.ts; compiled apps/*/xs are only checked)')
    .argument('[paths...]', 'files or directories (relative to where you are)')
    .option('--check', 'list the files that would change and exit 1; write nothing')
    .action(async (paths: string[], opts: { check?: boolean }) => {
      const check = opts.check === true;
      const report = formatFiles(await filesToFormat(paths), { check });
      for (const m of report.messages) console.log(m);
      for (const f of report.changed) console.log(check ? `${f}: not formatted` : `formatted ${f}`);
      for (const f of report.compiled) console.log(`${f}: not canonical; the build owns it (run \`xac build\`), so fmt leaves it`);
      console.log(summary(report, check));
      if (report.failed.length > 0 || report.compiled.length > 0 || (check && report.changed.length > 0)) process.exitCode = EXIT.findings;
    });
}
