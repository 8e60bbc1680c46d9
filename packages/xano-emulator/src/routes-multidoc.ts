// `GET /multidoc`, `POST /multidoc/dry-run`, `POST /multidoc` (reference/meta-api.md §2.12, §4, §6 #14–15).
// With `transaction=true` (the default) a push is all-or-nothing: every document is validated and
// matched before anything changes. With `transaction=false` the documents before the first failing
// one are kept. `env`, `records` and `truncate` say whether env, table records and emptying are part of it.
import { injectGuid, joinMultidoc, splitMultidoc } from '@xac/xanoscript-dsl/layout';
import { withParts } from './document-parts.js';
import { EmulatorHttpError, inputError } from './http-error.js';
import { bucketOf, displayName, KINDS, OBJECT_TYPES } from './kinds.js';
import { planMultidoc, previewOf, type InspectedDocument, type MultidocFlags, type MultidocPlan, type PlannedDocument } from './multidoc-plan.js';
import { addObject, changeObject, findBranch, findWorkspace, queryFlag, removeObject } from './objects.js';
import { route, type Route, type RouteContext } from './router.js';
import type { EmulatorState, StoredBranch, StoredObject, StoredWorkspace } from './state.js';

const inspectAll = (c: RouteContext): InspectedDocument[] => splitMultidoc(c.body).map((t) => c.validate.inspect(t));

/**
 * The push flags. A push deletes remote-only objects only with `delete=true&partial=false` (§4:
 * partial never deletes); a dry-run lists them whenever `delete=true`.
 */
function flagsOf(c: RouteContext, dryRun: boolean): MultidocFlags & { readonly transaction: boolean } {
  const del = queryFlag(c.query, 'delete');
  const partial = queryFlag(c.query, 'partial', true);
  return {
    deleteMissing: del && (dryRun || !partial),
    records: queryFlag(c.query, 'records'),
    env: queryFlag(c.query, 'env'),
    truncate: queryFlag(c.query, 'truncate'),
    transaction: queryFlag(c.query, 'transaction', true),
  };
}

function checkPushAllowed(w: StoredWorkspace): void {
  if (!w.allowPush) throw inputError('Push is disabled for this workspace; turn on preferences.allow_push', 'allow_push');
}

interface PullFlags {
  readonly draft: boolean;
  readonly records: boolean;
  readonly env: boolean;
}

function pulled(o: StoredObject, f: PullFlags): string {
  const text = f.draft && o.draft !== undefined ? o.draft : o.text;
  return injectGuid(withParts(text, [f.records ? o.records : undefined, f.env ? o.env : undefined]), o.guid);
}

function pull(c: RouteContext) {
  const q = c.query;
  const flags: PullFlags = { draft: queryFlag(q, 'include_draft'), records: queryFlag(q, 'records'), env: queryFlag(q, 'env') };
  const b = findBranch(findWorkspace(c.store.state, c.params.ws), q.get('branch'));
  const rank = (t: StoredObject['type']) => OBJECT_TYPES.indexOf(t);
  const ordered = [...b.objects].sort((x, y) => rank(x.type) - rank(y.type) || x.id - y.id);
  const docs = ordered.map((o) => pulled(o, flags));
  return { text: docs.length === 0 ? '' : `${joinMultidoc(docs)}\n` };
}

function dryRun(c: RouteContext) {
  const flags = flagsOf(c, true);
  const docs = inspectAll(c);
  const w = findWorkspace(c.store.state, c.params.ws);
  checkPushAllowed(w);
  const plan = planMultidoc(findBranch(w, c.query.get('branch')), docs, flags);
  return { json: previewOf(plan, w.name) };
}

function failureOf(p: PlannedDocument): EmulatorHttpError {
  const h = p.doc.header;
  const where = h ? `${h.type} "${displayName(h)}"` : 'document';
  const payload = { type: h ? bucketOf(h.type) : null, name: h ? displayName(h) : null };
  const message = `${where}: ${p.problem?.message ?? 'invalid'}`;
  if (p.problem?.syntax) return new EmulatorHttpError(400, 'ERROR_CODE_SYNTAX_ERROR', message, payload);
  return new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', message, { param: 'multidoc', ...payload });
}

/** Records and env follow the push only when their flag is on; truncate empties a table first. */
function applyParts(o: StoredObject, p: PlannedDocument, flags: MultidocFlags): void {
  if (flags.truncate && o.type === 'table') delete o.records;
  if (flags.records && o.type === 'table') {
    if (p.doc.records === undefined) delete o.records;
    else o.records = p.doc.records;
  }
  if (flags.env && o.type === 'workspace') {
    if (p.doc.env === undefined) delete o.env;
    else o.env = p.doc.env;
  }
}

function applyOne(s: EmulatorState, b: StoredBranch, p: PlannedDocument, flags: MultidocFlags): StoredObject | undefined {
  const h = p.doc.header;
  if (!h || !p.type) return undefined;
  const doc = { ...p.doc, header: h };
  const gid = h.apiGroup === undefined ? undefined : b.objects.find((g) => g.type === 'api_group' && g.name === h.apiGroup)?.id;
  const o = p.match ?? addObject(s, b, doc, p.type, p.type === 'query' ? gid : undefined);
  if (p.match && p.action !== 'unchanged') changeObject(b, p.match, doc, true);
  applyParts(o, p, flags);
  return o;
}

const guidEntry = (p: PlannedDocument, guid: string) => {
  const h = p.doc.header;
  if (!h || guid === '') return [];
  return [{ type: h.type, name: h.name, guid, ...(h.verb ? { verb: h.verb } : {}), ...(h.apiGroup ? { api_group: h.apiGroup } : {}) }];
};

/**
 * Applies a plan to the draft state, parents first (kinds.ts ranks), deletes last in reverse rank.
 * With a failing document only those before it are applied (transaction=false) and nothing is deleted.
 */
function applyPlan(s: EmulatorState, b: StoredBranch, plan: MultidocPlan, flags: MultidocFlags) {
  const rank = (p: PlannedDocument) => (p.type ? KINDS[p.type].rank : 9);
  const guids = new Map<PlannedDocument, string>();
  const failed = plan.docs.find((p) => p.problem);
  const kept = failed ? plan.docs.slice(0, plan.docs.indexOf(failed)) : plan.docs;
  for (const p of [...kept].sort((x, y) => rank(x) - rank(y))) {
    const o = applyOne(s, b, p, flags);
    if (o) guids.set(p, o.guid);
  }
  const guidMap = kept.flatMap((p) => guidEntry(p, guids.get(p) ?? ''));
  if (!failed) {
    for (const x of [...plan.deletes].sort((a, z) => KINDS[z.type].rank - KINDS[a.type].rank)) removeObject(b, x);
  }
  return { guidMap, failed };
}

async function push(c: RouteContext) {
  const flags = flagsOf(c, false);
  const docs = inspectAll(c);
  const outcome = await c.store.transaction((s) => {
    const w = findWorkspace(s, c.params.ws);
    checkPushAllowed(w);
    const b = findBranch(w, c.query.get('branch'));
    const plan = planMultidoc(b, docs, flags);
    const failed = plan.docs.find((p) => p.problem);
    if (failed && flags.transaction) throw failureOf(failed);
    return applyPlan(s, b, plan, flags);
  });
  if (outcome.failed) throw failureOf(outcome.failed);
  return { json: { guid_map: outcome.guidMap } };
}

export const MULTIDOC_ROUTES: readonly Route[] = [
  route('GET', '/workspace/:ws/multidoc', pull),
  route('POST', '/workspace/:ws/multidoc/dry-run', dryRun, false),
  route('POST', '/workspace/:ws/multidoc', push),
];
