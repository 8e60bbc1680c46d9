// Persistence: state survives a restart, and a kill at any instant never leaves a torn state file.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './testing/harness.js';
import { StateFileError, StateStore } from './store.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');

describe('restart', () => {
  it('refuses an unreadable state file instead of silently starting empty, and clears temp leftovers', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'state.json.tmp-1-2-3'), '{"half":');
    const store = await StateStore.open(dir);
    await store.transaction((s) => void (s.nextId += 1));
    expect((await readdir(dir)).sort()).toEqual(['state.json']);
    await writeFile(join(dir, 'state.json'), '{"torn":');
    await expect(StateStore.open(dir)).rejects.toBeInstanceOf(StateFileError);
  });
});

function runUntilKilled(dir: string, afterAcks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, '__fixtures__', 'write-loop.ts'), dir], { cwd: packageDir });
    let last = 0;
    let acks = 0;
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const l of lines) last = Number(l);
      acks += lines.length;
      if (acks >= afterAcks && child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
    });
    child.on('error', reject);
    child.on('exit', () => resolve(last));
  });
}

describe('kill mid-write', () => {
  it('leaves the last acknowledged state or a newer whole one, never a torn file', async () => {
    const dir = await tempDir();
    for (let round = 0; round < 5; round++) {
      const lastAck = await runUntilKilled(dir, 20 + round * 7);
      const files = await readdir(dir);
      const raw = await readFile(join(dir, 'state.json'), 'utf8');
      const parsed = JSON.parse(raw) as { nextId: number };
      expect(parsed.nextId - 1).toBeGreaterThanOrEqual(lastAck);
      const store = await StateStore.open(dir);
      const ws = store.state.workspaces[0];
      const lastObject = ws?.branches[0]?.objects.at(-1);
      expect(ws?.name).toBe(`w${store.state.nextId - 1}`);
      expect(lastObject?.id).toBe(store.state.nextId - 1);
      expect(files.filter((f) => !f.startsWith('state.json')).length).toBe(0);
    }
  }, 60_000);
});
