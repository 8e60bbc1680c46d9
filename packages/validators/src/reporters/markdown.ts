import { count, dslOf, position, suggestionLines, type ReportInput } from './index.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A PR comment: a summary line and a table of findings (errors first). */
export function markdown(input: ReportInput): string {
  const { result } = input;
  const head = `### xac lint: ${count(result.errorCount, 'error')}, ${count(result.warningCount, 'warning')} in ${count(input.fileCount, 'file')}`;
  if (result.findings.length === 0) return `${head}\n\nNo findings. :white_check_mark:\n`;
  const rows = [...result.findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((f) => {
      const dsl = dslOf(input, f);
      const where = `\`${position(f)}\`${dsl ? `<br>from \`${dsl.path}:${dsl.line}:${dsl.column}\`` : ''}`;
      return `| ${f.severity === 'error' ? ':x:' : ':warning:'} | ${where} | \`${f.rule}\` | ${cell([f.message, ...suggestionLines(f)].join(' — '))} |`;
    });
  return [head, '', '| | where | rule | message |', '|---|---|---|---|', ...rows, ''].join('\n');
}
