import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockedError } from '../apply/errors.js';
import { acquireLock } from './lock.js';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'xac-lock-')), 'deploy.lock');

describe('deploy lock', () => {
  it('holds the deploy id from its creation, refuses a live holder, and leaves no temporary file', () => {
    const file = lockIn();
    const lock = acquireLock(file, { deployId: 'd-1' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, deployId: 'd-1' });
    expect(readdirSync(join(file, '..'))).toEqual(['deploy.lock']);
    expect(() => acquireLock(file)).toThrow(LockedError);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over the lock of a process that is gone and says whose it was', () => {
    const file = lockIn();
    const pid = spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;
    writeFileSync(file, JSON.stringify({ pid, host: hostname(), since: '2026-12-01T00:00:00.000Z', deployId: 'd-killed' }));
    const lock = acquireLock(file);
    expect(lock.tookOverFrom).toEqual({ pid, host: hostname(), since: '2026-12-01T00:00:00.000Z', deployId: 'd-killed' });
    lock.release();
  });
});
