// Object bookkeeping shared by the single-object routes and multidoc: lookup, identity, render, change.
import { identityOf } from '@xac/xanoscript-dsl/ast';
import { injectGuid, readDescription } from '@xac/xanoscript-dsl/layout';
import { inputError, nameInUse, notFound } from './http-error.js';
import { KINDS } from './kinds.js';
import { queryFlag } from './query-params.js';
import type { ValidDocument } from './validate.js';
import { newGuid, takeId, timestamp, type EmulatorState, type ObjectType, type StoredBranch, type StoredObject, type StoredWorkspace } from './state.js';

/** The workspace named by a path param, or 404. */
export function findWorkspace(state: EmulatorState, param: string | undefined): StoredWorkspace {
  const ws = state.workspaces.find((w) => String(w.id) === param);
  if (!ws) throw notFound();
  return ws;
}

/** The branch named by `?branch=`; empty or missing means the live branch; unknown is 404 (§6). */
export function findBranch(ws: StoredWorkspace, label: string | null | undefined): StoredBranch {
  const b = label ? ws.branches.find((x) => x.label === label) : ws.branches.find((x) => x.live);
  if (!b) throw notFound();
  return b;
}

/** The object with this id and kind (and group for endpoints), or 404. */
export function findObject(b: StoredBranch, type: ObjectType, id: string | undefined, apigroupId?: number): StoredObject {
  const o = b.objects.find((x) => String(x.id) === id && x.type === type && (apigroupId === undefined || x.apigroupId === apigroupId));
  if (!o) throw notFound();
  return o;
}

/** Identity = kind + name (+ verb and group for endpoints), DESIGN Conventions. */
export interface Identity {
  readonly type: ObjectType;
  readonly name: string;
  readonly verb?: string;
  readonly apigroupId?: number;
}

export function findByIdentity(b: StoredBranch, id: Identity, exceptId?: number): StoredObject | undefined {
  return b.objects.find(
    (o) =>
      o.id !== exceptId &&
      o.type === id.type &&
      (o.name === id.name || id.type === 'workspace') &&
      (id.type !== 'query' || (o.verb === id.verb && o.apigroupId === id.apigroupId)),
  );
}

/** Adds an object; a taken identity is 400 "name is already being used". */
export function addObject(state: EmulatorState, b: StoredBranch, doc: ValidDocument, type: ObjectType, apigroupId?: number): StoredObject {
  const identity: Identity = { type, name: doc.header.name, ...(doc.header.verb ? { verb: doc.header.verb } : {}), ...(apigroupId === undefined ? {} : { apigroupId }) };
  if (findByIdentity(b, identity)) throw nameInUse(identity.verb ? `${identity.verb} ${identity.name}` : identity.name);
  const now = timestamp();
  const parent = doc.parent === undefined ? {} : { parent: doc.parent };
  const o: StoredObject = { id: takeId(state), guid: doc.header.guid ?? newGuid(), ...identity, ...parent, text: doc.text, createdAt: now, updatedAt: now };
  b.objects.push(o);
  return o;
}

/** Replaces an object's text (or its draft); renaming onto another object's identity is refused. */
export function changeObject(b: StoredBranch, o: StoredObject, doc: ValidDocument, publish: boolean): void {
  const identity: Identity = { type: o.type, name: doc.header.name, ...(doc.header.verb ? { verb: doc.header.verb } : {}), ...(o.apigroupId === undefined ? {} : { apigroupId: o.apigroupId }) };
  if (findByIdentity(b, identity, o.id)) throw nameInUse(doc.header.name);
  o.updatedAt = timestamp();
  if (!publish) {
    o.draft = doc.text;
    return;
  }
  o.name = doc.header.name;
  if (doc.header.verb) o.verb = doc.header.verb;
  if (doc.parent !== undefined) o.parent = doc.parent;
  o.text = doc.text;
  delete o.draft;
}

/**
 * Why a trigger's parent is missing, or undefined: its table (agent, MCP server, channel) must exist
 * on the branch or be among `pushed` (identity keys of the same multidoc, ast/schema/identity.ts).
 */
export function parentProblem(b: StoredBranch, type: ObjectType, parent: string | undefined, pushed: ReadonlySet<string> = new Set()): string | undefined {
  const spec = KINDS[type].parent;
  if (!spec) return undefined;
  if (parent === undefined) return `${spec.attr} is required`;
  const exists = pushed.has(identityOf({ kind: spec.type, name: parent })) || b.objects.some((o) => o.type === spec.type && o.name === parent);
  return exists ? undefined : `${spec.attr} "${parent}" not found`;
}

/** A single-object write of a trigger whose parent does not exist is 400 naming the attribute. */
export function checkParent(b: StoredBranch, type: ObjectType, doc: ValidDocument): void {
  const problem = parentProblem(b, type, doc.parent);
  if (problem) throw inputError(problem, KINDS[type].parent?.attr);
}

function parentIdField(o: StoredObject, b: StoredBranch): Record<string, number> {
  const spec = KINDS[o.type].parent;
  if (!spec?.idField) return {};
  const p = b.objects.find((x) => x.type === spec.type && x.name === o.parent);
  return p ? { [spec.idField]: p.id } : {};
}

/** Removes an object; a group takes its endpoints with it (§2.6). */
export function removeObject(b: StoredBranch, o: StoredObject): void {
  b.objects = b.objects.filter((x) => x.id !== o.id && !(o.type === 'api_group' && x.type === 'query' && x.apigroupId === o.id));
}


export interface RenderOptions {
  readonly xanoscript: boolean;
  readonly draft: boolean;
}

/** The object as the Meta API returns it (§2.1), `xanoscript` echoing the stored text with its guid. */
export function renderObject(o: StoredObject, b: StoredBranch, r: RenderOptions): Record<string, unknown> {
  const text = r.draft && o.draft !== undefined ? o.draft : o.text;
  return {
    id: o.id,
    name: o.name,
    description: readDescription(text) ?? '',
    docs: '',
    guid: o.guid,
    branch: b.label,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    ...(o.draft === undefined ? {} : { draft_updated_at: o.updatedAt }),
    tag: [],
    ...(o.type === 'query' ? { verb: o.verb, apigroup_id: o.apigroupId } : {}),
    ...parentIdField(o, b),
    ...(r.xanoscript ? { xanoscript: { status: 'ok', value: injectGuid(text, o.guid) } } : {}),
  };
}

export const renderOptions = (q: URLSearchParams): RenderOptions => ({
  xanoscript: queryFlag(q, 'include_xanoscript'),
  draft: queryFlag(q, 'include_draft'),
});
export { queryFlag };
