// The plan's data model (STYLE habit 6): versioned JSON, made by the pure planner, applied by apply/.
import { describeRef, type ObjectKeyword } from '@xac/xanoscript-dsl/ast';

/**
 * Object kinds deploy manages, in apply order (DESIGN Conventions: managed set, apply order): kinds of
 * the identity module (ast/schema/identity.ts), every trigger kind among them (plan.test checks it).
 */
export const RESOURCE_KINDS = [
  'table', 'addon', 'function', 'middleware', 'api_group', 'query', 'task',
  'table_trigger', 'workspace_trigger', 'agent_trigger', 'mcp_server_trigger', 'realtime_trigger',
] as const satisfies readonly ObjectKeyword[];
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Which object a step acts on: identity = kind + name (+ verb + api_group for endpoints). */
export interface ResourceRef {
  readonly type: ResourceKind;
  readonly name: string;
  readonly verb?: string;
  readonly apiGroup?: string;
}

/** A table column, as far as hazards care. */
export interface Column {
  readonly name: string;
  /** `int`, `text?`, `int[]`…: the type with its nullability and array spec. */
  readonly type: string;
  /** Enum values, for `enum` columns. */
  readonly values?: readonly string[];
}

/** Names an object refers to (function.run targets, db.* tables, a query's api_group). */
export interface References {
  readonly functions: readonly Reference[];
  readonly tables: readonly Reference[];
  readonly apiGroups: readonly Reference[];
}
export interface Reference {
  readonly name: string;
  /** 1-based position in the object's text. */
  readonly line: number;
  readonly column: number;
}

/** One XanoScript object read and canonicalised (guid stripped; parse+print when it parses). */
export interface XsObject {
  /** `kind:name[:VERB:group]`. */
  readonly identity: string;
  readonly ref: ResourceRef;
  /** Canonical text, no guid: the form every comparison uses. */
  readonly canonicalText: string;
  readonly references: References;
  readonly columns?: readonly Column[];
}

/** An object of the repo (the managed set). */
export interface DesiredObject extends XsObject {
  /** Path relative to the project root, e.g. `apps/functions/xs/table/user.xs`. */
  readonly file: string;
  /** Declared column renames of a table, old name → new name (DSL `renames`, via the build's sourcemap). */
  readonly renames?: Readonly<Record<string, string>>;
}

/** An object of the target, as pulled. */
export interface RemoteObject extends XsObject {
  readonly id: number;
  readonly guid: string;
  /** Endpoints only: the group they live in. */
  readonly apigroupId?: number;
}

export const HAZARD_KINDS = ['delete', 'column-drop', 'column-type', 'enum-remove', 'rename'] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

/** A step that can lose data or break readers; applying it needs `--allow <kind>`. */
export interface Hazard {
  readonly kind: HazardKind;
  readonly resource: ResourceRef;
  readonly message: string;
  readonly column?: string;
  /** A drop paired with an add of the same type: probably a rename that was not declared. */
  readonly suspectedRename?: { readonly from: string; readonly to: string };
}

export type StepKind = 'create' | 'update' | 'delete' | 'noop';

export interface PlanStep {
  readonly kind: StepKind;
  readonly resource: ResourceRef;
  /** The repo file the object comes from (create, update, noop). */
  readonly file?: string;
  /** The exact canonical text apply pushes (create, update): an apply is pinned to the plan. */
  readonly text?: string;
  /** Unified diff remote → desired (update, delete). */
  readonly diff?: string;
  /** Declared column renames applied before the update. */
  readonly renames?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** The remote object this step replaces or deletes. */
  readonly remote?: { readonly id: number; readonly guid: string };
}

/** Where a plan was made: never holds the token. */
export interface PlanTarget {
  readonly name: string;
  /** The instance origin, or `emulator` for the embedded default. */
  readonly instance: string;
  readonly workspaceId: number;
  readonly branch: string;
}

/** A deploy plan (version 1). */
export interface Plan {
  readonly version: 1;
  readonly target: PlanTarget;
  /** sha256 of the remote state the plan was made against; apply refuses a plan whose remote moved. */
  readonly remoteFingerprint: string;
  /** Dependency order: creates and updates first (tables → … → triggers), deletes last in reverse. */
  readonly steps: readonly PlanStep[];
  /** Remote objects not in the repo, left alone unless `--prune`. */
  readonly remoteOnly: readonly ResourceRef[];
  readonly hazards: readonly Hazard[];
}

/** Counts per step kind. */
export function summarize(plan: Pick<Plan, 'steps'>): Record<StepKind, number> {
  const out: Record<StepKind, number> = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const s of plan.steps) out[s.kind] += 1;
  return out;
}

/** True when applying the plan would change the remote. */
export function hasChanges(plan: Pick<Plan, 'steps'>): boolean {
  return plan.steps.some((s) => s.kind !== 'noop');
}

/** `query "users" GET (Admin)` etc., for messages. */
export function describe(r: ResourceRef): string {
  return describeRef({ kind: r.type, name: r.name, ...(r.verb === undefined ? {} : { verb: r.verb }), ...(r.apiGroup === undefined ? {} : { apiGroup: r.apiGroup }) });
}
