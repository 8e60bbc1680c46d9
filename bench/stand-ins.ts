// Stand-ins: page through ≥200,000 FUB people (limit 100) and ≥100,000 reZEN transactions (pageSize
// 100) over loopback HTTP, one request at a time, asserting every record arrives exactly once.
import { startStandIns } from '@xac/xano-deploy/stand-ins';

type Page = { ids: Array<string | number>; next: string | null };

async function drain(first: string, read: (body: any, url: string) => Page): Promise<{ rows: number; requests: number; ms: number }> {
  const t0 = performance.now();
  const seen = new Set<string | number>();
  let requests = 0;
  let url: string | null = first;
  while (url) {
    const res = await fetch(url);
    requests++;
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    const page = read(await res.json(), url);
    for (const id of page.ids) seen.add(id);
    url = page.next;
  }
  return { rows: seen.size, requests, ms: performance.now() - t0 };
}

const rezenNext = (body: any, url: string): Page => {
  const u = new URL(url);
  u.searchParams.set('pageNumber', String(body.pageNumber + 1));
  return { ids: body.results.map((t: { id: string }) => t.id), next: body.hasNext ? u.toString() : null };
};

/** Figures for bench/run.ts. */
export async function benchStandIns(): Promise<Record<string, unknown>> {
  const people = 200_000;
  const transactions = 100_000;
  const s = await startStandIns({ seed: 1, size: people, counts: { 'rezen.transactions': transactions } });
  try {
    const fub = await drain(`${s.baseUrls.fub}/v1/people?limit=100`, (b) => ({ ids: b.people.map((p: { id: number }) => p.id), next: b._metadata.nextLink }));
    const rezen = await drain(`${s.baseUrls.rezen}/arrakis/api/v1/transactions/participant/a/transactions?pageSize=100&pageNumber=0`, rezenNext);
    if (fub.rows !== people || rezen.rows !== transactions) throw new Error(`served ${fub.rows} people / ${rezen.rows} transactions, expected ${people} / ${transactions}`);
    const rate = (f: { rows: number; ms: number }) => Math.round(f.rows / (f.ms / 1000));
    return {
      fubPeople: { rows: fub.rows, requests: fub.requests, seconds: fub.ms / 1000, rowsPerSecond: rate(fub) },
      rezenTransactions: { rows: rezen.rows, requests: rezen.requests, seconds: rezen.ms / 1000, rowsPerSecond: rate(rezen) },
    };
  } finally {
    await s.stop();
  }
}
