// How a deploy record and a plan name their target's instance, so that a rollback finds the records of
// the same instance however it was reached: a real instance by its origin (scheme and host, the port
// only when it is not the scheme's default); an emulator on loopback by its host alone, because its
// port is picked afresh at each start; the embedded emulator by its data dir (relative to the project
// when inside it), since that is where its state lives.
import { isAbsolute, relative, resolve, sep } from 'node:path';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The instance of a `XANO_INSTANCE_URL`.
 * @example instanceOfUrl('http://127.0.0.1:43121/') // 'http://127.0.0.1'
 */
export function instanceOfUrl(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  const loopback = LOOPBACK.has(host) || host.startsWith('127.');
  return `${u.protocol}//${host}${u.port && !loopback ? `:${u.port}` : ''}`;
}

/**
 * The instance of the embedded emulator with its state in `dataDir`.
 * @example instanceOfEmulator('/repo', '/repo/.xac/emulator') // 'emulator:.xac/emulator'
 */
export function instanceOfEmulator(root: string, dataDir: string): string {
  const abs = resolve(root, dataDir);
  const rel = relative(resolve(root), abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return `emulator:${shown.split(sep).join('/')}`;
}
