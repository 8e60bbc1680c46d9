// The emulator's token (DESIGN Conventions: embedded default): `XANO_TOKEN` when set, else the
// `token` file in the data dir, created with mode 0600. The token itself is never printed.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EmulatorToken {
  readonly token: string;
  /** Where it came from, for messages that must not show it. */
  readonly source: 'env' | 'file' | 'created';
  readonly file?: string;
}

/**
 * Returns the token to accept: `env.XANO_TOKEN`, else `<dataDir>/token` (created 0600 when missing).
 * @example const {token, source} = await ensureEmulatorToken('.xac/emulator', process.env);
 */
export async function ensureEmulatorToken(dataDir: string, env: NodeJS.ProcessEnv): Promise<EmulatorToken> {
  const fromEnv = env.XANO_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'env' };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if ((await stat(file)).mode & 0o077) await chmod(file, 0o600);
    if (token !== '') return { token, source: 'file', file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { token, source: 'created', file };
}
