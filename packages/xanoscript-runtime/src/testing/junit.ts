import type { TestResult } from './run-tests.js';

// JUnit XML (the schema CI servers read: testsuites > testsuite per file > testcase, a `failure`
// element for a failed test) for `xac test --format junit`.

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const secs = (ms: number): string => (ms / 1000).toFixed(3);

function testcase(r: TestResult): string {
  const line = /:(\d+):\d+$/.exec(r.at)?.[1];
  const attrs = `name="${escape(r.name)}" classname="${escape(r.object)}"${r.path ? ` file="${escape(r.path)}"` : ''}${line ? ` line="${line}"` : ''} time="${secs(r.durationMs)}"`;
  if (!r.failure) return `    <testcase ${attrs}/>`;
  const f = r.failure;
  const body = `${f.at ? `${f.at}: ` : ''}${f.message}`;
  return `    <testcase ${attrs}>\n      <failure message="${escape(f.message)}" type="${escape(f.type)}">${escape(body)}</failure>\n    </testcase>`;
}

/**
 * The results as a JUnit XML report, one testsuite per file.
 * @example writeFileSync('junit.xml', toJUnit(results))
 */
export function toJUnit(results: readonly TestResult[]): string {
  const byFile = new Map<string, TestResult[]>();
  for (const r of results) byFile.set(r.path ?? '<script>', [...(byFile.get(r.path ?? '<script>') ?? []), r]);
  const count = (rs: readonly TestResult[]) => `tests="${rs.length}" failures="${rs.filter((r) => r.status === 'failed').length}" errors="0" time="${secs(rs.reduce((t, r) => t + r.durationMs, 0))}"`;
  const suites = [...byFile].map(([file, rs]) => `  <testsuite name="${escape(file)}" ${count(rs)}>\n${rs.map(testcase).join('\n')}\n  </testsuite>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="xac test" ${count(results)}>\n${suites.join('\n')}\n</testsuites>\n`;
}
