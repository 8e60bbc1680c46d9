// `xac emulator` as a user runs it: a foreground child process, token from XANO_TOKEN or D/token (0600).
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createXanoClient } from '../../client/http-client.js';
import { tempDir } from '@xac/xano-emulator/testing';
import { faultsFromFlags, startHint } from './emulator.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { XANO_TOKEN: _ignored, ...baseEnv } = process.env;

interface Run {
  readonly url: string;
  output(): string;
  stop(): Promise<number | null>;
}

function startCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'emulator', ...args], { cwd: packageDir, env });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], output: () => out, stop: () => (child.kill('SIGTERM'), exited) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe('xac emulator', () => {
  it('creates D/token with mode 0600, serves with it, and never prints it', async () => {
    const dir = await tempDir();
    const run = await startCli(['--data-dir', dir], baseEnv);
    const file = join(dir, 'token');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const token = (await readFile(file, 'utf8')).trim();
    const client = createXanoClient({ instanceUrl: run.url, token, workspaceId: 1 });
    expect((await client.workspaces.list()).map((w) => w.name)).toEqual(['local']);
    await client.close();
    expect(await run.stop()).toBe(0);
    expect(run.output()).not.toContain(token);
    expect(run.output()).toContain('stopped');
    // The start hint says how to get the token (its file), without printing it.
    expect(run.output()).toContain(`use it with: XANO_INSTANCE_URL=${run.url} XANO_WORKSPACE_ID=1 XANO_TOKEN="$(cat ${file})"`);
  });

  it('the start hint reads the token from its file (quoted when the path needs it), or keeps XANO_TOKEN', () => {
    expect(startHint('http://127.0.0.1:1', '.xac/emulator/token')).toBe('XANO_INSTANCE_URL=http://127.0.0.1:1 XANO_WORKSPACE_ID=1 XANO_TOKEN="$(cat .xac/emulator/token)"');
    expect(startHint('http://127.0.0.1:1', "/tmp/it's here/token")).toContain(`XANO_TOKEN="$(cat '/tmp/it'\\''s here/token')"`);
    expect(startHint('http://127.0.0.1:1', undefined)).toMatch(/XANO_TOKEN \(already exported\)$/);
  });

  it('accepts XANO_TOKEN instead, writes no token file, and keeps the state for the next start', async () => {
    const dir = await tempDir();
    const token = 'env-token-0123456789abcdef';
    const first = await startCli(['--data-dir', dir, '--port', '0'], { ...baseEnv, XANO_TOKEN: token });
    const c1 = createXanoClient({ instanceUrl: first.url, token, workspaceId: 1 });
    await c1.functions.create('function "kept" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n');
    await c1.close();
    expect(await first.stop()).toBe(0);
    await expect(stat(join(dir, 'token'))).rejects.toThrow();
    const second = await startCli(['--data-dir', dir], { ...baseEnv, XANO_TOKEN: token });
    const c2 = createXanoClient({ instanceUrl: second.url, token, workspaceId: 1 });
    expect((await c2.functions.list()).map((f) => f.name)).toEqual(['kept']);
    await c2.close();
    await second.stop();
    expect(first.output() + second.output()).not.toContain(token);
  });

  it('turns fault flags into fault options and refuses bad values', () => {
    const base = { port: '0', dataDir: 'd', positionBase: '0' };
    expect(faultsFromFlags({ ...base, failEvery: '3', failApplied: true, rateLimit: '10/20s', latency: '5', dropConnections: '0.1' })).toEqual({
      failWrites: { everyNth: 3, applied: true },
      dropConnections: { rate: 0.1, applied: true },
      rateLimit: { max: 10, windowMs: 20_000 },
      latencyMs: 5,
    });
    expect(() => faultsFromFlags({ ...base, failRate: '2' })).toThrow(/--fail-rate expects a number from 0 to 1/);
    expect(() => faultsFromFlags({ ...base, rateLimit: 'lots' })).toThrow(/--rate-limit/);
  });
});
