// The deploy record `.xac/deploys/<id>.json` (gitignored; CI keeps it as an artifact): what a deploy
// replaced (old text and guid), and how far it and its rollback got. Crash-safe: it exists, fsync'd,
// before the first write request; every step is marked `in-flight` before its request and resolved
// after, so a kill at any instant leaves a record that `xac rollback` can finish from.
//
// Layout: a snapshot `<id>.json` (written atomically) plus an append-only journal `<id>.journal` of
// small fsync'd lines `{seq, steps, status|rolledBack}`. Loading replays the journal lines newer than
// the snapshot; a torn last line (a kill mid-append) is ignored, which is safe because every line is
// written before the request it announces.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanTarget, ResourceRef, StepKind } from '../plan/types.js';
import { writeFileAtomic } from '@xac/xanoscript-dsl/layout';
import { replayJournal, type JournalEntry } from './journal.js';

export type DeployStatus = 'applying' | 'applied' | 'failed' | 'interrupted' | 'rolling-back' | 'rolled-back' | 'rollback-failed';

/**
 * `pending`: not started. `in-flight`: its request may have reached the target (the outcome is read
 * from the remote later). `done`: landed. `not-applied`: it failed and the remote shows it did not land.
 */
export type StepStatus = 'pending' | 'in-flight' | 'done' | 'not-applied';

export interface RecordStep {
  readonly kind: Exclude<StepKind, 'noop'>;
  readonly resource: ResourceRef;
  readonly file?: string;
  /** The text pushed (create, update). */
  readonly text?: string;
  /** The remote object before the deploy (update, delete). */
  readonly before?: { readonly id: number; readonly guid: string; readonly text: string };
  readonly renames?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  status: StepStatus;
  /** Set once a rollback has dealt with the step (undone, or found nothing to undo). */
  rolledBack?: boolean;
}

export interface DeployRecord {
  readonly version: 2;
  readonly id: string;
  readonly createdAt: string;
  readonly target: PlanTarget;
  readonly remoteFingerprint: string;
  readonly mode: 'objects' | 'transaction';
  status: DeployStatus;
  error?: string;
  readonly steps: RecordStep[];
  finishedAt?: string;
  rolledBackAt?: string;
  /** The last journal entry this snapshot includes. */
  seq: number;
}

/** A new deploy id: sortable time (to the millisecond) plus a random suffix. */
export function newDeployId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Version-1 records marked a step `failed` just before its request: that is today's `in-flight`. */
function upgrade(raw: Record<string, unknown>): DeployRecord {
  if (raw.version === 2) return raw as unknown as DeployRecord;
  const steps = (raw.steps as Array<Record<string, unknown>>).map((s) => ({ ...s, status: s.status === 'failed' ? 'in-flight' : s.status }));
  return { ...(raw as object), version: 2, steps, seq: 0 } as unknown as DeployRecord;
}

/** A deploy record that cannot be read (not JSON, or not a record). */
export class RecordReadError extends Error {
  override readonly name = 'RecordReadError';
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

  private journal(id: string): string {
    return join(this.dir, `${id}.journal`);
  }

  /** Writes the whole record atomically (fsync'd); the journal it supersedes is dropped. */
  async save(record: DeployRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.path(record.id), `${JSON.stringify(record, null, 2)}\n`, 0o644);
    await rm(this.journal(record.id), { force: true });
  }

  /** Changes some steps and appends that change to the journal, fsync'd, before returning. */
  async mark(record: DeployRecord, steps: readonly number[], change: Pick<JournalEntry, 'status' | 'rolledBack'>): Promise<void> {
    if (steps.length === 0) return;
    const entry: JournalEntry = { seq: record.seq + 1, steps, ...change };
    replayJournal(record, [entry]);
    const fh = await open(this.journal(record.id), 'a', 0o644);
    try {
      await fh.write(`${JSON.stringify(entry)}\n`);
      await fh.datasync();
    } finally {
      await fh.close();
    }
  }

  async load(id: string): Promise<DeployRecord> {
    const file = this.path(id);
    let record: DeployRecord;
    try {
      record = upgrade(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
      throw new RecordReadError(`${file}: not a readable deploy record (${err instanceof Error ? err.message : String(err)})`);
    }
    const lines = await readFile(this.journal(id), 'utf8').catch(() => '');
    replayJournal(record, parseLines(lines));
    return record;
  }

  async has(id: string): Promise<boolean> {
    return this.load(id).then(
      () => true,
      () => false,
    );
  }

  /** Every readable record, oldest first (by creation time, then id). */
  async list(): Promise<DeployRecord[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const ids = files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    const out: DeployRecord[] = [];
    for (const id of ids) out.push(...(await this.load(id).then((r) => [r], () => [])));
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** The newest record's id, if any (any target). */
  async latest(): Promise<string | undefined> {
    return (await this.list()).at(-1)?.id;
  }
}

function parseLines(text: string): JournalEntry[] {
  return text.split('\n').flatMap((line) => {
    try {
      return line.trim() === '' ? [] : [JSON.parse(line) as JournalEntry];
    } catch {
      return [];
    }
  });
}
