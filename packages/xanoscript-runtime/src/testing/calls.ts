import type { GenericStmt, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import type { ObjectRef } from '../context.js';
import { XanoRuntimeError, ValueTypeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { assign, at, attrOf, attrValue } from '../exec/bind.js';
import { invoke, type RunnableDecl } from '../exec/invoke.js';
import type { Frame } from '../scope.js';
import type { RequestInfo } from '../eval/system-vars.js';
import { fromJson, isObj, toText, typeName, type Value } from '../values.js';

// workflow-tests.md "Call Functions": `function.call`, `api.call`, `task.call`, `middleware.call`,
// `trigger.call`, `tool.call` and `addon.call` run an object of the workspace on an input and bind
// its result. An error of the callee is raised at the call, where `expect.to_throw` can catch it.

/** A call statement naming an object the workspace does not have. */
export class CalledObjectNotFoundError extends XanoRuntimeError {
  constructor(readonly statement: string, readonly ref: ObjectRef, at: string) {
    const what = ref.kind === 'QueryDecl' ? `endpoint ${ref.verb ?? ''} ${ref.name}${ref.apiGroup ? ` in api group ${ref.apiGroup}` : ''}` : `${ref.kind.replace(/Decl$/, '').toLowerCase()} ${ref.name}`;
    super(`${statement}: no ${what.replace(/\s+/g, ' ')} in the workspace`, { status: 404, at });
    this.name = 'CalledObjectNotFoundError';
  }
}

const KIND: Readonly<Record<string, ObjectDecl['kind']>> = {
  'function.call': 'FunctionDecl', 'api.call': 'QueryDecl', 'task.call': 'TaskDecl', 'middleware.call': 'MiddlewareDecl',
  'trigger.call': 'TableTriggerDecl', 'tool.call': 'ToolDecl', 'addon.call': 'AddonDecl',
};

function refOf(s: GenericStmt, frame: Frame): ObjectRef {
  const kind = KIND[s.name] as ObjectDecl['kind'];
  const name = toText(s.target ? evaluate(s.target, { frame }) : null);
  if (kind !== 'QueryDecl') return { kind, name };
  const group = attrOf(s, 'api_group') ? toText(attrValue(s, 'api_group', frame)) : undefined;
  return { kind, name, ...(s.verb === undefined ? {} : { verb: s.verb }), ...(group === undefined ? {} : { apiGroup: group }) };
}

/**
 * `headers = ["Name: value"]` (or that array as JSON text, workflow-tests.md "api.call") as an object.
 * @example headersOf('["X-Secret: s3"]') // { 'X-Secret': 's3' }
 */
export function headersOf(v: Value): Record<string, string> {
  let list: Value = v;
  if (typeof v === 'string') {
    try {
      list = fromJson(JSON.parse(v));
    } catch {
      list = [v];
    }
  }
  if (isObj(list)) return Object.fromEntries(Object.entries(list).map(([k, x]) => [k, toText(x)]));
  const out: Record<string, string> = {};
  for (const h of Array.isArray(list) ? list : []) {
    const m = /^([^:]+):\s*(.*)$/.exec(toText(h));
    if (m) out[m[1]!.trim()] = m[2]!;
  }
  return out;
}

/** The request an `api.call` makes, for the system variables of the endpoint it runs. */
function requestOf(s: GenericStmt, ref: ObjectRef, frame: Frame): RequestInfo {
  const headers = attrOf(s, 'headers') ? headersOf(attrValue(s, 'headers', frame)) : {};
  const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  const token = auth?.replace(/^Bearer\s+/i, '');
  return { method: (ref.verb ?? 'GET').toUpperCase(), uri: `/${ref.name.replace(/^\/+/, '')}`, headers, ...(token ? { authToken: token } : {}) };
}

/**
 * Run one call statement of a workflow test.
 * @example await callStmt(stmt, frame) // `function.call "add" { input = {a: 1, b: 2} } as $sum`
 */
export async function callStmt(s: GenericStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  const ref = refOf(s, frame);
  const found = frame.state.ctx.objects?.(ref);
  if (!found) throw new CalledObjectNotFoundError(s.name, ref, here);
  const input = attrOf(s, 'input') ? attrValue(s, 'input', frame) : {};
  if (!isObj(input)) throw new ValueTypeError(`${s.name} input must be an object, got ${typeName(input)}`, here);
  const { state } = frame;
  const outer = state.request;
  if (ref.kind === 'QueryDecl') state.request = requestOf(s, ref, frame);
  try {
    const result = await invoke(found.decl as RunnableDecl, input, state, found.path, { path: found.path, at: here });
    if (s.as) assign(s.as, result, { frame }, false);
  } finally {
    state.request = outer;
  }
}

/** The call keywords this file runs. */
export const CALL_KEYWORDS: readonly string[] = Object.keys(KIND);
