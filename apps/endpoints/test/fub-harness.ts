// The workspace (apps/*/xs as compiled) deployed to an emulator whose $env points FUB_BASE_URL at the
// stand-ins: how the FUB worker tests run a step end to end over HTTP on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '@xac/xano-emulator/testing';
import { startStandIns, type StandInFaults } from '@xac/xano-deploy/stand-ins';
import type { EmulatorOptions } from '@xac/xano-emulator';

const root = join(import.meta.dirname, '..', '..');
const compiled = () => ['functions', 'endpoints'].flatMap((app) => {
  const dir = join(root, app, 'xs');
  return listXsFiles(dir).map((p) => readFileSync(join(dir, p), 'utf8'));
});

export type StandIns = Awaited<ReturnType<typeof startStandIns>>;
export interface Pipeline {
  readonly h: EmulatorHarness;
  readonly standIns: StandIns;
  /** POST a JSON body to `/api:<canonical>/<path>`. */
  post(canonical: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  get(canonical: string, path: string): Promise<{ status: number; json: Record<string, unknown> }>;
  rows(table: string): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/**
 * Stand-ins of `size` FUB people (seed 1) and an emulator with the workspace deployed and user 60 seeded
 * (with `user`'s columns added).
 * @example const p = await startPipeline({ size: 200 }); await p.post('4UsTtl3m', 'test-function-8065-fub-calls', { user_id: 60 });
 */
export async function startPipeline(o: { size: number; faults?: StandInFaults; emulator?: Partial<EmulatorOptions>; user?: Record<string, unknown> }): Promise<Pipeline> {
  const standIns = await startStandIns({ seed: 1, size: o.size, ...(o.faults ? { faults: o.faults } : {}) });
  const h = await startEmulatorHarness({ schedulerIntervalMs: 0, env: { FUB_BASE_URL: standIns.baseUrls.fub }, ...o.emulator });
  await pushDocuments(h.emu, compiled());
  await h.emu.seed({ user: [{ id: 60, first_name: 'David', last_name: 'Keener', ...o.user }] });
  const call = async (method: string, canonical: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.emu.url}/api:${canonical}/${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  return {
    h, standIns,
    post: (c, p, b) => call('POST', c, p, b),
    get: (c, p) => call('GET', c, p),
    rows: async (table) => (await (await fetch(`${h.emu.url}/api:meta/emulator/table/${table}/rows`, { headers: { authorization: `Bearer ${h.emu.token}` } })).json()) as Array<Record<string, unknown>>,
    close: async () => { await h.close(); await standIns.stop(); },
  };
}

/** The distinct values of a column. */
export const distinct = (rows: ReadonlyArray<Record<string, unknown>>, col: string) => new Set(rows.map((r) => r[col])).size;

/** Every record of a FUB stand-in collection, paged as FUB pages (`limit`/`offset`, 100 a page). */
export async function servedFub(p: Pipeline, collection: string): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for (let offset = 0; ; offset += 100) {
    const body = (await (await fetch(`${p.standIns.baseUrls.fub}/v1/${collection}?limit=100&offset=${offset}`)).json()) as Record<string, unknown>;
    out.push(...(body[collection] as Array<Record<string, unknown>>));
    if ((body['_metadata'] as Record<string, unknown>)['nextLink'] === null) return out;
  }
}
