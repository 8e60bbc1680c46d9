// The deploy record `.xac/deploys/<id>.json` (gitignored; CI keeps it as an artifact): what a deploy
// replaced, with the old text and guid, and how far it and its rollback got. Written atomically
// after every step, so `xac rollback` can resume from any point.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/write-file-atomic.js';
import type { PlanTarget, ResourceRef, StepKind } from '../plan/types.js';

export type DeployStatus = 'applying' | 'applied' | 'failed' | 'interrupted' | 'rolling-back' | 'rolled-back' | 'rollback-failed';

export interface RecordStep {
  readonly kind: Exclude<StepKind, 'noop'>;
  readonly resource: ResourceRef;
  readonly file?: string;
  /** The text pushed (create, update). */
  readonly text?: string;
  /** The remote object before the deploy (update, delete). */
  readonly before?: { readonly id: number; readonly guid: string; readonly text: string };
  readonly renames?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  status: 'pending' | 'done' | 'failed';
  rolledBack?: boolean;
}

export interface DeployRecord {
  readonly version: 1;
  readonly id: string;
  readonly createdAt: string;
  readonly target: PlanTarget;
  readonly remoteFingerprint: string;
  readonly mode: 'objects' | 'transaction';
  status: DeployStatus;
  error?: string;
  readonly steps: RecordStep[];
  finishedAt?: string;
}

/** A new deploy id: sortable time plus a random suffix. */
export function newDeployId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')}-${randomBytes(3).toString('hex')}`;
}

/**
 * Where records live and how they are written.
 * @example const store = new RecordStore('.xac/deploys'); await store.save(record);
 */
export class RecordStore {
  constructor(readonly dir: string) {}

  path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  async save(record: DeployRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.path(record.id), `${JSON.stringify(record, null, 2)}\n`, 0o644);
  }

  async load(id: string): Promise<DeployRecord> {
    return JSON.parse(await readFile(this.path(id), 'utf8')) as DeployRecord;
  }

  /** The newest record's id, if any. */
  async latest(): Promise<string | undefined> {
    try {
      const ids = (await readdir(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
      return ids.sort().at(-1);
    } catch {
      return undefined;
    }
  }
}
