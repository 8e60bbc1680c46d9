// Reading a request body under a size limit: a declared Content-Length over the limit is refused
// before anything is read; a chunked body is read only up to the limit.
import type { IncomingMessage } from 'node:http';
import { EmulatorHttpError } from './http-error.js';

/** Default request body limit: 32 MiB, well above a multidoc of a large workspace. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export const bodyTooLarge = (limit: number): EmulatorHttpError =>
  new EmulatorHttpError(413, 'ERROR_CODE_PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);

/** True when the request declares a body larger than `limit` (checked before auth and reading). */
export function declaresTooMuch(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * The body as UTF-8, or a 413 error as soon as more than `limit` bytes arrived.
 * @example const text = await readBodyLimited(req, DEFAULT_MAX_BODY_BYTES);
 */
export async function readBodyLimited(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw bodyTooLarge(limit);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
