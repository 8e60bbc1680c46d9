// Filter and statement usage in real XanoScript, and which of them the runtime supports
// (docs/runtime.md "Filters"). Measure only: XAC_CORPUS names folders of third-party .xs files
// (colon-separated), which are never committed. Run from the repository root:
//   XAC_CORPUS=/path/to/corpus pnpm --filter @xac/xanoscript-runtime exec tsx scripts/filter-usage.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPRECATED_FILTERS } from '@xac/xanoscript-dsl/ast';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { parse } from '@xac/xanoscript-dsl/parser';
import { SUPPORTED_FILTERS } from '../src/filters/apply.ts';

function count(node: unknown, seen: Map<string, number>): void {
  if (Array.isArray(node)) return node.forEach((n) => count(n, seen));
  if (typeof node !== 'object' || node === null) return;
  const n = node as { kind?: string; name?: string };
  if (n.kind === 'FilterExpr' && n.name) seen.set(n.name, (seen.get(n.name) ?? 0) + 1);
  for (const [k, v] of Object.entries(node)) if (k !== 'loc') count(v, seen);
}

const roots = (process.env['XAC_CORPUS'] ?? '').split(':').filter((r) => r !== '');
if (roots.length === 0) throw new Error('set XAC_CORPUS to the folder(s) of .xs files to measure');
const all = roots.flatMap((r) => listXsFiles(r).map((f) => join(r, f)));
const seen = new Map<string, number>();
for (const f of all) count(parse(readFileSync(f, 'utf8')).documents, seen);
const supported = new Set(SUPPORTED_FILTERS);
const rows = [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const total = rows.reduce((s, [, c]) => s + c, 0);
const covered = rows.filter(([n]) => supported.has(DEPRECATED_FILTERS.get(n) ?? n)).reduce((s, [, c]) => s + c, 0);
console.log(`${all.length} files, ${rows.length} distinct filters, ${total} uses; supported: ${covered} uses (${((100 * covered) / total).toFixed(2)}%)\n`);
console.log('| # | filter | uses | runtime |\n|---|---|---|---|');
rows.forEach(([n, c], i) => console.log(`| ${i + 1} | \`${n}\` | ${c} | ${supported.has(DEPRECATED_FILTERS.get(n) ?? n) ? 'yes' : '**no**'} |`));
