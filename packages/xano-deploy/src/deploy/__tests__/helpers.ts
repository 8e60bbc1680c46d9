import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore } from '../../apply/record.js';
import type { FaultOptions } from '@xac/xano-emulator';
import { openTarget, type OpenTarget } from '../target.js';

export const FAST_RETRY = {
  retry: { maxAttempts: 20, baseDelayMs: 2, maxDelayMs: 25 },
  runtime: { sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), random: () => 0.5 },
};

export interface TestTarget extends OpenTarget {
  readonly dir: string;
  readonly dataDir: string;
  readonly records: RecordStore;
  readonly logs: string[];
}

/** The embedded emulator in a temp dir, with fast retries. */
export async function emulatorTarget(o: { faults?: FaultOptions; dir?: string } = {}): Promise<TestTarget> {
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'xac-deploy-'));
  const dataDir = join(dir, '.xac', 'emulator');
  const logs: string[] = [];
  const t = await openTarget(
    dir,
    { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined },
    { dataDir, client: FAST_RETRY, log: (l) => logs.push(l), ...(o.faults ? { faults: o.faults } : {}) },
  );
  return { ...t, dir, dataDir, records: new RecordStore(join(dir, '.xac', 'deploys')), logs };
}
