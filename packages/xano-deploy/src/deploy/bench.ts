// The deploy benchmark (issue 5 and 13 "Must show"): plan + apply of a large workspace with ONE changed
// object sends exactly one write (a dry-run is not a write) in at most 12 requests (one full pull, the
// dry-run, one fingerprint re-read, the write, one verify read), counted at the emulator; full apply
// time and requests vs pushing every object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore } from '../apply/record.js';
import { updateObject, type IdBook } from '../apply/writes.js';
import { readDesired, type DesiredFile } from './desired.js';
import { pullRemote } from '../remote/pull.js';
import { deployDesired, type ApplyMode } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { openTarget, type OpenTarget } from './target.js';

export interface DeployBenchFigures {
  readonly objects: number;
  readonly fullApply: { readonly ms: number; readonly requests: number; readonly writes: number };
  readonly oneChange: Record<'objects' | 'transaction', { readonly ms: number; readonly requests: number; readonly writes: number }>;
  readonly pushEveryObject: { readonly ms: number; readonly requests: number; readonly writes: number };
  /** pushEveryObject ÷ oneChange (transaction mode). */
  readonly ratio: { readonly requests: number; readonly writes: number; readonly ms: number };
}

async function measure(t: OpenTarget, run: () => Promise<unknown>) {
  const c = t.emulator?.faults ?? { requests: 0, writes: 0 };
  const [r0, w0, t0] = [c.requests, c.writes, performance.now()];
  await run();
  return { ms: Math.round(performance.now() - t0), requests: c.requests - r0, writes: c.writes - w0 };
}

function changeOne(files: readonly DesiredFile[], n: number): DesiredFile[] {
  const i = Math.floor(files.length / 2);
  return files.map((f, j) => (j === i ? { ...f, text: f.text.replace(/value = (\d+)/, `value = ${n}$1`) } : f));
}

/** What a per-object pusher does: one write per object, every object, every time. */
async function pushEvery(t: OpenTarget): Promise<void> {
  const { objects } = await pullRemote(t.client);
  const book: IdBook = { groups: new Map(objects.filter((o) => o.ref.type === 'api_group').map((g) => [g.ref.name, g.id])) };
  for (const o of objects) await updateObject(t.client, book, o.ref, o.id, o.guid, o.canonicalText);
}

/**
 * Runs the benchmark against a fresh embedded emulator in a temp dir.
 * @example const figures = await runDeployBench(500);
 */
export async function runDeployBench(count = 500): Promise<DeployBenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'xac-bench-deploy-'));
  const t = await openTarget(dir, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined }, { dataDir: join(dir, 'emulator') });
  const records = new RecordStore(join(dir, 'deploys'));
  try {
    const base = syntheticWorkspace(count);
    const deploy = (files: DesiredFile[], mode: ApplyMode) => deployDesired(t, readDesired(files), { allow: new Set(), mode, records });
    const fullApply = await measure(t, () => deploy(base, 'objects'));
    const v1 = changeOne(base, 1);
    const objects = await measure(t, () => deploy(v1, 'objects'));
    const transaction = await measure(t, () => deploy(changeOne(base, 2), 'auto'));
    const pushEveryObject = await measure(t, () => pushEvery(t));
    const ratio = {
      requests: +(pushEveryObject.requests / transaction.requests).toFixed(1),
      writes: +(pushEveryObject.writes / Math.max(1, transaction.writes)).toFixed(1),
      ms: +(pushEveryObject.ms / Math.max(1, transaction.ms)).toFixed(1),
    };
    return { objects: count, fullApply, oneChange: { objects, transaction }, pushEveryObject, ratio };
  } finally {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
