// Retries: unit rules, then fault injection over HTTP proving eventual success with no duplicates.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fx, startHarness, tempDir, type Harness } from './__fixtures__/harness.js';
import { startEmulator, type EmulatorHandle } from '@xac/xano-emulator';
import type { FaultOptions } from '@xac/xano-emulator';
import { createXanoClient } from './http-client.js';
import { RateLimitedError, ServerError, XanoConnectionError, InputError, type ApiErrorInit } from './errors.js';
import { backoffDelay, classifyFailure, DEFAULT_RETRY } from './retry.js';
import { stripGuid } from '@xac/xanoscript-dsl/layout';

const conn = (failure: 'refused' | 'dropped' | 'timeout') => new XanoConnectionError('x', failure, 'GET /x');
const api = (Ctor: new (message: string, init: ApiErrorInit) => Error, status: number) => new Ctor('x', { status, code: 'C', request: 'POST /x' });

describe('retry rules', () => {
  it('retries 429 and refused connections for any call; reads back uncertain writes; fails the rest', () => {
    const write = { safe: false, canReadBack: true };
    expect(classifyFailure(api(RateLimitedError, 429), write)).toBe('retry');
    expect(classifyFailure(conn('refused'), write)).toBe('retry');
    expect(classifyFailure(api(ServerError, 500), write)).toBe('read-back');
    expect(classifyFailure(conn('dropped'), write)).toBe('read-back');
    expect(classifyFailure(conn('timeout'), write)).toBe('read-back');
    expect(classifyFailure(api(ServerError, 503), { safe: false, canReadBack: false })).toBe('fail');
    expect(classifyFailure(api(ServerError, 502), { safe: true, canReadBack: false })).toBe('retry');
    expect(classifyFailure(api(InputError, 400), write)).toBe('fail');
  });

  it('backs off exponentially with jitter in [d/2, d], capped, never under Retry-After', () => {
    const p = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, p, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect([1, 2, 3].map((a) => backoffDelay(a, p, () => 0))).toEqual([50, 100, 200]);
    expect(backoffDelay(1, p, () => 0, 5000)).toBe(5000);
  });

  it('sleeps through the injected clock, not the real one', async () => {
    const h = await startHarness({ faults: { rateLimit: { max: 1, windowMs: 60_000 } } });
    const delays: number[] = [];
    const client = h.client({ runtime: { sleep: async (ms) => void delays.push(ms), random: () => 1 }, retry: { maxAttempts: 4, baseDelayMs: 1000 } });
    await client.auth.me();
    await expect(client.auth.me()).rejects.toBeInstanceOf(RateLimitedError);
    expect(delays).toEqual([1000, 2000, 4000]);
    await h.close();
  });
});

/** A fake monotonic clock: sleeping advances it, nothing waits. */
function fakeClock() {
  let t = 0;
  const sleeps: number[] = [];
  return { sleeps, now: () => t, runtime: { now: () => t, random: () => 1, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)) } };
}

describe('refused-connection retry budget (fake clock)', () => {
  const refusedTransport = (calls: { n: number }) => async () => {
    calls.n++;
    throw new XanoConnectionError('GET /workspace/1/function: connection refused', 'refused', 'GET /workspace/1/function', 'http://127.0.0.1:9');
  };

  it('gives up on a refused connection after ~5 s in all (not the full ~47 s backoff), with a progress line per retry', async () => {
    const clock = fakeClock();
    const calls = { n: 0 };
    const logs: string[] = [];
    const client = createXanoClient({ instanceUrl: 'http://127.0.0.1:9', token: 'budget-token', workspaceId: 1, transport: refusedTransport(calls), runtime: clock.runtime, log: (l) => logs.push(l) });
    await expect(client.functions.list()).rejects.toMatchObject({ name: 'XanoConnectionError', failure: 'refused', origin: 'http://127.0.0.1:9' });
    expect(clock.now()).toBeLessThanOrEqual(5_000);
    expect(clock.now()).toBeGreaterThanOrEqual(4_500);
    expect(calls.n).toBe(clock.sleeps.length + 1);
    expect(logs).toHaveLength(clock.sleeps.length);
    expect(logs[0]).toMatch(/^cannot connect to http:\/\/127\.0\.0\.1:9 \(connection refused\); retrying, next try in 0\.5s \(0\.0s of 5\.0s used\)$/);
    await client.close();
  });

  it('counts the time the attempts themselves take, and a budget of 0 fails at once', async () => {
    const clock = fakeClock();
    const calls = { n: 0 };
    const slow = async () => {
      clock.runtime.sleep(2_000); // each refused attempt takes 2 s on the clock
      return refusedTransport(calls)();
    };
    const client = createXanoClient({ instanceUrl: 'http://127.0.0.1:9', token: 'budget-token', workspaceId: 1, transport: slow, runtime: clock.runtime });
    await expect(client.functions.list()).rejects.toBeInstanceOf(XanoConnectionError);
    expect(calls.n).toBeLessThanOrEqual(3);
    const none = createXanoClient({ instanceUrl: 'http://127.0.0.1:9', token: 'budget-token', workspaceId: 1, transport: refusedTransport(calls), runtime: fakeClock().runtime, retry: { refusedBudgetMs: 0 } });
    const before = calls.n;
    await expect(none.functions.list()).rejects.toBeInstanceOf(XanoConnectionError);
    expect(calls.n - before).toBe(1);
    await client.close();
    await none.close();
  });

  it('a real closed port is reported as refused, with the origin, within the budget', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const clock = fakeClock();
    const client = createXanoClient({ instanceUrl: `http://127.0.0.1:${port}`, token: 'budget-token', workspaceId: 1, runtime: clock.runtime });
    await expect(client.functions.list()).rejects.toMatchObject({ failure: 'refused', origin: `http://127.0.0.1:${port}` });
    expect(clock.now()).toBeLessThanOrEqual(5_000);
    await client.close();
  });
});

function objects(h: Harness) {
  return h.emu.snapshot().workspaces[0]?.branches[0]?.objects ?? [];
}

function expectNoDuplicates(h: Harness) {
  const keys = objects(h).map((o) => `${o.type}:${o.name}:${o.verb ?? ''}:${o.apigroupId ?? ''}`);
  expect(new Set(keys).size).toBe(keys.length);
}

/** Creates `n` functions, a group with endpoints, updates some, deletes some; returns the expected names. */
async function workload(h: Harness, n: number): Promise<void> {
  const client = h.client();
  const made = [];
  for (let i = 0; i < n; i++) made.push(await client.functions.create({ text: fx.fn(`w/${i}`), path: `function/w/${i}.xs` }));
  const g = await client.apiGroups.create(fx.group('Api'));
  const e = await client.endpoints.create(g.id, fx.query('items', 'GET', 'Api'));
  await client.endpoints.update(g.id, e.id, fx.query('items', 'GET', 'Api', '7'));
  for (const f of made.slice(0, 3)) await client.functions.update(f.id, fx.fn(f.name, '42'));
  for (const f of made.slice(-2)) await client.functions.delete(f.id);
  const fns = await client.functions.list({ includeXanoscript: true });
  expect(fns.map((f) => f.name).sort()).toEqual(made.slice(0, -2).map((f) => f.name).sort());
  for (const f of fns) expect(stripGuid(f.xanoscript?.value ?? '')).toBe(fx.fn(f.name, made.slice(0, 3).some((m) => m.id === f.id) ? '42' : '1'));
  expect(stripGuid((await client.endpoints.get(g.id, e.id, { includeXanoscript: true })).xanoscript?.value ?? '')).toBe(fx.query('items', 'GET', 'Api', '7'));
  expectNoDuplicates(h);
  expect(objects(h)).toHaveLength(n - 2 + 2);
}

async function withFaults(faults: FaultOptions, run: (h: Harness) => Promise<void>): Promise<Harness> {
  const h = await startHarness({ faults });
  try {
    await run(h);
  } finally {
    await h.close();
  }
  return h;
}

describe('fault injection over HTTP', () => {
  it('rides out 429 bursts', async () => {
    const h = await withFaults({ rateLimit: { max: 4, windowMs: 150 } }, (x) => workload(x, 12));
    expect(h.emu.faults.rateLimited).toBeGreaterThan(5);
  });

  it('every 3rd write 500 before applying: the write is repeated, nothing is duplicated', async () => {
    const h = await withFaults({ failWrites: { everyNth: 3 } }, (x) => workload(x, 12));
    expect(h.emu.faults.failed).toBeGreaterThanOrEqual(6);
    expect(h.logs.some((l) => l.includes('landed'))).toBe(false);
  });

  it('every 3rd write applied then 500: the write is read back and NOT repeated', async () => {
    const h = await withFaults({ failWrites: { everyNth: 3, applied: true } }, (x) => workload(x, 12));
    expect(h.emu.faults.failed).toBeGreaterThanOrEqual(6);
    expect(h.logs.filter((l) => l.includes('landed')).length).toBe(h.emu.faults.failed);
  });

  it('dropped connections on every 4th request, before and after applying', async () => {
    for (const applied of [false, true]) {
      const h = await withFaults({ dropConnections: { everyNth: 4, applied } }, (x) => workload(x, 10));
      expect(h.emu.faults.dropped).toBeGreaterThan(5);
    }
  });

  it('converges under random faults of every kind at once', async () => {
    const faults: FaultOptions = {
      seed: 7,
      failWrites: { rate: 0.3, applied: true },
      dropConnections: { rate: 0.15 },
      rateLimit: { max: 8, windowMs: 100 },
    };
    const h = await withFaults(faults, (x) => workload(x, 20));
    const c = h.emu.faults;
    expect(c.failed + c.dropped + c.rateLimited).toBeGreaterThan(10);
  });

  it('300 single-object writes under landed 500s, unlanded drops and 429 bursts leave exactly 300 objects', async () => {
    const faults: FaultOptions = {
      seed: 3,
      failWrites: { rate: 0.33, applied: true },
      dropConnections: { rate: 0.1, writesOnly: true },
      rateLimit: { max: 40, windowMs: 100 },
    };
    await withFaults(faults, async (h) => {
      const client = h.client();
      for (let i = 0; i < 300; i++) await client.functions.create(fx.fn(`bulk/${i}`, String(i)));
      const remote = await client.multidoc.get();
      expect(remote.split('\n---\n')).toHaveLength(300);
      expectNoDuplicates(h);
      expect(h.emu.faults.failed).toBeGreaterThan(50);
      expect(h.emu.faults.dropped).toBeGreaterThan(10);
    });
  });

  it('a multidoc push that landed before its 500 is not pushed twice', async () => {
    const docs = [fx.table('user'), fx.fn('a'), fx.group('G'), fx.query('q', 'POST', 'G')];
    await withFaults({ failWrites: { everyNth: 1, applied: true } }, async (h) => {
      const result = await h.client().multidoc.push(docs);
      expect(result.guid_map).toHaveLength(4);
      expect(h.emu.faults.writes).toBe(1);
      expectNoDuplicates(h);
      expect(objects(h).map((o) => o.guid).sort()).toEqual(result.guid_map.map((g) => g.guid).sort());
    });
    await withFaults({ failWrites: { everyNth: 2, applied: true } }, async (h) => {
      const client = h.client();
      await client.multidoc.push(docs);
      const synced = await client.multidoc.push(docs.slice(0, 2), { partial: false, delete: true });
      expect(synced.guid_map.map((g) => g.name)).toEqual(['user', 'a']);
      expect(h.emu.faults.writes).toBe(2);
      expect(objects(h).map((o) => o.name).sort()).toEqual(['a', 'user']);
    });
    await withFaults({ failWrites: { everyNth: 2 } }, async (h) => {
      const client = h.client();
      await client.multidoc.push(docs.slice(0, 2));
      await client.multidoc.push(docs);
      expect(h.emu.faults.writes).toBe(3);
      expect(objects(h)).toHaveLength(4);
    });
  });
});

describe('connections', () => {
  async function freePort(): Promise<number> {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    return port;
  }

  it('retries a refused connection until the server is up', async () => {
    const port = await freePort();
    const dir = await tempDir();
    let emu: EmulatorHandle | undefined;
    const sleep = async (ms: number) => {
      emu ??= await startEmulator({ port, dataDir: dir, token: 'tok-refused' });
      await new Promise((r) => setTimeout(r, Math.min(ms, 5)));
    };
    const client = createXanoClient({ instanceUrl: `http://127.0.0.1:${port}`, token: 'tok-refused', workspaceId: 1, runtime: { sleep, random: Math.random } });
    expect((await client.functions.create(fx.fn('after-refusal'))).name).toBe('after-refusal');
    await client.close();
    await emu?.stop();
  });

  // undici's timers tick at about one second, so the server is made slower than that.
  it('times out with a typed error when the server is too slow', async () => {
    const h = await startHarness({ faults: { latencyMs: 2500 } });
    const client = h.client({ timeouts: { headersMs: 50 }, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    const err: unknown = await client.auth.me().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XanoConnectionError);
    expect((err as XanoConnectionError).failure).toBe('timeout');
    await h.close();
  });
});
