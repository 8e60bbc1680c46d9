// The token never appears in any thrown error (message, stack, fields, inspect output) or log line.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fx, startHarness } from './__fixtures__/harness.js';
import { createXanoClient } from './http-client.js';
import { createRedactor, UnsafeSecretError } from './redact.js';

const TOKEN = 'tok-S3CRET-7f3a9c2e41';

function renderings(err: unknown): string[] {
  const e = err as Error;
  return [String(err), e.message, e.stack ?? '', JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })];
}

describe('token redaction', () => {
  it('redacts every occurrence', () => {
    expect(createRedactor([TOKEN, ''])(`a ${TOKEN} b ${TOKEN}`)).toBe('a [REDACTED] b [REDACTED]');
  });

  it('refuses a secret too short to redact without revealing it (a 1-char token is never blanked everywhere)', () => {
    expect(() => createRedactor(['a'])).toThrow(UnsafeSecretError);
    expect(() => createRedactor(['1234567'])).toThrow(/7 character\(s\) cannot be redacted safely/);
    expect(() => createXanoClient({ instanceUrl: 'http://127.0.0.1:1', token: 'x', workspaceId: 1 })).toThrow(UnsafeSecretError);
    expect(createRedactor(['12345678'])('a 12345678 b')).toBe('a [REDACTED] b');
  });

  it('keeps the token out of every error and log line, whatever fails', async () => {
    const h = await startHarness({ token: TOKEN, faults: { rateLimit: { max: 3, windowMs: 100 }, failWrites: { everyNth: 2, applied: true } } });
    const client = h.client();
    const errors: unknown[] = [];
    const attempt = async (p: Promise<unknown>) => p.catch((e: unknown) => void errors.push(e));
    await attempt(client.functions.create(fx.fn(`named-${TOKEN}`)));
    await attempt(client.functions.create(fx.fn(`named-${TOKEN}`)));
    await attempt(client.functions.create({ text: fx.broken(TOKEN), path: `function/${TOKEN}.xs` }));
    await attempt(client.multidoc.push([{ text: fx.query(TOKEN, 'GET', TOKEN), path: 'q.xs' }]));
    await attempt(client.multidoc.push([{ text: fx.broken(TOKEN), path: 'b.xs' }]));
    await attempt(client.functions.get(123456));
    const wrong = createXanoClient({ instanceUrl: h.emu.url, token: `${TOKEN}-wrong`, workspaceId: 1, log: (l) => h.logs.push(l) });
    await attempt(wrong.auth.me());
    await wrong.close();
    const url = h.emu.url;
    await h.close();
    const refused = createXanoClient({ instanceUrl: url, token: TOKEN, workspaceId: 1, retry: { maxAttempts: 2, baseDelayMs: 1 }, log: (l) => h.logs.push(l) });
    await attempt(refused.functions.create(fx.fn('x')));
    await refused.close();

    expect(errors.length).toBeGreaterThanOrEqual(7);
    expect(h.logs.length).toBeGreaterThan(0);
    const leaks = [...errors.flatMap(renderings), ...h.logs].filter((s) => s.includes(TOKEN));
    expect(leaks).toEqual([]);
    expect(errors.map(renderings).flat().some((s) => s.includes('[REDACTED]'))).toBe(true);
  });
});
