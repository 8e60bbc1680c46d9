import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@xac/xano-emulator';

// The token reaches `xac` only through XANO_TOKEN and must never appear in what it prints or writes,
// whether the deploy succeeds, is refused by the gate, or meets a rejected token.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, '.test-tmp', `token-${process.pid}`);
const TOKEN = 'tok_SECRET_d0nt-l3ak_9f8e7d6c5b4a';
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('the token never appears in xac output or files', () => {
  it('across a deploy, a gate refusal and a rejected token', { timeout: 60_000 }, async () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'apps/a/f.ts'), "import { fn } from '@xac/xanoscript-dsl/dsl';\nexport const f = fn('F', {}, () => 1);\n");
    const emu = await startEmulator({ dataDir: mkdtempSync(join(tmpdir(), 'xac-tok-')), token: TOKEN });
    try {
      const env = { XANO_INSTANCE_URL: emu.url, XANO_WORKSPACE_ID: '1', XANO_BRANCH: 'v1', XANO_TOKEN: TOKEN };
      const ok = await run(root, env, 'deploy');
      expect(ok.code).toBe(0);
      writeFileSync(join(root, 'apps/a/g.ts'), "import { fn } from '@xac/xanoscript-dsl/dsl';\nexport const g = fn('G', {}, (s) => s.run('Missing', {}, 'r'));\n");
      const refused = await run(root, env, 'deploy');
      expect(refused.code).toBe(1);
      const rejected = await run(root, { ...env, XANO_TOKEN: TOKEN + 'x' }, 'plan');
      expect(rejected.code).not.toBe(0);
      for (const r of [ok, refused, rejected]) expect(r.out).not.toContain(TOKEN);
      for (const file of filesUnder(root)) expect(readFileSync(file, 'utf8'), file).not.toContain(TOKEN);
    } finally {
      await emu.stop();
    }
  });
});
