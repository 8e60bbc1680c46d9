// After the last write: re-read the remote (one multidoc GET where the target has it, else a pull) and
// compare canonical text with the plan (DESIGN: verify).
import type { XanoClient } from '../client/xano-client.js';
import { identityOf } from '../plan/analyze.js';
import { describe, type Plan } from '../plan/types.js';
import { readObjects, type ReadObject } from '../remote/read-back.js';

/** The remote does not hold what the plan pushed. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

/**
 * Re-reads the target and checks every step landed; returns the objects read.
 * @example const remote = await verifyApplied(client, plan);
 */
export async function verifyApplied(client: XanoClient, plan: Plan): Promise<ReadObject[]> {
  const objects = await readObjects(client);
  const byId = new Map(objects.map((r) => [r.identity, r]));
  const wrong: string[] = [];
  for (const s of plan.steps) {
    const r = byId.get(identityOf(s.resource));
    if (s.kind === 'delete' && r) wrong.push(`${describe(s.resource)} still exists`);
    if (s.kind !== 'delete' && !r) wrong.push(`${describe(s.resource)} is missing`);
    if ((s.kind === 'create' || s.kind === 'update') && r && r.canonicalText !== s.text) wrong.push(`${describe(s.resource)} differs from the plan`);
  }
  if (wrong.length > 0) throw new VerifyError(`verify failed after apply:\n  ${wrong.join('\n  ')}`);
  return [...objects];
}
