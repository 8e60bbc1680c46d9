import type { FunctionRunStmt } from '@xac/xanoscript-dsl/ast';
import { FunctionNotFoundError, UnsupportedStatementError, ValueTypeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { isObj, toText, truthy, typeName } from '../values.js';
import { assign, at, attrOf, attrValue } from './bind.js';
import { invoke } from './invoke.js';

/**
 * `function.run "name" { input = {…} } as $r` (essentials.md "Function Call"): the callee's inputs
 * are validated against its declared types, filters and defaults, with errors at the call site.
 * With `async = true` (working.md "Async (fire and forget)") the call goes to the context's
 * background runner and returns at once; without a runner it is not supported.
 */
export async function functionRun(s: FunctionRunStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  const name = toText(s.target ? evaluate(s.target, { frame }) : null);
  const isAsync = attrOf(s, 'async') !== undefined && truthy(attrValue(s, 'async', frame));
  const background = frame.state.ctx.background;
  if (isAsync && !background) throw new UnsupportedStatementError('function.run with async = true', here);
  const resolve = frame.state.ctx.functions;
  const callee = resolve?.(name);
  if (!callee) throw new FunctionNotFoundError(name, here);
  const input = attrOf(s, 'input') ? attrValue(s, 'input', frame) : {};
  if (!isObj(input)) throw new ValueTypeError(`function.run input must be an object, got ${typeName(input)}`, here);
  if (isAsync && background) {
    const state = { ...frame.state, logs: [], depth: 0 };
    const queued = background({ name, input, at: here, run: () => invoke(callee.decl, input, state, callee.path, { path: callee.path, at: here }) });
    if (s.as) assign(s.as, queued, { frame }, false);
    return;
  }
  const result = await invoke(callee.decl, input, frame.state, callee.path, { path: callee.path, at: here });
  if (s.as) assign(s.as, result, { frame }, false);
}
