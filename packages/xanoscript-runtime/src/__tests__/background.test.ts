// function.run with async = true (working.md "Async (fire and forget)") and
// security.create_auth_token (security.md "Auth Token Generation"): both hand their work to the run
// context (the emulator's background worker and auth table).
import { describe, expect, it } from 'vitest';
import type { AuthTokenClaims, BackgroundCall } from '../context.js';
import { UnsupportedStatementError } from '../errors.js';
import type { Value } from '../values.js';
import { fn, runXs } from './helpers.js';

const slow = `function "slow" {\n  input {\n    int n\n  }\n  stack {\n    var $r {\n      value = $input.n * 10\n    }\n  }\n  response = $r\n}\n`;
const caller = fn(`    function.run "slow" {\n      input = {n: "4"}\n      async = true\n    } as $queued\n    var $r {\n      value = {queued: $queued}\n    }`);

describe('function.run async = true (working.md "Async (fire and forget)")', () => {
  it('returns at once with what the background runner answers; the callee runs later, inputs validated', async () => {
    const calls: BackgroundCall[] = [];
    const background = (c: BackgroundCall): Value => (calls.push(c), { job_id: calls.length });
    const { response } = await runXs(caller, {}, { background }, [slow]);
    expect(response).toEqual({ queued: { job_id: 1 } });
    expect(calls.map((c) => [c.name, c.input, c.at])).toEqual([['slow', { n: '4' }, 'test.xs:6:5']]);
    expect(await calls[0]!.run()).toBe(40);
  });

  it('without a background runner it is not supported, at its line', async () => {
    await expect(runXs(caller, {}, {}, [slow])).rejects.toThrow(UnsupportedStatementError);
    await expect(runXs(caller, {}, {}, [slow])).rejects.toThrow('not supported by the local runtime: function.run with async = true at test.xs:6:5');
  });
});

describe('security.create_auth_token (security.md "Auth Token Generation")', () => {
  const issue = fn(`    security.create_auth_token {\n      table = "user"\n      id = 7\n      extras = {role: "admin"}\n      expiration = 3600\n    } as $r`);
  it('gives the issuer the table, id, extras and expiration, and binds its token', async () => {
    const seen: AuthTokenClaims[] = [];
    const { response } = await runXs(issue, {}, { authTokens: { issue: (c) => (seen.push(c), 'tok-1') } });
    expect(response).toBe('tok-1');
    expect(seen).toEqual([{ table: 'user', id: 7, extras: { role: 'admin' }, expiration: 3600 }]);
  });

  it('without an issuer gives an opaque random token', async () => {
    const { response } = await runXs(issue);
    expect(response).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
