// Workspace knowledge (agents.md, docs, skills) as the official CLI syncs it: `GET/POST
// /workspace/{ws}/knowledge/sync` (xano-inc/cli src/utils/knowledge-sync.ts). Items are matched by
// guid, then name; a push with `delete` removes the branch's items it does not name.
import { inputError } from './http-error.js';
import { checkName, nameProblem } from './names.js';
import { newGuid } from './state.js';

export const KNOWLEDGE_TYPES = ['agents.md', 'doc', 'skill'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export interface StoredKnowledge {
  readonly guid: string;
  name: string;
  knowledge_type: KnowledgeType;
  content: string;
  description?: string;
  enabled?: boolean;
  mode?: string;
  scope?: string;
  files?: Array<{ name: string; content: string }>;
}

export type KnowledgeItem = Omit<StoredKnowledge, 'guid'> & { readonly guid?: string };

const optionalText = (v: unknown, param: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw inputError(`${param} must be text`, param);
  return v;
};

function fileOf(f: unknown, i: number): { name: string; content: string } {
  const o = (f ?? {}) as { name?: unknown; content?: unknown };
  const name = checkName(o.name, `items[${i}].files.name`);
  if (name.split('/').some((s) => s === '..' || s === '.' || s === '')) throw inputError(`items[${i}].files.name must be a relative path`, 'files');
  if (typeof o.content !== 'string') throw inputError(`items[${i}].files.content must be text`, 'files');
  return { name, content: o.content };
}

/** One pushed item, checked: a valid name, a known `knowledge_type`, text content. */
export function knowledgeItemOf(v: unknown, i: number): KnowledgeItem {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw inputError(`items[${i}] must be an object`, 'items');
  const o = v as Record<string, unknown>;
  const name = checkName(o.name, `items[${i}].name`);
  const type = KNOWLEDGE_TYPES.find((t) => t === o.knowledge_type);
  if (!type) throw inputError(`items[${i}].knowledge_type must be one of ${KNOWLEDGE_TYPES.join(', ')}`, 'knowledge_type');
  if (typeof o.content !== 'string') throw inputError(`items[${i}].content must be text`, 'content');
  if (o.enabled !== undefined && typeof o.enabled !== 'boolean') throw inputError(`items[${i}].enabled must be true or false`, 'enabled');
  if (o.files !== undefined && !Array.isArray(o.files)) throw inputError(`items[${i}].files must be a list`, 'files');
  const guid = optionalText(o.guid, 'guid');
  if (guid !== undefined && nameProblem(guid)) throw inputError(`items[${i}].guid is not a guid`, 'guid');
  const description = optionalText(o.description, 'description');
  const mode = optionalText(o.mode, 'mode');
  const scope = optionalText(o.scope, 'scope');
  const files = (o.files as unknown[] | undefined)?.map(fileOf);
  return {
    name, knowledge_type: type, content: o.content,
    ...(guid ? { guid } : {}), ...(description === undefined ? {} : { description }), ...(typeof o.enabled === 'boolean' ? { enabled: o.enabled } : {}),
    ...(mode === undefined ? {} : { mode }), ...(scope === undefined ? {} : { scope }), ...(files ? { files } : {}),
  };
}

const comparable = (k: KnowledgeItem) =>
  JSON.stringify([k.content, k.description ?? '', k.enabled ?? null, k.mode ?? '', k.scope ?? '', [...(k.files ?? [])].sort((a, b) => a.name.localeCompare(b.name))]);

export interface KnowledgeSyncPlan {
  readonly ops: ReadonlyArray<{ readonly action: 'create' | 'update' | 'unchanged'; readonly item: KnowledgeItem; readonly match?: StoredKnowledge }>;
  readonly deletes: readonly StoredKnowledge[];
}

/** Matches pushed items to stored ones (guid, then name). */
export function planKnowledge(stored: readonly StoredKnowledge[], items: readonly KnowledgeItem[], withDelete: boolean): KnowledgeSyncPlan {
  const ops = items.map((item) => {
    const match = (item.guid ? stored.find((s) => s.guid === item.guid) : undefined) ?? stored.find((s) => s.name === item.name);
    if (!match) return { action: 'create' as const, item };
    return { action: comparable(match) === comparable(item) ? ('unchanged' as const) : ('update' as const), item, match };
  });
  const kept = new Set(ops.flatMap((o) => (o.match ? [o.match] : [])));
  return { ops, deletes: withDelete ? stored.filter((s) => !kept.has(s)) : [] };
}

/** The dry-run answer: `{operations, summary}` keyed by knowledge type. */
export function knowledgePreview(plan: KnowledgeSyncPlan) {
  const summary = new Map<string, { created: number; updated: number; deleted: number; unchanged: number }>();
  const count = (type: string, key: 'created' | 'updated' | 'deleted' | 'unchanged') => {
    const c = summary.get(type) ?? { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    summary.set(type, c);
    c[key] += 1;
  };
  const operations: Array<{ action: string; name: string; type: string }> = [];
  for (const o of plan.ops) {
    count(o.item.knowledge_type, o.action === 'create' ? 'created' : o.action === 'update' ? 'updated' : 'unchanged');
    if (o.action !== 'unchanged') operations.push({ action: o.action, name: o.item.name, type: o.item.knowledge_type });
  }
  for (const d of plan.deletes) {
    count(d.knowledge_type, 'deleted');
    operations.push({ action: 'delete', name: d.name, type: d.knowledge_type });
  }
  return { operations, summary: Object.fromEntries(summary) };
}

/** Applies a plan to a branch's knowledge list; returns the new list and the guid map. */
export function applyKnowledge(stored: readonly StoredKnowledge[], plan: KnowledgeSyncPlan) {
  const doomed = new Set(plan.deletes);
  const next = stored.filter((s) => !doomed.has(s));
  const guidMap: Array<{ guid: string; name: string }> = [];
  for (const o of plan.ops) {
    const { guid: _sent, ...fields } = o.item;
    const target = o.match ? next.find((s) => s === o.match) : undefined;
    if (target) Object.assign(target, fields);
    const saved = target ?? { ...fields, guid: o.item.guid ?? newGuid() };
    if (!target) next.push(saved);
    guidMap.push({ guid: saved.guid, name: saved.name });
  }
  return { next, guidMap, imported: plan.ops.filter((o) => o.action !== 'unchanged').length, deleted: plan.deletes.length };
}
