// Raw HTTP for tests that need the request target byte for byte (fetch normalises `%2e%2e`, `//`).
import { request } from 'node:http';

export interface RawAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

export interface RawRequest {
  readonly method?: string;
  readonly token?: string;
  readonly body?: string | Buffer;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

/** Sends one request to `127.0.0.1:port` with `path` exactly as given. */
export function rawRequest(port: number, path: string, o: RawRequest = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...(o.contentType ? { 'content-type': o.contentType } : {}), ...o.headers };
    if (o.body !== undefined && headers['content-length'] === undefined) headers['content-length'] = String(Buffer.byteLength(o.body));
    const req = request({ host: '127.0.0.1', port, method: o.method ?? 'GET', path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json, text });
      });
    });
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}
