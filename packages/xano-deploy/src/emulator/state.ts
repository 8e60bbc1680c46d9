// The emulator's whole state: plain JSON, persisted by store.ts, changed only inside a transaction.
import { randomBytes } from 'node:crypto';

/** The XanoScript object kinds the emulator stores. */
export const OBJECT_TYPES = ['table', 'function', 'middleware', 'addon', 'api_group', 'query', 'task'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export interface StoredObject {
  readonly id: number;
  readonly guid: string;
  readonly type: ObjectType;
  name: string;
  verb?: string;
  apigroupId?: number;
  /** The published canonical text, without its guid. */
  text: string;
  /** An unpublished draft (PUT with publish=false). */
  draft?: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredBranch {
  label: string;
  live: boolean;
  description: string;
  readonly createdAt: string;
  objects: StoredObject[];
}

export interface StoredWorkspace {
  readonly id: number;
  name: string;
  description: string;
  allowPush: boolean;
  readonly createdAt: string;
  updatedAt: string;
  branches: StoredBranch[];
}

export interface EmulatorState {
  readonly version: 1;
  nextId: number;
  workspaces: StoredWorkspace[];
}

/** Xano's timestamp format, `2023-04-19 21:01:32+0000` (reference §2.1). */
export function timestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}+0000`;
}

export function newGuid(): string {
  return randomBytes(12).toString('base64url');
}

export function newBranch(label: string, live: boolean, objects: StoredObject[] = []): StoredBranch {
  return { label, live, description: '', createdAt: timestamp(), objects };
}

export function newWorkspace(id: number, name: string, description = ''): StoredWorkspace {
  const now = timestamp();
  return { id, name, description, allowPush: true, createdAt: now, updatedAt: now, branches: [newBranch('v1', true)] };
}

/** Workspace 1 "local" with the live branch `v1` (DESIGN Conventions: embedded default). */
export function initialState(): EmulatorState {
  return { version: 1, nextId: 2, workspaces: [newWorkspace(1, 'local')] };
}

/** Hands out the next numeric id. */
export function takeId(state: EmulatorState): number {
  const id = state.nextId;
  state.nextId += 1;
  return id;
}

/** The bucket a kind is counted under in multidoc previews (reference §2.12). */
export function bucketOf(type: string): string {
  return type.endsWith('_trigger') ? 'trigger' : type;
}

/** The name a preview shows: `"<path> <VERB>"` for queries. */
export function displayName(o: { readonly type: string; readonly name: string; readonly verb?: string }): string {
  return o.type === 'query' && o.verb ? `${o.name} ${o.verb}` : o.name;
}

export function isObjectType(t: string): t is ObjectType {
  return (OBJECT_TYPES as readonly string[]).includes(t);
}
