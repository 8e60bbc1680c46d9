// One deploy or rollback per target at a time: a lock file created exclusively (`wx`). For the embedded
// emulator it sits in the emulator's data dir; for a real instance under .xac/locks/ (plus apply's
// fingerprint check, which catches writers that do not use xac). A lock whose process is gone is taken
// over, and the taker learns who held it: a deploy names its id in the lock before its first request,
// so a rollback can tell a deploy that was killed before it wrote its record (nothing was written).
import { hostname } from 'node:os';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LockedError } from '../apply/errors.js';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  /** The deploy this process runs, when it is a deploy. */
  readonly deployId?: string;
}

export interface Lock {
  release(): void;
  /** The holder of a stale lock this one replaced (its process is gone). */
  readonly tookOverFrom?: LockHolder;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Creates the lock exclusively with its content already in it: written and fsync'd under a temporary
 * name, then hard-linked into place (`link` fails with EEXIST like `wx`). A kill at any instant leaves
 * no lock or a complete one, never an empty file that would hide which deploy held it.
 */
function writeDurably(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Takes the lock or throws LockedError.
 * @example const lock = acquireLock('.xac/emulator/deploy.lock', { deployId }); try { … } finally { lock.release(); }
 */
export function acquireLock(file: string, o: { readonly deployId?: string } = {}): Lock {
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), ...(o.deployId ? { deployId: o.deployId } : {}) };
  let tookOverFrom: LockHolder | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeDurably(file, JSON.stringify(me));
      return { release: () => rmSync(file, { force: true }), ...(tookOverFrom ? { tookOverFrom } : {}) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const h = readHolder(file);
      const stale = h === undefined || (h.host === me.host && !alive(h.pid));
      if (!stale) throw new LockedError(file, `pid ${h.pid} on ${h.host} since ${h.since}`);
      tookOverFrom = h;
      rmSync(file, { force: true });
    }
  }
  throw new LockedError(file, 'another process');
}
