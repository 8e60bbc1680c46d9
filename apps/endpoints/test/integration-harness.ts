// Test support for the integrations pipeline: the compiled workspace deployed to an emulator whose
// `$env` points the integrations at stand-ins on 127.0.0.1, with helpers to seed rows, call an
// endpoint and read a table back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { startStandIns } from '@xac/xano-deploy/stand-ins';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '@xac/xano-emulator/testing';

const root = join(import.meta.dirname, '..', '..');

/** Every compiled document of the functions and endpoints apps. */
export const compiled = (): string[] =>
  ['functions', 'endpoints'].flatMap((app) => {
    const dir = join(root, app, 'xs');
    return listXsFiles(dir).map((p) => readFileSync(join(dir, p), 'utf8'));
  });

export type Row = Record<string, unknown>;
export type StandIns = Awaited<ReturnType<typeof startStandIns>>;
type StandInsOptions = NonNullable<Parameters<typeof startStandIns>[0]>;

export interface Pipeline {
  readonly h: EmulatorHarness;
  readonly standIns: StandIns;
  /** POSTs a JSON body to `/api:<canonical>/<path>` and answers the parsed body. */
  call(canonical: string, path: string, body: unknown): Promise<Row>;
  rows(table: string): Promise<Row[]>;
  seed(fixtures: Record<string, Row[]>): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Stand-ins (seed 1 unless given) and an emulator serving the compiled workspace.
 * @example const p = await startPipeline({ size: 200 }); await p.call('4UsTtl3m', 'test-function-8073-contributions', { user_id: 60 });
 */
export async function startPipeline(o: { size: number; seed?: number; failEvery?: number; counts?: StandInsOptions['counts'] }): Promise<Pipeline> {
  const standIns = await startStandIns({ seed: o.seed ?? 1, size: o.size, ...(o.failEvery ? { faults: { failEvery: o.failEvery } } : {}), ...(o.counts ? { counts: o.counts } : {}) });
  const env = { REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope, FUB_BASE_URL: standIns.baseUrls.fub };
  const h = await startEmulatorHarness({ schedulerIntervalMs: 0, env });
  await pushDocuments(h.emu, compiled());
  const auth = { authorization: `Bearer ${h.emu.token}` };
  return {
    h,
    standIns,
    call: async (canonical, path, body) => {
      const res = await fetch(`${h.emu.url}/api:${canonical}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await res.json()) as Row;
    },
    rows: async (table) => (await (await fetch(`${h.emu.url}/api:meta/emulator/table/${table}/rows`, { headers: auth })).json()) as Row[],
    seed: (fixtures) => h.emu.seed(fixtures),
    close: async () => {
      await h.close();
      await standIns.stop();
    },
  };
}

/** Every record of a stand-in list, paged as its integration pages (100 a page). */
export async function served(url: string, style: 'rezen' | 'skyslope', key = 'results'): Promise<Row[]> {
  const out: Row[] = [];
  for (let page = style === 'rezen' ? 0 : 1; ; page++) {
    const q = style === 'rezen' ? `pageNumber=${page}&pageSize=100` : `page=${page}&pageSize=100`;
    const body = (await (await fetch(`${url}?${q}`)).json()) as Row;
    const list = (style === 'rezen' ? body['results'] : (body['value'] as Row)[key]) as Row[];
    out.push(...list);
    if (style === 'rezen' ? body['hasNext'] !== true : (body['links'] as Row)['next'] === null) return out;
  }
}

/** User 60 with a reZEN agent (yenta) id, as the seed's test user. */
export const testUser = (yentaId = 'agent-60'): Record<string, Row[]> => ({
  agent: [{ id: 7, agent_id_raw: yentaId, user_id: 60 }],
  user: [{ id: 60, first_name: 'Test', last_name: 'User', email: 'user60@example.com', agent_id: 7 }],
});
