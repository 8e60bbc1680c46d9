// The reZEN routes added for the Agent Data (8051), Listings Update (8054) and Network Frontline (8059)
// workers: an agent by id, a listing by id, and the front line (the tier-1 down-network members).
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

type Json = Record<string, any>;
const json = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Json };
};
/** Every record of a reZEN list, `pageSize` a page. */
const all = async (url: string, pageSize: number) => {
  const out: Json[] = [];
  for (let page = 0; ; page++) {
    const { status, body } = await json(`${url}?pageNumber=${page}&pageSize=${pageSize}`);
    expect(status).toBe(200);
    out.push(...body.results);
    if (!body.hasNext) return { out, totalCount: body.totalCount as number };
  }
};

describe('reZEN agent by id', () => {
  it('answers the same agent for the same seed and id, another for another seed', async () => {
    const [a, b, c] = await Promise.all([start({ seed: 4, size: 100 }), start({ seed: 4, size: 100 }), start({ seed: 5, size: 100 })]);
    const path = '/yenta/api/v1/agents/agent-60';
    const [ra, rb, rc] = await Promise.all([a, b, c].map((s) => json(`${s.baseUrls.rezen}${path}`)));
    expect(ra?.status).toBe(200);
    expect(ra?.body).toEqual(rb?.body);
    expect(ra?.body).not.toEqual(rc?.body);
    expect(ra?.body).toMatchObject({ id: 'agent-60', status: 'ACTIVE', displayName: `${ra?.body.firstName} ${ra?.body.lastName}` });
    expect(ra?.body.emailAddress).toMatch(/^[a-z]+\.[a-z]+\.agent-@example\.com$/);
    expect(ra?.body.joinDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(ra?.body.updatedAt)).toBeLessThan(Date.UTC(2026, 0, 26));
  });

  it('answers a served down-network member with that member\'s names, status and join date', async () => {
    const s = await start({ seed: 2, size: 300 });
    const [member] = (await json(`${s.baseUrls.rezen}/yenta/api/v1/network/x/down-network?pageNumber=3&pageSize=5`)).body.results as Json[];
    const { body } = await json(`${s.baseUrls.rezen}/yenta/api/v1/agents/${member?.yentaId}`);
    expect(body).toMatchObject({ id: member?.yentaId, firstName: member?.firstName, lastName: member?.lastName, status: member?.status, joinDate: member?.joinDate });
  });
});

describe('reZEN listing by id', () => {
  it('answers the listed record with its MLS number, deterministically; an unknown id is a 404', async () => {
    const s = await start({ seed: 3, size: 500 });
    const listings = (await all(`${s.baseUrls.rezen}/arrakis/api/v1/transactions/participant/x/listings`, 100)).out;
    expect(listings).toHaveLength(100);
    const numbers = new Set<string>();
    for (const l of [listings[0], listings[57], listings[99]]) {
      const { status, body } = await json(`${s.baseUrls.rezen}/arrakis/api/v1/listings/${l?.id}`);
      expect(status).toBe(200);
      const { mlsNumber, ...rest } = body;
      expect(rest).toEqual(l);
      expect(mlsNumber).toMatch(/^MLS\d{7}$/);
      numbers.add(mlsNumber);
      expect((await json(`${s.baseUrls.rezen}/arrakis/api/v1/listings/${l?.id}`)).body.mlsNumber).toBe(mlsNumber);
    }
    expect(numbers.size).toBe(3);
    expect(await json(`${s.baseUrls.rezen}/arrakis/api/v1/listings/no-such-listing`)).toEqual({ status: 404, body: { error: 'no listing with id "no-such-listing"' } });
  });
});

describe('reZEN front line', () => {
  it('pages the tier-1 down-network members, in down-network order, with pageNumber/pageSize', async () => {
    const s = await start({ seed: 6, size: 1000 });
    const network = await all(`${s.baseUrls.rezen}/yenta/api/v1/network/agent-60/down-network`, 100);
    expect(network.out).toHaveLength(100);
    const tierOne = network.out.filter((m) => m.tier === 1);
    expect(tierOne.length).toBeGreaterThan(5);
    const front = await all(`${s.baseUrls.rezen}/yenta/api/v1/network/agent-60/front-line`, 4);
    expect(front.totalCount).toBe(tierOne.length);
    expect(front.out).toEqual(tierOne);
    expect((await json(`${s.baseUrls.rezen}/yenta/api/v1/network/agent-60/front-line?pageSize=101`)).status).toBe(400);
  });
});
