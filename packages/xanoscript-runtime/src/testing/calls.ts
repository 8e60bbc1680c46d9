import type { GenericStmt, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import type { ObjectRef } from '../context.js';
import { XanoRuntimeError, ValueTypeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { assign, at, attrOf, attrValue } from '../exec/bind.js';
import { invoke, type RunnableDecl } from '../exec/invoke.js';
import type { Frame } from '../scope.js';
import { isObj, toText, typeName } from '../values.js';

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
  const result = await invoke(found.decl as RunnableDecl, input, frame.state, found.path, { path: found.path, at: here });
  if (s.as) assign(s.as, result, { frame }, false);
}

/** The call keywords this file runs. */
export const CALL_KEYWORDS: readonly string[] = Object.keys(KIND);
