// The emulator's whole state: plain JSON, persisted by store.ts, changed only inside a transaction.
import { randomBytes } from 'node:crypto';
import type { ObjectType } from './kinds.js';
import type { StoredKnowledge } from './knowledge.js';

export { bucketOf, displayName, isObjectType, OBJECT_TYPES, type ObjectType } from './kinds.js';

export interface StoredObject {
  readonly id: number;
  readonly guid: string;
  readonly type: ObjectType;
  name: string;
  verb?: string;
  apigroupId?: number;
  /** A trigger's parent (its table, agent, MCP server or channel), by name. */
  parent?: string;
  /** The published canonical text, without its guid (and without records or env, kept below). */
  text: string;
  /** An unpublished draft (PUT with publish=false). */
  draft?: string;
  /** A table's records: its `items = […]` attribute, pushed with `records=true` (reference §4). */
  records?: string;
  /** The workspace document's `env = {…}`, pushed with `env=true`. */
  env?: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredBranch {
  label: string;
  live: boolean;
  description: string;
  color?: string;
  readonly createdAt: string;
  objects: StoredObject[];
  /** Workspace knowledge (agents.md, docs, skills) synced by `POST /knowledge/sync`. */
  knowledge?: StoredKnowledge[];
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
