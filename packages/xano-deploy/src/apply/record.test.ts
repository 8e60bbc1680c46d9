import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDeployId, RecordReadError, RecordStore, type DeployRecord } from './record.js';

const target = { name: 'emulator', instance: 'emulator:.xac/emulator', workspaceId: 1, branch: 'v1' };

function record(id: string, createdAt: string): DeployRecord {
  const step = (name: string) => ({ kind: 'update' as const, resource: { type: 'function' as const, name }, text: 'x', status: 'pending' as const });
  return { version: 2, id, createdAt, target, remoteFingerprint: 'sha256:0', mode: 'objects', status: 'applying', steps: [step('a'), step('b')], seq: 0 };
}

const store = () => new RecordStore(mkdtempSync(join(tmpdir(), 'xac-records-')));

describe('deploy record store', () => {
  it('journals step changes durably and replays them over the snapshot; a torn last line is ignored', async () => {
    const s = store();
    const r = record('20261201-100000-000-aaaaaa', '2026-12-01T10:00:00.000Z');
    await s.save(r);
    await s.mark(r, [0], { status: 'in-flight' });
    await s.mark(r, [0], { status: 'done' });
    await s.mark(r, [1], { status: 'in-flight' });
    appendFileSync(join(s.dir, `${r.id}.journal`), '{"seq":4,"steps":[1],"sta');
    const loaded = await s.load(r.id);
    expect(loaded.steps.map((x) => x.status)).toEqual(['done', 'in-flight']);
    expect(loaded.seq).toBe(3);
  });

  it('a snapshot supersedes the journal; older journal lines are not replayed over it', async () => {
    const s = store();
    const r = record('20261201-100000-000-bbbbbb', '2026-12-01T10:00:00.000Z');
    await s.save(r);
    await s.mark(r, [0, 1], { status: 'in-flight' });
    await s.mark(r, [0, 1], { status: 'done' });
    r.status = 'applied';
    await s.save(r);
    expect(existsSync(join(s.dir, `${r.id}.journal`))).toBe(false);
    writeFileSync(join(s.dir, `${r.id}.journal`), '{"seq":1,"steps":[0],"status":"in-flight"}\n');
    const loaded = await s.load(r.id);
    expect(loaded.status).toBe('applied');
    expect(loaded.steps.map((x) => x.status)).toEqual(['done', 'done']);
  });

  it('reads version-1 records (a `failed` step was in flight) and refuses a corrupt one clearly', async () => {
    const s = store();
    const v1 = { ...record('20261201-100000-000-cccccc', '2026-12-01T10:00:00.000Z'), version: 1, seq: undefined };
    v1.steps[0] = { ...v1.steps[0], status: 'failed' } as never;
    await s.save(v1 as unknown as DeployRecord);
    expect((await s.load(v1.id)).steps.map((x) => x.status)).toEqual(['in-flight', 'pending']);
    writeFileSync(s.path('broken'), '{"version": 2, "id"');
    await expect(s.load('broken')).rejects.toBeInstanceOf(RecordReadError);
    await expect(s.load('broken')).rejects.toThrow(/broken\.json: not a readable deploy record/);
  });

  it('lists records oldest first by creation time; ids sort by time to the millisecond', async () => {
    const s = store();
    await s.save(record('b', '2026-12-01T10:00:00.002Z'));
    await s.save(record('a', '2026-12-01T10:00:00.001Z'));
    writeFileSync(s.path('junk'), 'not json');
    expect((await s.list()).map((r) => r.id)).toEqual(['a', 'b']);
    expect(newDeployId(new Date('2026-12-01T10:00:00.001Z')) < newDeployId(new Date('2026-12-01T10:00:00.002Z'))).toBe(true);
    expect(newDeployId(new Date('2026-12-01T10:00:00.001Z'))).toMatch(/^20261201-100000-001-[0-9a-f]{6}$/);
  });
});
