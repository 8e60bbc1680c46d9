import { afterEach, describe, expect, it } from 'vitest';
import { startStandIns, type StandInsHandle } from './server.js';

const started: StandInsHandle[] = [];
const start = async (...a: Parameters<typeof startStandIns>) => {
  const s = await startStandIns(...a);
  started.push(s);
  return s;
};
afterEach(async () => {
  for (const s of started.splice(0)) await s.stop();
});

const json = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('stand-ins', () => {
  it('serves FUB people with offset/limit paging and _metadata, every page until next is null', async () => {
    const s = await start({ seed: 7, size: 250 });
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ids: number[] = [];
    let next: string | null = `${s.baseUrls.fub}/v1/people?limit=100`;
    while (next) {
      const { status, body } = await json(next);
      expect(status).toBe(200);
      expect(body._metadata).toMatchObject({ collection: 'people', total: 250, limit: 100 });
      ids.push(...body.people.map((p: { id: number }) => p.id));
      next = body._metadata.nextLink;
    }
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('is deterministic from the seed: same seed same records, another seed other records', async () => {
    const a = await start({ seed: 1, size: 50 });
    const b = await start({ seed: 1, size: 50 });
    const c = await start({ seed: 2, size: 50 });
    const path = '/v1/calls?limit=5&offset=10';
    const [ra, rb, rc] = await Promise.all([a, b, c].map((s) => json(`${s.baseUrls.fub}${path}`)));
    expect(ra?.body.calls).toEqual(rb?.body.calls);
    expect(ra?.body.calls).not.toEqual(rc?.body.calls);
    for (const call of ra?.body.calls ?? []) expect(call.personId).toBeGreaterThanOrEqual(1), expect(call.personId).toBeLessThanOrEqual(50);
  });

  it('serves FUB text messages (/v1/textMessages): one per person, FUB-shaped, each to a served person, the same for the same seed', async () => {
    const s = await start({ seed: 4, size: 150 });
    expect(s.counts['fub.textMessages']).toBe(150);
    const pages = [await json(`${s.baseUrls.fub}/v1/textMessages?limit=100`)];
    expect(pages[0]?.body._metadata).toMatchObject({ collection: 'textMessages', offset: 0, limit: 100, total: 150 });
    pages.push(await json(pages[0]?.body._metadata.nextLink));
    expect(pages[1]?.body._metadata.nextLink).toBeNull();
    const all = pages.flatMap((p) => p.body.textMessages as Array<Record<string, any>>);
    expect(all.map((m) => m.id)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    for (const m of all) {
      expect(Object.keys(m).sort()).toEqual(['created', 'externalLabel', 'fromNumber', 'id', 'isIncoming', 'message', 'personId', 'status', 'toNumber', 'updated', 'userId']);
      expect(m.personId).toBeGreaterThanOrEqual(1);
      expect(m.personId).toBeLessThanOrEqual(150);
      expect(m.status).toEqual(m.isIncoming ? 'Received' : expect.stringMatching(/^(Sent|Delivered|Failed)$/));
      expect(m.updated < '2026-01-27').toBe(true);
    }
    expect(new Set(all.map((m) => m.isIncoming))).toEqual(new Set([true, false]));
    const again = await start({ seed: 4, size: 150 });
    expect((await json(`${again.baseUrls.fub}/v1/textMessages?limit=100&offset=100`)).body.textMessages).toEqual(pages[1]?.body.textMessages);
    const other = await start({ seed: 5, size: 150 });
    expect((await json(`${other.baseUrls.fub}/v1/textMessages?limit=100&offset=100`)).body.textMessages).not.toEqual(pages[1]?.body.textMessages);
  });

  it('serves reZEN transactions by lifecycle group with pageNumber/pageSize; the groups partition the collection', async () => {
    const s = await start({ seed: 3, size: 200 });
    expect(s.counts['rezen.transactions']).toBe(100);
    const base = `${s.baseUrls.rezen}/arrakis/api/v1/transactions/participant/agent-1/transactions`;
    const all = await json(`${base}?pageSize=100`);
    expect(all.body).toMatchObject({ pageNumber: 0, pageSize: 100, hasNext: false, totalCount: 100 });
    const seen = new Set<string>();
    for (const g of ['OPEN', 'closed', 'terminated']) {
      const first = await json(`${base}/${g}?pageSize=7`);
      let page = 0;
      let body = first.body;
      for (;;) {
        for (const t of body.results) {
          expect(t.lifecycleState.state).toBe(g.toUpperCase());
          seen.add(t.id);
        }
        if (!body.hasNext) break;
        body = (await json(`${base}/${g}?pageSize=7&pageNumber=${++page}`)).body;
      }
    }
    expect(seen).toEqual(new Set(all.body.results.map((t: { id: string }) => t.id)));
    expect((await json(`${base}/pending`)).status).toBe(404);
  });

  it('links contributions and transactions to served agents (network yentaIds)', async () => {
    const s = await start({ seed: 5, size: 300 });
    const net = await json(`${s.baseUrls.rezen}/yenta/api/v1/network/x/down-network?pageSize=100`);
    const agents = new Set(net.body.results.map((a: { yentaId: string }) => a.yentaId));
    expect(agents.size).toBe(30);
    const contrib = await json(`${s.baseUrls.rezen}/arrakis/api/v1/revshare/participant/x/contributions?pageSize=50`);
    for (const c of contrib.body.results) expect(agents.has(c.receivingAgentYentaId)).toBe(true);
  });

  it('serves a user\'s reZEN contributors: one per down-network member, the same agent (yentaId, names, tier)', async () => {
    const s = await start({ seed: 5, size: 300 });
    expect(s.counts['rezen.contributors']).toBe(30);
    const net = (await json(`${s.baseUrls.rezen}/yenta/api/v1/network/x/down-network?pageSize=100`)).body.results;
    const base = `${s.baseUrls.rezen}/arrakis/api/v1/revshare/participant/x/contributors`;
    const first = await json(`${base}?pageSize=20`);
    expect(first.body).toMatchObject({ pageNumber: 0, pageSize: 20, hasNext: true, totalCount: 30 });
    const second = await json(`${base}?pageSize=20&pageNumber=1`);
    expect(second.body).toMatchObject({ pageNumber: 1, hasNext: false });
    const all = [...first.body.results, ...second.body.results];
    expect(all).toHaveLength(30);
    all.forEach((c, i) => {
      expect(c).toMatchObject({ yentaId: net[i].yentaId, firstName: net[i].firstName, lastName: net[i].lastName, tier: net[i].tier, status: net[i].status, joinDate: net[i].joinDate });
      expect(c.contributionCount).toBeGreaterThanOrEqual(1);
      expect(c.totalContribution.currency).toBe('USD');
    });
    expect(new Set(all.map((c) => c.emailAddress)).size).toBe(30);
  });

  it('serves a user\'s reZEN equity transactions: stock purchases tied to served transactions, awards without', async () => {
    const s = await start({ seed: 5, size: 300 });
    expect(s.counts['rezen.equity']).toBe(60);
    const txnPage = (n: number) => json(`${s.baseUrls.rezen}/arrakis/api/v1/transactions/participant/x/transactions?pageSize=100&pageNumber=${n}`);
    const txns = new Set([...(await txnPage(0)).body.results, ...(await txnPage(1)).body.results].map((t: { id: string }) => t.id));
    expect(txns.size).toBe(s.counts['rezen.transactions']);
    const base = `${s.baseUrls.rezen}/arrakis/api/v1/equity/participant/x/transactions`;
    const pages = [await json(`${base}?pageSize=50`), await json(`${base}?pageSize=50&pageNumber=1`)];
    expect(pages.map((p) => [p.body.hasNext, p.body.results.length])).toEqual([[true, 50], [false, 10]]);
    const all = pages.flatMap((p) => p.body.results);
    expect(new Set(all.map((e) => e.id)).size).toBe(60);
    for (const e of all) {
      if (e.equityType === 'STOCK_PURCHASE') expect(txns.has(e.transactionId)).toBe(true);
      else expect(e.transactionId).toBeNull();
      expect(e.issueDate).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(e.issueDate < '2026-01-27').toBe(true);
      expect(['ISSUED', 'PENDING']).toContain(e.status);
    }
    expect(new Set(all.map((e) => e.equityType)).size).toBeGreaterThan(1);
    expect((await json(`${s.baseUrls.rezen}/arrakis/api/v1/equity/participant/x/transactions?pageSize=101`)).status).toBe(400);
  });

  it('serves SkySlope lists with 1-based pages and links.next', async () => {
    const s = await start({ seed: 1, size: 3000, counts: { 'skyslope.users': 3 } });
    const first = await json(`${s.baseUrls.skyslope}/api/users?pageSize=2`);
    expect(first.body.value.users).toHaveLength(2);
    expect(first.body).toMatchObject({ page: 1, value: { totalCount: 3 } });
    const second = await json(first.body.links.next);
    expect(second.body.value.users).toHaveLength(1);
    expect(second.body.links.next).toBeNull();
    expect((await json(`${s.baseUrls.skyslope}/api/files/transactions`)).body.value.totalCount).toBe(30);
  });

  it('answers a bad paging parameter or an unknown path with a 400/404 JSON error', async () => {
    const s = await start({ size: 10 });
    expect(await json(`${s.baseUrls.fub}/v1/people?limit=500`)).toEqual({ status: 400, body: { error: 'limit must be an integer from 1 to 100, got "500"' } });
    expect((await json(`${s.baseUrls.fub}/v1/nothing`)).status).toBe(404);
  });

  it('fails every Nth request and delays answers when asked', async () => {
    const s = await start({ size: 10, faults: { failEvery: 3, delayMs: 30 } });
    const t0 = performance.now();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await json(`${s.baseUrls.fub}/v1/people`)).status);
    expect(statuses).toEqual([200, 200, 500, 200, 200, 500]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(6 * 25);
    expect(s.stats).toEqual({ total: 6, failed: 2 });
  });

  it('setFaults changes the faults from the next request on, on the same server', async () => {
    const s = await start({ size: 10, faults: { failEvery: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await json(`${s.baseUrls.fub}/v1/people`)).status);
    s.setFaults({});
    for (let i = 0; i < 2; i++) statuses.push((await json(`${s.baseUrls.fub}/v1/people`)).status);
    s.setFaults({ failEvery: 5 });
    statuses.push((await json(`${s.baseUrls.fub}/v1/people`)).status);
    expect(statuses).toEqual([200, 500, 200, 200, 500]);
    expect(s.stats).toEqual({ total: 5, failed: 2 });
  });
});
