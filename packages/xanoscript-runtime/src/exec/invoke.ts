import type { FunctionDecl, QueryDecl, RunJobDecl, TaskDecl } from '@xac/xanoscript-dsl/ast';
import { XanoRuntimeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { validateInput, type InputSite } from '../input/validate.js';
import { Frame, type RunState } from '../scope.js';
import type { Obj, Value } from '../values.js';
import { BreakSignal, ContinueSignal, ReturnSignal } from './signals.js';
import { runBody } from './stmts.js';

/** The objects with an input block and a stack that the runtime can run. */
export type RunnableDecl = FunctionDecl | QueryDecl | TaskDecl | RunJobDecl;

const MAX_DEPTH = 64;

/**
 * Validate `input` against the object's declared inputs, run its stack, and give its result: the
 * value of an early `return`, else its `response` (syntax.md "Early Return"; functions.md).
 */
export async function invoke(decl: RunnableDecl, input: Obj, state: RunState, path: string | undefined, site: InputSite): Promise<Value> {
  if (state.depth >= MAX_DEPTH) throw new XanoRuntimeError(`function.run nested more than ${MAX_DEPTH} deep`, { at: site.at ?? path });
  const validated = validateInput(decl.input ?? [], input, site, new Frame(state, {}, path));
  const frame = new Frame(state, validated, path, input);
  state.depth++;
  try {
    await runBody(decl.stack ?? [], frame);
    return decl.response ? evaluate(decl.response, { frame }) : null;
  } catch (signal) {
    if (signal instanceof ReturnSignal) return signal.value;
    if (signal instanceof BreakSignal || signal instanceof ContinueSignal) {
      throw new XanoRuntimeError(`${signal instanceof BreakSignal ? 'break' : 'continue'} outside a loop`, { at: path });
    }
    throw signal;
  } finally {
    state.depth--;
  }
}
