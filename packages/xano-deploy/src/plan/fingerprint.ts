// The fingerprint of a remote state: apply recomputes it just before the first write and refuses a plan
// made against a different remote (DESIGN Key decisions: stale plans).
import { createHash } from 'node:crypto';
import type { RemoteObject } from './types.js';

/**
 * sha256 over every remote object's identity, guid and canonical text, in identity order.
 * @example const fp = remoteFingerprint(await pullRemote(client));
 */
export function remoteFingerprint(remote: ReadonlyArray<Pick<RemoteObject, 'identity' | 'guid' | 'canonicalText'>>): string {
  const h = createHash('sha256');
  const sorted = [...remote].sort((a, b) => a.identity.localeCompare(b.identity));
  for (const o of sorted) h.update(`${o.identity}\u0000${o.guid}\u0000${o.canonicalText}\u0001`);
  return `sha256:${h.digest('hex')}`;
}
