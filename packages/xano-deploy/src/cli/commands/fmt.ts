import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { EXIT, UsageError } from '../errors.js';

// `xac fmt [paths] [--check]`: rewrites .xs files into the canonical form (docs/canonical-form.md).
// A file with errors is never written: its diagnostics print as `path:line:col: message`.

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.turbo', '.xac']);

/** What `fmt` did (or, with `check`, would do) to each file. */
export interface FmtReport {
  readonly changed: string[];
  readonly unchanged: string[];
  /** Files left untouched because they have errors. */
  readonly failed: string[];
  /** `path:line:col: message` lines, errors and warnings. */
  readonly messages: string[];
}

/** Every `.xs` file under the given files and directories, sorted. */
export function collectXsFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p, { withFileTypes: true })) {
        if (e.isDirectory() && SKIP_DIRS.has(e.name)) continue;
        if (e.isDirectory() || e.name.endsWith('.xs')) visit(join(p, e.name));
      }
    } else if (p.endsWith('.xs')) out.push(p);
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`${p}: no such file or directory`);
    visit(p);
  }
  return [...new Set(out)].sort();
}

/**
 * Formats `.xs` files in place (or only reports, with `check`).
 * @example const report = formatFiles(['apps/functions/xs'], { check: true });
 */
export function formatFiles(paths: readonly string[], opts: { check: boolean; cwd?: string }): FmtReport {
  const report: FmtReport = { changed: [], unchanged: [], failed: [], messages: [] };
  for (const file of collectXsFiles(paths)) {
    const shown = relative(opts.cwd ?? process.cwd(), file) || file;
    const text = readFileSync(file, 'utf8');
    const { ast, diagnostics } = parse(text, { path: file });
    for (const d of diagnostics) {
      const sev = d.severity === 'warning' ? 'warning: ' : '';
      report.messages.push(`${shown}:${d.loc.start.line}:${d.loc.start.column}: ${sev}${d.message}`);
    }
    if (ast === undefined || diagnostics.some((d) => d.severity === 'error')) {
      report.failed.push(shown);
      continue;
    }
    const out = print(ast);
    if (out === text) {
      report.unchanged.push(shown);
      continue;
    }
    report.changed.push(shown);
    if (!opts.check) writeFileSync(file, out);
  }
  return report;
}

/** `xac fmt [paths] [--check]`. */
export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .description('rewrite .xs files in the canonical XanoScript form (directories are searched)')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('--check', 'list the files that would change and exit 1; write nothing')
    .action((paths: string[], opts: { check?: boolean }) => {
      const check = opts.check === true;
      const report = formatFiles(paths, { check });
      for (const m of report.messages) console.log(m);
      for (const f of report.changed) console.log(check ? `${f}: not formatted` : `formatted ${f}`);
      const total = report.changed.length + report.unchanged.length + report.failed.length;
      const failed = report.failed.length > 0 ? `, ${report.failed.length} with errors (left untouched)` : '';
      const verb = check ? 'would change' : 'changed';
      console.log(`${total} files: ${report.changed.length} ${verb}${failed}`);
      if (report.failed.length > 0 || (check && report.changed.length > 0)) process.exitCode = EXIT.findings;
    });
}
