import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { lintProject, type Finding } from '@xac/validators';
import { findProjectRoot } from '../../config/index.js';
import { EXIT, UsageError } from '../errors.js';
import { collectXsFiles } from './fmt.js';

// `xac lint [paths]`: the semantic rules of @xac/validators over .xs files (default: the compiled
// apps/*/xs). Findings in compiled output also name the DSL line that produced them.

type SourceMap = { files: Record<string, { sources: string[]; lines: Array<[number, number, number] | null> }> };

/** `apps/<app>/xs/<path>` line → DSL `file:line:col`, through the build's source map. */
function dslPosition(root: string, file: string, line: number): string | undefined {
  const m = /^(apps\/[^/]+)\/xs\/(.+)$/.exec(file);
  if (!m) return undefined;
  try {
    const map = JSON.parse(readFileSync(join(root, m[1] ?? '', 'xs', 'sourcemap.json'), 'utf8')) as SourceMap;
    const entry = map.files[m[2] ?? ''];
    const at = entry?.lines[line - 1];
    return at && entry ? `${entry.sources[at[0]]}:${at[1]}:${at[2]}` : undefined;
  } catch {
    return undefined;
  }
}

function stylish(root: string, f: Finding): string {
  const line = f.loc?.start.line ?? 1;
  const dsl = dslPosition(root, f.path, line);
  return `${f.path}:${line}:${f.loc?.start.column ?? 1}: ${f.severity}: ${f.message} (${f.rule})${dsl ? `\n  from ${dsl}` : ''}`;
}

/** `xac lint [paths] [--format stylish|json]` */
export function registerLint(program: Command): void {
  program
    .command('lint [paths...]')
    .description('semantic lint of .xs files (default: the compiled apps/*/xs)')
    .option('--format <format>', 'stylish or json', 'stylish')
    .action((paths: string[], opts: { format: string }) => {
      if (opts.format !== 'stylish' && opts.format !== 'json') throw new UsageError(`--format must be stylish or json, got "${opts.format}"`);
      const root = findProjectRoot();
      const targets = paths.length > 0 ? paths : [join(root, 'apps')];
      const files = collectXsFiles(targets).map((p) => ({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));
      const result = lintProject(files);
      if (opts.format === 'json') {
        console.log(JSON.stringify({ files: files.length, errorCount: result.errorCount, warningCount: result.warningCount, findings: result.findings.map((f) => ({ ...f, dsl: dslPosition(root, f.path, f.loc?.start.line ?? 1) })) }, null, 2));
      } else {
        for (const f of result.findings) console.log(stylish(root, f));
        console.log(`${files.length} files: ${result.errorCount} errors, ${result.warningCount} warnings`);
      }
      process.exitCode = result.errorCount > 0 ? EXIT.findings : EXIT.ok;
    });
}
