// Bad HTTP input gets a 4xx with the Meta API error body, never a 500, and never a surprise answer.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx, startEmulatorHarness, type EmulatorHarness } from './testing/harness.js';
import { rawRequest } from './__fixtures__/raw-http.js';

let h: EmulatorHarness;
beforeEach(async () => {
  h = await startEmulatorHarness({ maxBodyBytes: 4096 });
});
afterEach(async () => h.close());

const call = (path: string, o: Parameters<typeof rawRequest>[2] = {}) => rawRequest(h.emu.port, path, { token: h.emu.token, ...o });

describe('request body limit', () => {
  it('answers 413 to a declared oversized body before auth and before reading it', async () => {
    const started = Date.now();
    const res = await rawRequest(h.emu.port, '/api:meta/workspace/1/function', {
      method: 'POST',
      headers: { 'content-length': String(100 * 1024 * 1024) },
      body: 'function "x" {',
    });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ code: 'ERROR_CODE_PAYLOAD_TOO_LARGE' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 413 to a chunked body once it passes the limit, and accepts one at the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.emu.port, method: 'POST', path: '/api:meta/workspace/1/multidoc', headers: { authorization: `Bearer ${h.emu.token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
    const fits = fx.fn('fits').padEnd(4096, '\n');
    const ok = await call('/api:meta/workspace/1/function', { method: 'POST', contentType: 'text/x-xanoscript', body: fits });
    expect(ok.status).toBe(200);
  });
});

describe('request targets', () => {
  it('never normalises: /function/%2e%2e and /function/.. are function ids (404), not the workspace', async () => {
    for (const path of ['/api:meta/workspace/1/function/%2e%2e', '/api:meta/workspace/1/function/..', '/api:meta/workspace/1/function/%2E', '/api:meta/workspace/1/']) {
      const res = await call(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.json).toMatchObject({ code: 'ERROR_CODE_NOT_FOUND' });
    }
    expect((await call('/api:meta/workspace//1')).status).toBe(404);
  });

  it('answers 400 to a malformed percent-escape and 404 to //api:meta/…', async () => {
    const bad = await call('/api:meta/workspace/1/function/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'ERROR_CODE_BAD_REQUEST' });
    expect((await call('/api:meta/workspace/%zz')).status).toBe(400);
    expect((await call('//api:meta/workspace')).status).toBe(404);
    expect((await call('//api:meta/workspace/1')).json).toMatchObject({ code: 'ERROR_CODE_NOT_FOUND' });
  });

  it('answers 400 naming the parameter to odd query values, never 500', async () => {
    const cases = ['sort=__proto__', 'sort=constructor', 'order=sideways', 'page=abc', 'page=0', 'per_page=-1', 'per_page=10001', 'include_xanoscript=maybe', 'page=1e3'];
    for (const q of cases) {
      const res = await call(`/api:meta/workspace/1/function?${q}`);
      expect([q, res.status]).toEqual([q, 400]);
      expect((res.json as { payload?: { param?: string } }).payload?.param).toBe(q.split('=')[0]);
    }
    expect((await call('/api:meta/workspace/1/function?sort=name&order=asc&page=1&per_page=10')).status).toBe(200);
    expect((await call('/api:meta/workspace/1/multidoc?records=yes')).status).toBe(400);
    const put = await call('/api:meta/workspace/1/function/1?publish=perhaps', { method: 'PUT', contentType: 'text/x-xanoscript', body: fx.fn('f') });
    expect(put.status).toBe(400);
  });

  it('answers 400 to a JSON body that is not an object', async () => {
    for (const body of ['null', '[]', '"x"', '{broken']) {
      const res = await call('/api:meta/workspace/1/branch', { method: 'POST', contentType: 'application/json', body });
      expect([body, res.status]).toEqual([body, 400]);
    }
  });
});

describe('names', () => {
  const json = (method: string, path: string, body: unknown) => call(`/api:meta${path}`, { method, contentType: 'application/json', body: JSON.stringify(body) });

  it('refuses names with newlines or control characters on every route that takes one', async () => {
    const table = await call('/api:meta/workspace/1/table', { method: 'POST', contentType: 'text/x-xanoscript', body: fx.table('user') });
    const id = (table.json as { id: number }).id;
    const refused = [
      await json('POST', `/workspace/1/table/${id}/schema/rename`, { old_name: 'name', new_name: 'a\nb' }),
      await json('POST', `/workspace/1/table/${id}/schema/rename`, { old_name: 'name', new_name: 'has space' }),
      await json('POST', `/workspace/1/table/${id}/schema/rename`, { old_name: 'name', new_name: '' }),
      await json('POST', '/workspace', { name: 'two\nlines' }),
      await json('PUT', '/workspace/1', { name: 'tab\there' }),
      await json('POST', '/workspace/1/branch', { label: 'dev\n' }),
      await json('POST', '/workspace/1/branch', { label: 'a/b' }),
      await json('PUT', '/workspace/1/branch/v1', { label: 'x\u0000' }),
      await json('POST', '/workspace/1/apigroup', { name: 'G\r\n' }),
      await json('POST', '/workspace/1/function', { name: 'f\n', xanoscript: fx.fn('f') }),
    ];
    expect(refused.map((r) => [r.status, (r.json as { code: string }).code])).toEqual(refused.map(() => [400, 'ERROR_CODE_INPUT_ERROR']));
    const stored = await call(`/api:meta/workspace/1/table/${id}?include_xanoscript=true`);
    expect((stored.json as { xanoscript: { value: string } }).xanoscript.value).toContain('text name');
    const ok = await json('POST', `/workspace/1/table/${id}/schema/rename`, { old_name: 'name', new_name: 'display_name' });
    expect(ok.status).toBe(200);
  });

  it('refuses a document whose quoted name holds a control character', async () => {
    const res = await call('/api:meta/workspace/1/function', { method: 'POST', contentType: 'text/x-xanoscript', body: fx.fn('a\tb') });
    expect(res.status).toBe(400);
  });
});
