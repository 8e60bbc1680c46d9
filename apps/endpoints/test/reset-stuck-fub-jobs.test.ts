// The seed's endpoint 18374 `reset-stuck-fub-jobs` (reference: the seed report, domain §4.3), as
// compiled to apps/*/xs, deployed to the emulator and called over HTTP on 127.0.0.1: the preview
// lists exactly the "In Process" jobs with `started` null; `execute=1` resets exactly those to "New"
// and leaves every other row as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '@xac/xano-emulator/testing';
import { postgresAdapter, type SqlAdapter } from '@xac/xanoscript-runtime';

const root = join(import.meta.dirname, '..', '..');
const compiled = ['functions', 'endpoints'].flatMap((app) => {
  const dir = join(root, app, 'xs');
  return listXsFiles(dir).map((p) => readFileSync(join(dir, p), 'utf8'));
});

const t = (iso: string) => Date.parse(iso);
// Our own fixture rows: stuck (In Process, never started), running (In Process, started), new, complete.
const jobs = [
  { id: 1, user_id: 60, status: 'In Process', started: null, created_at: t('2026-01-20T10:00:00Z') },
  { id: 2, user_id: 61, status: 'In Process', started: t('2026-01-20T11:00:00Z'), created_at: t('2026-01-20T10:05:00Z') },
  { id: 3, user_id: 62, status: 'New', started: null, created_at: t('2026-01-20T10:10:00Z') },
  { id: 4, user_id: 63, status: 'Complete', started: t('2026-01-19T09:00:00Z'), finished: t('2026-01-19T09:30:00Z'), created_at: t('2026-01-19T08:00:00Z') },
  { id: 5, user_id: 64, status: 'In Process', started: null, created_at: t('2026-01-18T07:00:00Z') },
  { id: 6, user_id: 65, status: 'Complete', started: null, created_at: t('2026-01-17T07:00:00Z') },
];

// Both database adapters: PGlite, and PostgreSQL when DATABASE_URL is set (a fresh schema, dropped
// after); with CI=true a missing server fails instead of skipping.
const url = process.env['DATABASE_URL'];
const freshSchema = async (): Promise<SqlAdapter> => {
  const sql = await postgresAdapter(url ?? '', { schema: `xac_reset_${Date.now().toString(36)}` });
  return { ...sql, close: async () => { await sql.dropSchema(); await sql.close(); } };
};
const databases: Array<{ name: string; open: 'pglite' | (() => Promise<SqlAdapter>) | undefined }> = [
  { name: 'PGlite', open: 'pglite' },
  ...(url || process.env['CI'] === 'true' ? [{ name: 'PostgreSQL', open: url ? freshSchema : undefined }] : []),
];

describe.each(databases)('on $name', (db) => {
  let h: EmulatorHarness;
  const call = async (body: unknown) => {
    const res = await fetch(`${h.emu.url}/api:Lrekz_3S/reset-stuck-fub-jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as { data: { mode: string; stuck_count: number; reset_count: number; job_ids: number[] } } };
  };
  const rows = async () => {
    const snapshot = await fetch(`${h.emu.url}/api:meta/emulator/table/fub_onboarding_jobs/rows`, { headers: { authorization: `Bearer ${h.emu.token}` } });
    return (await snapshot.json()) as Array<Record<string, unknown>>;
  };

  beforeAll(async () => {
    if (!db.open) throw new Error('PostgreSQL: DATABASE_URL is not set (.ci/postgres.sh starts a server and prints one)');
    h = await startEmulatorHarness({ schedulerIntervalMs: 0, ...(db.open === 'pglite' ? {} : { openDatabase: db.open }) });
    await pushDocuments(h.emu, compiled);
    expect(await h.emu.seed({ fub_onboarding_jobs: jobs })).toEqual({ fub_onboarding_jobs: 6 });
  });
  afterAll(async () => h?.close());

  describe('POST /api:Lrekz_3S/reset-stuck-fub-jobs on the emulator (seed endpoint 18374)', () => {
    it('previews exactly the In Process jobs with started null, oldest first, changing nothing', async () => {
      const before = await rows();
      const preview = await call({});
      expect(preview.status).toBe(200);
      expect(preview.json.data).toEqual({ mode: 'preview', stuck_count: 2, reset_count: 0, job_ids: [5, 1] });
      expect(await rows()).toEqual(before);
    });

    it('execute=1 resets exactly those to New and leaves the rest untouched', async () => {
      const before = await rows();
      const run = await call({ execute: 1 });
      expect(run.json.data).toEqual({ mode: 'execute', stuck_count: 2, reset_count: 2, job_ids: [5, 1] });
      const after = await rows();
      const expected = before.map((r) => ([1, 5].includes(r['id'] as number) ? { ...r, status: 'New' } : r));
      expect(after).toEqual(expected);
      expect((await call({})).json.data).toMatchObject({ stuck_count: 0, job_ids: [] });
    });
  });
});
