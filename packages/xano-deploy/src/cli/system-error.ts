// Node's file-system and socket errors (`ENOENT`, `EACCES`, `EADDRINUSE`…) are the user's
// environment, not a bug: one line naming the path or port and what is wrong with it.
import { shownPath } from './user-path.js';

interface SystemErrorLike {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
  readonly dest?: string;
  readonly address?: string;
  readonly port?: number;
}

const WHAT: Record<string, string> = {
  ENOENT: 'no such file or directory (or a dangling symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of this path is a file, not a directory',
  EISDIR: 'is a directory, not a file',
  EEXIST: 'already exists and is not a directory',
  ELOOP: 'symbolic link loop (too many levels of symbolic links)',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  EBUSY: 'resource busy',
  ENOTEMPTY: 'directory not empty',
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'address not available',
};

/** True for a Node system error whose code is one of the environment failures above. */
export function isSystemError(err: unknown): err is Error & SystemErrorLike {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code in WHAT;
}

/**
 * `.xac/emulator/state.json: permission denied (open)`; a port in use says how to pick another.
 * @example describeSystemError(Object.assign(new Error('x'), { code: 'ENOENT', path: 'a.xs', syscall: 'open' }))
 */
export function describeSystemError(err: SystemErrorLike): string {
  const what = WHAT[err.code] ?? err.code;
  if (err.code === 'EADDRINUSE' || err.code === 'EADDRNOTAVAIL') {
    return `${err.address ?? '127.0.0.1'}:${err.port ?? '?'}: ${what}; choose another port with --port (0 picks a free one)`;
  }
  const path = err.path ?? err.dest;
  const where = path === undefined ? '(unknown path)' : shownPath(path);
  return `${where}: ${what}${err.syscall ? ` (${err.syscall})` : ''}`;
}
