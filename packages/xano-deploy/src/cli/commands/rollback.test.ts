// `xac apply` / `xac rollback` as a user runs them (the built CLI, embedded emulator in a temp dir):
// a no-change apply says so and writes no record; rollback of an older deploy is refused while a later
// one changed its objects; a plain rollback takes the newest; a repeat is a no-op that says so.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticWorkspace } from '../../deploy/synthetic.js';

const cli = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli', 'main.js');
const root = mkdtempSync(join(tmpdir(), 'xac-rollback-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function xac(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
    const child = spawn(process.execPath, [cli, ...args, '--data-dir', join(root, 'emu')], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(generation: number): void {
  for (const f of syntheticWorkspace(6, generation)) {
    mkdirSync(dirname(join(root, f.file)), { recursive: true });
    writeFileSync(join(root, f.file), f.text);
  }
}

const deployId = (stdout: string) => /deploy (\d{8}-\d{6}-\d{3}-[0-9a-f]{6}): undo/.exec(stdout)?.[1] ?? '';
const records = () => readdirSync(join(root, '.xac', 'deploys')).filter((f) => f.endsWith('.json'));

describe('xac apply / xac rollback', () => {
  it('no-change apply, refused rollback of an overwritten deploy, newest-first rollback, no-op repeat', { timeout: 120_000 }, async () => {
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    write(0);
    const first = await xac('apply');
    expect(first.code, first.stderr).toBe(0);
    const d1 = deployId(first.stdout);
    expect(d1).not.toBe('');

    const same = await xac('apply');
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('no changes: the target already matches; nothing was written and no deploy record was made');
    expect(same.stdout).not.toMatch(/^applied/m);
    expect(records()).toEqual([`${d1}.json`]);

    write(1);
    const second = await xac('apply', '--no-transaction');
    expect(second.code, second.stderr).toBe(0);
    const d2 = deployId(second.stdout);

    const refused = await xac('rollback', d1);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`refusing to roll back deploy ${d1} (nothing was written)`);
    expect(refused.stderr).toContain(`function "lib/f_0000": changed by later deploy ${d2}`);
    expect(refused.stderr).toContain('--allow overwrite-later');
    expect(refused.stderr).not.toContain('    at ');

    const newest = await xac('rollback');
    expect(newest.code, newest.stderr).toBe(0);
    expect(newest.stdout).toMatch(new RegExp(`^rolled back deploy ${d2}: 5 step\\(s\\) undone, 0 never reached the target`));

    const again = await xac('rollback');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^deploy ${d2} was already rolled back at \\S+; nothing to do\\n$`));

    const bad = await xac('rollback', '--allow', 'delete');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--allow delete: rollback accepts only overwrite-later');
  });
});
