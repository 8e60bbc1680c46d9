// `xac stand-ins` as a user runs it: a foreground child process that prints its URL and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { standInOptions } from './stand-ins.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('xac stand-ins', () => {
  it('serves the size asked for, prints the base URLs, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'stand-ins', '--seed', '4', '--size', '120', '--fail-every', '2'], { cwd: packageDir });
    let out = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /FUB_BASE_URL=(\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      void exited.then((code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const first = await fetch(`${url}/v1/people?limit=1`);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { _metadata: { total: number } })._metadata.total).toBe(120);
    expect((await fetch(`${url}/v1/people`)).status).toBe(500);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/fub\.people\s+120/);
    expect(out).toContain('stopped after 2 requests (1 failed by --fail-every)');
  });

  it('rejects a bad flag value with a usage error naming the flag', () => {
    expect(() => standInOptions({ port: '0', seed: '1', size: 'many' })).toThrow(new UsageError('--size expects an integer from 1, got "many"'));
    expect(standInOptions({ port: '0', seed: '2', size: '10', delay: '5' })).toEqual({ port: 0, seed: 2, size: 10, faults: { delayMs: 5 } });
  });
});
