import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../program.js';

// `xac fmt` end to end, in-process: rewrites, --check, files with errors left untouched, exit codes.

const root = mkdtempSync(join(tmpdir(), 'xac-fmt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

const canonical = 'function "f" {\n  input {\n  }\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n  response = $x\n}\n';
const messy = "function 'f' {\n  input\n  stack {\n    var $var.x { value = 1 }\n  }\n  response = $x\n}\n";
const broken = 'function "f" {\n  input {\n  }\n  stack {\n    db.get "user" {\n      field_name = "id"\n    }\n  }\n  response = 1\n}\n';

async function xac(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const code = await runCli(args);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out: lines.join('\n') };
}

function project(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'ok.xs'), canonical);
  writeFileSync(join(dir, 'nested', 'messy.xs'), messy);
  writeFileSync(join(dir, 'broken.xs'), broken);
  writeFileSync(join(dir, 'notes.txt'), messy);
  return dir;
}

describe('xac fmt', () => {
  it('rewrites files into the canonical form, recursing into directories', async () => {
    const dir = project('write');
    const { code, out } = await xac('fmt', dir);
    expect(readFileSync(join(dir, 'nested', 'messy.xs'), 'utf8')).toBe(canonical);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(messy);
    expect(out).toContain('formatted');
    expect(code).toBe(1); // broken.xs has an error
  });

  it('never writes a file with errors and prints path:line:col', async () => {
    const dir = project('errors');
    const { out } = await xac('fmt', join(dir, 'broken.xs'));
    expect(readFileSync(join(dir, 'broken.xs'), 'utf8')).toBe(broken);
    expect(out).toMatch(/broken\.xs:5:5: `db\.get` is missing `field_value`/);
  });

  it('--check lists files that would change, writes nothing, exits 1', async () => {
    const dir = project('check');
    const { code, out } = await xac('fmt', '--check', join(dir, 'nested'), join(dir, 'ok.xs'));
    expect(code).toBe(1);
    expect(out).toContain('messy.xs: not formatted');
    expect(out).not.toContain('ok.xs: not formatted');
    expect(readFileSync(join(dir, 'nested', 'messy.xs'), 'utf8')).toBe(messy);
  });

  it('exits 0 when everything is formatted and 2 for a missing path', async () => {
    const dir = project('clean');
    expect((await xac('fmt', '--check', join(dir, 'ok.xs'))).code).toBe(0);
    expect((await xac('fmt', join(dir, 'nope'))).code).toBe(2);
  });
});

describe('xac fmt with no paths, and paths from where the user is', () => {
  const cli = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli', 'main.js');
  const { INIT_CWD: _i, ...env } = process.env;
  const run = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...env, ...extra } });

  function repo(): string {
    const dir = join(root, `repo-${Math.random().toString(36).slice(2)}`);
    const files: Record<string, string> = {
      'pnpm-workspace.yaml': 'packages: []\n',
      'xac.config.ts': "export default { fmt: { paths: ['scripts'] } };\n",
      'scripts/hand.xs': messy,
      'scripts/__fixtures__/case/input.xs': messy,
      'scripts/node_modules/dep/x.xs': messy,
      'scripts/ignored/x.xs': messy,
      'apps/a/xs/function/f.xs': messy,
      'loose/other.xs': messy,
      '.gitignore': 'scripts/ignored/\n',
    };
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    spawnSync('git', ['init', '-q'], { cwd: dir });
    return dir;
  }

  it('formats only fmt.paths, checks (never rewrites) the compiled apps/*/xs, skips fixtures, node_modules and git-ignored files', () => {
    const dir = repo();
    const r = run(dir, ['fmt']);
    expect(readFileSync(join(dir, 'scripts/hand.xs'), 'utf8')).toBe(canonical);
    for (const untouched of ['scripts/__fixtures__/case/input.xs', 'scripts/node_modules/dep/x.xs', 'scripts/ignored/x.xs', 'apps/a/xs/function/f.xs', 'loose/other.xs']) {
      expect(readFileSync(join(dir, untouched), 'utf8'), untouched).toBe(messy);
    }
    expect(r.stdout).toContain('formatted scripts/hand.xs');
    expect(r.stdout).toContain('apps/a/xs/function/f.xs: not canonical; the build owns it (run `xac build`), so fmt leaves it');
    expect(r.stdout).toMatch(/^2 files: 1 changed, 1 compiled not canonical/m);
    expect(r.status).toBe(1);
  });

  it('a missing fmt.paths entry is a usage error naming it; one file is "1 file"', () => {
    const dir = repo();
    writeFileSync(join(dir, 'xac.config.ts'), "export default { fmt: { paths: ['nope'] } };\n");
    const r = run(dir, ['fmt']);
    expect(r.stderr).toMatch(/^error: nope: no such file or directory \(named in fmt\.paths of xac\.config\.ts\)$/m);
    expect(r.status).toBe(2);
    expect(run(dir, ['fmt', '--check', 'scripts/hand.xs']).stdout).toMatch(/^1 file: 1 would change$/m);
  });

  it('resolves relative paths from INIT_CWD (where `pnpm xac` was typed), not the project root', () => {
    const dir = repo();
    const fmt = run(dir, ['fmt', '--check', 'other.xs'], { INIT_CWD: join(dir, 'loose') });
    expect(fmt.stdout).toContain('other.xs: not formatted');
    expect(fmt.status).toBe(1);
    const lint = run(dir, ['lint', 'other.xs'], { INIT_CWD: join(dir, 'loose') });
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/1 file: 0 errors/);
    // An INIT_CWD outside the working directory (an outer pnpm run) is not the user's folder.
    expect(run(dir, ['fmt', '--check', 'loose/other.xs'], { INIT_CWD: tmpdir() }).stdout).toContain('loose/other.xs: not formatted');
  });
});
