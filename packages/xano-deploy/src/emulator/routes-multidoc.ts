// `GET /multidoc`, `POST /multidoc/dry-run`, `POST /multidoc` (reference/meta-api.md §2.12, §6 #14–15).
// The push is all-or-nothing: every document is validated and matched before anything changes.
import { injectGuid, joinMultidoc, splitMultidoc } from '../client/xs-document.js';
import { EmulatorHttpError, inputError } from './http-error.js';
import { addObject, changeObject, findBranch, findWorkspace, queryFlag, removeObject } from './objects.js';
import { planMultidoc, previewOf, type InspectedDocument, type MultidocPlan, type PlannedDocument } from './multidoc-plan.js';
import { route, type Route, type RouteContext } from './router.js';
import { bucketOf, displayName, OBJECT_TYPES, type EmulatorState, type StoredBranch } from './state.js';

const inspectAll = (c: RouteContext): InspectedDocument[] => splitMultidoc(c.body).map((t) => c.validate.inspect(t));

/**
 * A push deletes remote-only objects only with `delete=true&partial=false` (§4: partial never deletes);
 * a dry-run lists them whenever `delete=true`, so the preview can show what exists only remotely.
 */
const deleteMissing = (c: RouteContext, dryRun: boolean): boolean =>
  queryFlag(c.query, 'delete') && (dryRun || !queryFlag(c.query, 'partial', true));

function pull(c: RouteContext) {
  const b = findBranch(findWorkspace(c.store.state, c.params.ws), c.query.get('branch'));
  const draft = queryFlag(c.query, 'include_draft');
  const rank = (t: string) => OBJECT_TYPES.indexOf(t as (typeof OBJECT_TYPES)[number]);
  const ordered = [...b.objects].sort((x, y) => rank(x.type) - rank(y.type) || x.id - y.id);
  const docs = ordered.map((o) => injectGuid(draft && o.draft !== undefined ? o.draft : o.text, o.guid));
  return { text: docs.length === 0 ? '' : `${joinMultidoc(docs)}\n` };
}

function dryRun(c: RouteContext) {
  const docs = inspectAll(c);
  const w = findWorkspace(c.store.state, c.params.ws);
  const plan = planMultidoc(findBranch(w, c.query.get('branch')), docs, { deleteMissing: deleteMissing(c, true) });
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

/** Applies a checked plan to the draft state: groups first, then the rest, deletes last. */
function applyPlan(s: EmulatorState, b: StoredBranch, plan: MultidocPlan) {
  const first = (p: PlannedDocument) => (p.type === 'api_group' ? 0 : p.type === 'query' ? 2 : 1);
  const guids = new Map<PlannedDocument, string>();
  for (const p of [...plan.docs].sort((x, y) => first(x) - first(y))) {
    const h = p.doc.header;
    if (!h || !p.type) continue;
    const doc = { header: h, text: p.doc.text };
    const gid = h.apiGroup === undefined ? undefined : b.objects.find((g) => g.type === 'api_group' && g.name === h.apiGroup)?.id;
    const o = p.match ?? addObject(s, b, doc, p.type, p.type === 'query' ? gid : undefined);
    if (p.match && p.action !== 'unchanged') changeObject(b, p.match, doc, true);
    guids.set(p, o.guid);
  }
  const doomed = [...plan.deletes].sort((x, y) => (x.type === 'query' ? 0 : 1) - (y.type === 'query' ? 0 : 1));
  for (const x of doomed) removeObject(b, x);
  return plan.docs.flatMap((p) => {
    const h = p.doc.header;
    const guid = guids.get(p);
    if (!h || guid === undefined) return [];
    return [{ type: h.type, name: h.name, guid, ...(h.verb ? { verb: h.verb } : {}), ...(h.apiGroup ? { api_group: h.apiGroup } : {}) }];
  });
}

async function push(c: RouteContext) {
  const docs = inspectAll(c);
  const guidMap = await c.store.transaction((s) => {
    const w = findWorkspace(s, c.params.ws);
    if (!w.allowPush) throw inputError('Push is disabled for this workspace; turn on preferences.allow_push', 'allow_push');
    const b = findBranch(w, c.query.get('branch'));
    const plan = planMultidoc(b, docs, { deleteMissing: deleteMissing(c, false) });
    const failed = plan.docs.find((p) => p.problem);
    if (failed) throw failureOf(failed);
    return applyPlan(s, b, plan);
  });
  return { json: { guid_map: guidMap } };
}

export const MULTIDOC_ROUTES: readonly Route[] = [
  route('GET', '/workspace/:ws/multidoc', pull),
  route('POST', '/workspace/:ws/multidoc/dry-run', dryRun, false),
  route('POST', '/workspace/:ws/multidoc', push),
];
