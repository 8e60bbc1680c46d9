// Rollback: undo a deploy's applied steps in reverse order from its record. Every undo is idempotent
// (it looks at the remote first), so a rollback can stop anywhere and be resumed.
import type { XanoClient } from '../client/xano-client.js';
import { pullRemote } from '../remote/pull.js';
import { identityOf } from '../plan/analyze.js';
import type { RemoteObject } from '../plan/types.js';
import type { DeployRecord, RecordStep, RecordStore } from './record.js';
import { createObject, deleteObject, updateObject, type IdBook } from './writes.js';

async function undo(client: XanoClient, book: IdBook, s: RecordStep, now: RemoteObject | undefined): Promise<void> {
  if (s.kind === 'create') {
    if (now) await deleteObject(client, book, s.resource, now.id);
    return;
  }
  const before = s.before;
  if (!before) return;
  if (!now) {
    await createObject(client, book, s.resource, before.text, undefined, before.guid);
    return;
  }
  const columns = new Set((now.columns ?? []).map((c) => c.name));
  for (const rn of [...(s.renames ?? [])].reverse()) {
    if (columns.has(rn.to) && !columns.has(rn.from)) await client.tables.renameColumn(now.id, rn.to, rn.from);
  }
  if (now.canonicalText !== before.text || (s.renames ?? []).length > 0) await updateObject(client, book, s.resource, now.id, now.guid, before.text);
}

/**
 * Restores what a deploy replaced and deletes what it created; resumable.
 * @example await rollbackDeploy(await store.load(id), client, store);
 */
export async function rollbackDeploy(record: DeployRecord, client: XanoClient, records: RecordStore): Promise<DeployRecord> {
  record.status = 'rolling-back';
  await records.save(record);
  try {
    const { objects } = await pullRemote(client);
    const byId = new Map(objects.map((r) => [r.identity, r]));
    const book: IdBook = { groups: new Map(objects.filter((r) => r.ref.type === 'api_group').map((g) => [g.ref.name, g.id])) };
    for (const s of [...record.steps].reverse()) {
      if (s.status === 'pending' || s.rolledBack) continue;
      await undo(client, book, s, byId.get(identityOf(s.resource)));
      s.rolledBack = true;
      await records.save(record);
    }
  } catch (err) {
    record.status = 'rollback-failed';
    record.error = `${record.error ?? ''}${record.error ? '\n' : ''}rollback: ${err instanceof Error ? err.message : String(err)}`;
    await records.save(record);
    throw err;
  }
  record.status = 'rolled-back';
  record.finishedAt = new Date().toISOString();
  await records.save(record);
  return record;
}
