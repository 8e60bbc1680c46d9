// How a request that got no HTTP answer is classified: the CLI names XANO_INSTANCE_URL for each.
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createXanoClient } from './http-client.js';
import { failureOf } from './transport.js';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('connection failures', () => {
  it('classifies refused, DNS and TLS failures, through undici\'s cause chain', () => {
    expect(failureOf(coded('ECONNREFUSED'))).toBe('refused');
    expect(failureOf(coded('ENOTFOUND'))).toBe('dns');
    expect(failureOf(coded('EAI_AGAIN'))).toBe('dns');
    expect(failureOf(coded('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
    expect(failureOf(coded('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
    expect(failureOf(coded('ERR_SSL_WRONG_VERSION_NUMBER'))).toBe('tls');
    expect(failureOf(Object.assign(new TypeError('fetch failed'), { cause: coded('ENOTFOUND') }))).toBe('dns');
    expect(failureOf(new Error('??'))).toBe('other');
  });

  it('https:// to a plain-HTTP port is a TLS failure, not retried, with the origin', async () => {
    const server = createServer((_req, res) => res.end('{}'));
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    const client = createXanoClient({ instanceUrl: `https://127.0.0.1:${port}`, token: 'tls-test-token', workspaceId: 1, runtime: { sleep: async () => undefined, random: () => 1 } });
    await expect(client.branches.list()).rejects.toMatchObject({ name: 'XanoConnectionError', failure: 'tls', origin: `https://127.0.0.1:${port}` });
    await client.close();
    server.close();
  });
});
