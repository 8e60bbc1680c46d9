// `GET /workspace/{ws}/knowledge/sync?branch=` and `POST …/knowledge/sync {branch, delete, dry_run,
// force, items}` (the official CLI's `workspace pull` / `workspace push` knowledge step).
import { inputError } from './http-error.js';
import { jsonObjectBody } from './json-body.js';
import { applyKnowledge, knowledgeItemOf, knowledgePreview, planKnowledge } from './knowledge.js';
import { findBranch, findWorkspace } from './objects.js';
import { queryFlag } from './query-params.js';
import { route, type Route, type RouteContext } from './router.js';

function list(c: RouteContext) {
  const b = findBranch(findWorkspace(c.store.state, c.params.ws), c.query.get('branch'));
  return { json: b.knowledge ?? [] };
}

const bool = (v: unknown, param: string): boolean => {
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw inputError(`${param} must be true or false`, param);
  return v;
};

async function sync(c: RouteContext) {
  const body = jsonObjectBody(c.body);
  if (!Array.isArray(body.items)) throw inputError('items must be a list', 'items');
  const items = body.items.map(knowledgeItemOf);
  const withDelete = bool(body.delete, 'delete');
  const dryRun = bool(body.dry_run, 'dry_run') || queryFlag(c.query, 'dry_run');
  bool(body.force, 'force');
  if (body.branch !== undefined && typeof body.branch !== 'string') throw inputError('branch must be text', 'branch');
  const label = (body.branch as string | undefined) || c.query.get('branch');
  if (dryRun) {
    const b = findBranch(findWorkspace(c.store.state, c.params.ws), label);
    return { json: knowledgePreview(planKnowledge(b.knowledge ?? [], items, withDelete)) };
  }
  const out = await c.store.transaction((s) => {
    const b = findBranch(findWorkspace(s, c.params.ws), label);
    const applied = applyKnowledge(b.knowledge ?? [], planKnowledge(b.knowledge ?? [], items, withDelete));
    b.knowledge = applied.next;
    return applied;
  });
  return { json: { imported: out.imported, deleted: out.deleted, guid_map: out.guidMap } };
}

export const KNOWLEDGE_ROUTES: readonly Route[] = [route('GET', '/workspace/:ws/knowledge/sync', list), route('POST', '/workspace/:ws/knowledge/sync', sync)];
