// One deploy per target at a time: a lock file created exclusively (`wx`). For the embedded emulator it
// sits in the emulator's data dir; for a real instance under .xac/locks/ (plus apply's fingerprint
// check, which catches writers that do not use xac). A lock whose process is gone is taken over.
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LockedError } from '../apply/errors.js';

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock or throws LockedError; returns the release function.
 * @example const release = acquireLock('.xac/emulator/deploy.lock'); try { … } finally { release(); }
 */
export function acquireLock(file: string): () => void {
  mkdirSync(dirname(file), { recursive: true });
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const h = readHolder(file);
      const stale = h === undefined || (h.host === me.host && !alive(h.pid));
      if (!stale) throw new LockedError(file, `pid ${h.pid} on ${h.host} since ${h.since}`);
      rmSync(file, { force: true });
    }
  }
  throw new LockedError(file, 'another process');
}
