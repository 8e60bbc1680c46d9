import pc from 'picocolors';
import { count, dslOf, position, suggestionLines, type ReportInput } from './index.js';

/** `path:line:col: severity: message (rule)`, one per line, then a summary. Colours only when asked. */
export function stylish(input: ReportInput): string {
  const c = pc.createColors(input.color === true);
  const lines: string[] = [];
  for (const f of input.result.findings) {
    const sev = f.severity === 'error' ? c.red('error') : c.yellow('warning');
    const dsl = dslOf(input, f);
    lines.push(`${c.bold(position(f))}: ${sev}: ${f.message} ${c.dim(`(${f.rule})`)}`);
    if (dsl) lines.push(`  from ${dsl.path}:${dsl.line}:${dsl.column}`);
    for (const s of suggestionLines(f)) lines.push(`  ${c.dim(s)}`);
  }
  const { errorCount, warningCount, baselined } = input.result;
  const known = baselined.length > 0 ? `, ${baselined.length} known from the baseline` : '';
  lines.push(`${count(input.fileCount, 'file')}: ${count(errorCount, 'error')}, ${count(warningCount, 'warning')}${known}`);
  return `${lines.join('\n')}\n`;
}
