import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The deploy gate runs the workspace's tests (docs/runtime.md "Tests", docs/deploy.md): a failing
// test refuses the deploy with its file:line:col; `tests: { gate: false }` in xac.config.ts turns the
// step off, and a passing test lets the deploy through.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, '.test-tmp', `tests-gate-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fnWithTest = (expected: number) => `function "double" {
  input {
    int x
  }
  stack {
    var $r { value = $input.x * 2 }
  }
  response = $r

  test "doubles" {
    input = { x: 4 }
    expect.to_equal ($response) { value = ${expected} }
  }
}
`;

describe('deploy gate: the workspace\'s tests', () => {
  it('refuses a deploy whose test fails, deploys with the step turned off, and with the test fixed', { timeout: 120_000 }, () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const module = (text: string) => `import { raw } from '@xac/xanoscript-dsl/dsl';\nexport const x = raw.object(${JSON.stringify(text)});\n`;
    const env = { ...process.env, XANO_INSTANCE_URL: '', XANO_TOKEN: '' };
    const deploy = () => spawnSync(process.execPath, [cli, 'deploy'], { cwd: root, encoding: 'utf8', env });

    writeFileSync(join(root, 'apps/a/double.ts'), module(fnWithTest(9)));
    const refused = deploy();
    expect(refused.stderr).toMatch(/gate refused the deploy \(nothing was written\)/);
    expect(refused.stderr).toContain('apps/a/xs/function/double.xs:12:5: test "doubles" failed: expect.to_equal failed: expected 9, got 8');
    expect(refused.status).toBe(1);

    writeFileSync(join(root, 'xac.config.ts'), 'export default { tests: { gate: false } };\n');
    const unchecked = deploy();
    expect(unchecked.stderr).toBe('');
    expect(unchecked.status).toBe(0);

    rmSync(join(root, 'xac.config.ts'));
    writeFileSync(join(root, 'apps/a/double.ts'), module(fnWithTest(8)));
    const fixed = deploy();
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
  });
});
