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
 * `async = true` is not run locally yet (the emulator's worker will run it).
 */
export async function functionRun(s: FunctionRunStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  const name = toText(s.target ? evaluate(s.target, { frame }) : null);
  if (attrOf(s, 'async') && truthy(attrValue(s, 'async', frame))) throw new UnsupportedStatementError('function.run with async = true', here);
  const resolve = frame.state.ctx.functions;
  const callee = resolve?.(name);
  if (!callee) throw new FunctionNotFoundError(name, here);
  const input = attrOf(s, 'input') ? attrValue(s, 'input', frame) : {};
  if (!isObj(input)) throw new ValueTypeError(`function.run input must be an object, got ${typeName(input)}`, here);
  const result = await invoke(callee.decl, input, frame.state, callee.path, { path: callee.path, at: here });
  if (s.as) assign(s.as, result, { frame }, false);
}
