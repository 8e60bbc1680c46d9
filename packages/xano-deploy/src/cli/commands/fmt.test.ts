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
