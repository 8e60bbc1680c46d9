// Matching a multidoc against a branch: identity by guid first, then kind + name (+ verb + group)
// (reference/meta-api.md §4, §6 implementation notes). Pure: the push applies the plan it returns.
import { identityKey, type DocumentHeader } from '@xac/xanoscript-dsl/layout';
import { bucketOf, displayName, isObjectType, type ObjectType } from './kinds.js';
import { findByIdentity, parentProblem } from './objects.js';
import type { StoredBranch, StoredObject } from './state.js';
import type { DocumentProblem, InspectResult } from './validate.js';

/** A document after `validator.inspect`. */
export type InspectedDocument = InspectResult;

/** The multidoc query flags that change what a push does (reference §4). */
export interface MultidocFlags {
  /** Delete remote objects the push does not name (workspace settings are never deleted). */
  readonly deleteMissing: boolean;
  /** Table records (`items`) are part of the push. */
  readonly records?: boolean;
  /** The workspace document's `env` is part of the push. */
  readonly env?: boolean;
  /** Pushed tables are emptied before the import. */
  readonly truncate?: boolean;
}

export interface PlannedDocument {
  readonly doc: InspectedDocument;
  readonly type: ObjectType | undefined;
  readonly action: 'create' | 'update' | 'unchanged';
  readonly match?: StoredObject;
  readonly problem?: DocumentProblem;
}

export interface MultidocPlan {
  readonly docs: readonly PlannedDocument[];
  readonly deletes: readonly StoredObject[];
  /** Tables emptied before the import (`truncate=true`), by name. */
  readonly truncates: readonly string[];
}

const problem = (message: string): DocumentProblem => ({ message, syntax: false });

function matchOf(b: StoredBranch, h: DocumentHeader, type: ObjectType, groups: ReadonlyMap<string, number>): StoredObject | undefined {
  const byGuid = h.guid === undefined ? undefined : b.objects.find((o) => o.guid === h.guid);
  if (byGuid) return byGuid;
  const apigroupId = h.apiGroup === undefined ? undefined : groups.get(h.apiGroup);
  if (type === 'query' && apigroupId === undefined) return undefined;
  return findByIdentity(b, { type, name: h.name, ...(h.verb ? { verb: h.verb } : {}), ...(apigroupId === undefined ? {} : { apigroupId }) });
}

interface PlanContext {
  readonly b: StoredBranch;
  readonly groups: ReadonlyMap<string, number>;
  /** `type:name` of every document in the push. */
  readonly pushed: ReadonlySet<string>;
  readonly flags: MultidocFlags;
}

function isUnchanged(match: StoredObject, d: InspectedDocument, f: MultidocFlags): boolean {
  if (match.text !== d.text || match.draft !== undefined) return false;
  if (f.records && (match.records ?? '') !== (d.records ?? '')) return false;
  return !(f.env && (match.env ?? '') !== (d.env ?? ''));
}

function planOne(ctx: PlanContext, d: InspectedDocument): PlannedDocument {
  const h = d.header;
  const type = h && isObjectType(h.type) ? h.type : undefined;
  if (d.problem || !h) return { doc: d, type, action: 'create', ...(d.problem ? { problem: d.problem } : {}) };
  if (!type) return { doc: d, type, action: 'create', problem: problem(`unsupported document type ${h.type}`) };
  if (type === 'query' && (h.apiGroup === undefined || (!ctx.groups.has(h.apiGroup) && !ctx.pushed.has(`api_group:${h.apiGroup}`)))) {
    return { doc: d, type, action: 'create', problem: problem(`api_group "${h.apiGroup ?? ''}" not found`) };
  }
  const orphan = parentProblem(ctx.b, type, d.parent, ctx.pushed);
  if (orphan) return { doc: d, type, action: 'create', problem: problem(orphan) };
  const match = matchOf(ctx.b, h, type, ctx.groups);
  if (match && match.type !== type) return { doc: d, type, action: 'update', problem: problem(`guid ${h.guid ?? ''} belongs to a ${match.type}`) };
  if (!match) return { doc: d, type, action: 'create' };
  return { doc: d, type, action: isUnchanged(match, d, ctx.flags) ? 'unchanged' : 'update', match };
}

function flagDuplicates(planned: PlannedDocument[]): PlannedDocument[] {
  const seen = new Set<string>();
  return planned.map((p) => {
    const h = p.doc.header;
    if (!h || p.problem) return p;
    const keys = [identityKey(h), ...(h.guid ? [`guid:${h.guid}`] : [])];
    const dup = keys.find((k) => seen.has(k));
    keys.forEach((k) => seen.add(k));
    if (!dup) return p;
    const message = dup.startsWith('guid:') ? `Duplicate ${h.type} guid: ${h.guid ?? ''}` : `Duplicate ${h.type} ${displayName(h)}`;
    return { ...p, problem: problem(message) };
  });
}

/**
 * Plans a multidoc against a branch; with `deleteMissing`, objects the push does not name are deleted.
 * @example const plan = planMultidoc(branch, docs.map(validator.inspect), {deleteMissing: false});
 */
export function planMultidoc(b: StoredBranch, docs: readonly InspectedDocument[], flags: MultidocFlags): MultidocPlan {
  const groups = new Map(b.objects.filter((x) => x.type === 'api_group').map((g) => [g.name, g.id] as const));
  const pushed = new Set(docs.flatMap((d) => (d.header ? [identityKey(d.header)] : [])));
  const planned = flagDuplicates(docs.map((d) => planOne({ b, groups, pushed, flags }, d)));
  const kept = new Set(planned.flatMap((p) => (p.match ? [p.match.id] : [])));
  const deletes = flags.deleteMissing ? b.objects.filter((x) => !kept.has(x.id) && x.type !== 'workspace') : [];
  const truncates = flags.truncate ? planned.flatMap((p) => (p.type === 'table' && p.match?.records ? [p.match.name] : [])) : [];
  return { docs: planned, deletes, truncates };
}

/** `exception: <message> (line L, col C)` for a blocking problem (reference §2.12). */
export function detailsOf(p: PlannedDocument): string {
  if (!p.problem) return '';
  const at = p.problem.line === undefined ? '' : ` (line ${p.problem.line}, col ${p.problem.column ?? 1})`;
  return `exception: ${p.problem.message}${at}`;
}

type Counts = { created: number; updated: number; deleted: number; truncated: number; unchanged: number };
const COUNTER: Record<string, keyof Counts> = { create: 'created', update: 'updated', delete: 'deleted', unchanged: 'unchanged', truncate: 'truncated' };

/** The dry-run answer `{summary, operations}`. */
export function previewOf(plan: MultidocPlan, workspaceName: string) {
  const operations = [
    ...plan.docs.map((p) => ({
      action: p.action,
      type: bucketOf(p.doc.header?.type ?? 'unknown'),
      name: p.doc.header ? displayName(p.doc.header) : '(unreadable document)',
      details: detailsOf(p),
    })),
    ...plan.deletes.map((x) => ({ action: 'delete', type: bucketOf(x.type), name: displayName(x), details: '' })),
    ...plan.truncates.map((name) => ({ action: 'truncate', type: 'table', name, details: '' })),
  ];
  // A Map, not an object literal: a document typed `__proto__` must not reach Object.prototype.
  const summary = new Map<string, Counts>();
  for (const op of operations) {
    const counts = summary.get(op.type) ?? { created: 0, updated: 0, deleted: 0, truncated: 0, unchanged: 0 };
    summary.set(op.type, counts);
    const key = COUNTER[op.action];
    if (key) counts[key] += 1;
  }
  return { workspace_name: workspaceName, summary: Object.fromEntries(summary), operations };
}
