// Cheap re-reads of the remote between the one full pull of a deploy and its end: the workspace as one
// multidoc GET (one request, every object's text with its guid, no ids). Used for the stale check just
// before the first write and for verify; a target without the multidoc GET falls back to a full pull.
import { NotFoundError } from '../client/errors.js';
import type { XanoClient } from '../client/xano-client.js';
import { readGuid, splitMultidoc } from '@xac/xanoscript-dsl/layout';
import { analyzeXs } from '../plan/analyze.js';
import { remoteFingerprint } from '../plan/fingerprint.js';
import type { XsObject } from '../plan/types.js';
import { PULLED_KINDS, pullRemote } from './pull.js';

/** A remote object as a re-read sees it: identity, guid and canonical text, no id. */
export interface ReadObject extends XsObject {
  readonly guid: string;
}

const pulled = new Set<string>(PULLED_KINDS);

/**
 * Reading is pure, and the re-reads of one deploy see mostly the same documents (the stale check, then
 * verify), so each distinct document text is analysed once. Bounded: cleared past MEMO_LIMIT entries.
 */
const memo = new Map<string, ReadObject | null>();
const MEMO_LIMIT = 5_000;

function readOne(doc: string): ReadObject | null {
  const known = memo.get(doc);
  if (known !== undefined) return known;
  const { object } = analyzeXs(doc);
  const read = object && pulled.has(object.ref.type) ? { ...object, guid: readGuid(doc) ?? '' } : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(doc, read);
  return read;
}

/**
 * The managed objects of one multidoc GET, or undefined when the target does not serve it.
 * @example const objects = await readDocuments(client); // undefined: pull instead
 */
export async function readDocuments(client: XanoClient): Promise<ReadObject[] | undefined> {
  let text: string;
  try {
    text = await client.multidoc.get();
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
  return splitMultidoc(text).flatMap((doc) => readOne(doc) ?? []);
}

/**
 * The remote's objects now: one multidoc GET, else a full pull.
 * @example const byIdentity = new Map((await readObjects(client)).map((o) => [o.identity, o]));
 */
export async function readObjects(client: XanoClient): Promise<readonly ReadObject[]> {
  return (await readDocuments(client)) ?? (await pullRemote(client)).objects;
}

/**
 * The remote's fingerprint now, cheaply: from one multidoc GET when that matches `expected`; when it
 * does not (or the target has no multidoc GET) from a full pull, which is what `expected` was made from,
 * so a multidoc that merely renders differently never refuses a fresh plan.
 * @example if (await currentFingerprint(client, plan.remoteFingerprint) !== plan.remoteFingerprint) throw new StalePlanError(…);
 */
export async function currentFingerprint(client: XanoClient, expected: string): Promise<string> {
  const docs = await readDocuments(client);
  if (docs && remoteFingerprint(docs) === expected) return expected;
  return remoteFingerprint((await pullRemote(client)).objects);
}
