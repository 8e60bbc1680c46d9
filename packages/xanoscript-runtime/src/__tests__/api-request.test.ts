import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../exec/api-request.js';
import { fn, runXs } from './helpers.js';

// api.request through undici against a loopback server (integrations/external-apis.md "Response
// Structure", "GET Request", "Error Handling Pattern"; essentials.md "API Requests").

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url?.startsWith('/slow')) return; // never answers
      if (req.url?.startsWith('/text')) {
        res.writeHead(404, { 'content-type': 'text/plain', 'x-trace': 'abc' });
        return res.end('not here');
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers['authorization'] ?? null, type: req.headers['content-type'] ?? null, body: body === '' ? null : JSON.parse(body) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const call = async (attrs: string, response = '$r'): Promise<unknown> =>
  (await runXs(fn(`    api.request {\n${attrs}\n    } as $r`, response), {}, { env: { BASE: base, KEY: 'k1' } })).response;

describe('api.request (integrations/external-apis.md)', () => {
  it('GET: params as the query string, headers as "Name: value", the JSON body parsed, status and headers', async () => {
    const r = (await call('      url = $env.BASE ~ "/users"\n      method = "GET"\n      params = {page: 2}\n      headers = ["Authorization: Bearer " ~ $env.KEY]')) as {
      request: unknown; response: { status: number; result: unknown; headers: string[] };
    };
    expect(r.response.status).toBe(200);
    expect(r.response.result).toEqual({ method: 'GET', url: '/users?page=2', auth: 'Bearer k1', type: null, body: null });
    expect(r.response.headers).toContain('content-type: application/json');
    expect(r.request).toEqual({ url: `${base}/users?page=2`, method: 'GET', headers: ['Authorization: Bearer k1'], params: { page: 2 } });
  });

  it('POST: params is the JSON body (essentials.md "params not body")', async () => {
    expect(await call('      url = $env.BASE ~ "/users"\n      method = "POST"\n      params = {name: "Ann"}', '$r.response')).toMatchObject({
      status: 201, result: { method: 'POST', type: 'application/json', body: { name: 'Ann' } },
    });
  });

  it('a non-2xx answer is a result with its status, not an error; a text body stays text', async () => {
    expect(await call('      url = $env.BASE ~ "/text"\n      method = "GET"', '$r.response')).toMatchObject({ status: 404, result: 'not here' });
  });

  it('a timeout is an ApiRequestError naming the url and the seconds', async () => {
    const err = await call('      url = $env.BASE ~ "/slow"\n      method = "GET"\n      timeout = 0.3').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect((err as Error).message).toMatch(/^api\.request GET http:\/\/127\.0\.0\.1:\d+\/slow failed: timed out after 0\.3 s at test\.xs:6:5$/);
  });

  it('a refused connection is an ApiRequestError', async () => {
    await expect(runXs(fn('    api.request { url = "http://127.0.0.1:9/x" method = "GET" } as $r'))).rejects.toThrow(ApiRequestError);
  });
});
