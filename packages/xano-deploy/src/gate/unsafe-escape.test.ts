import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `unsafe()` compiles to a plain dot path, so the compiled .xs cannot show it: `xac build` records it
// in apps/<app>/xs/sourcemap.json and `xac lint` (no-escape-hatch) reports it at the .xs line it
// produced, naming the DSL position — end to end, from a DSL file to the lint finding.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, '.test-tmp', `unsafe-escape-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { ...process.env, XANO_INSTANCE_URL: '', XANO_TOKEN: '' };
const xac = (root: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env });

describe('unsafe() through the source map', () => {
  it('xac lint names the DSL line of an unsafe() read', { timeout: 90_000 }, () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'xac.config.ts'), 'export default {};\n');
    writeFileSync(join(root, 'apps/a/other.ts'), "import { fn } from '@xac/xanoscript-dsl/dsl';\nexport const o = fn('Other', {}, () => ({ data: { count: 1 } }));\n");
    writeFileSync(
      join(root, 'apps/a/reader.ts'),
      "import { fn, unsafe } from '@xac/xanoscript-dsl/dsl';\nexport const r = fn('Reader', {}, (s) => {\n  const x = s.run('Other', {}, 'x');\n  return unsafe(x, 'data.count');\n});\n",
    );
    expect(xac(root, 'build').status).toBe(0);
    const lint = xac(root, 'lint', '--format', 'json');
    const hatches = (JSON.parse(lint.stdout) as { findings: Array<{ rule: string; path: string; message: string; dsl?: unknown }> }).findings.filter((f) => f.rule === 'no-escape-hatch');
    expect(hatches.map((f) => f.path)).toEqual(['apps/a/xs/function/reader.xs']);
    expect(hatches[0]?.message).toMatch(/`unsafe\(\)` at apps\/a\/reader\.ts:4:\d+/);
  });
});
