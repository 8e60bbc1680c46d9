import type { ConditionalStmt, ForStmt, ForeachStmt, Stmt, SwitchStmt, TryCatchStmt, WhileStmt } from '@xac/xanoscript-dsl/ast';
import { LoopLimitError, ValueTypeError, XanoRuntimeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { equals, toNumber, truthy, typeName, type Value } from '../values.js';
import { at } from './bind.js';
import { BreakSignal, ContinueSignal } from './signals.js';

// Block statements — syntax.md "Conditional Blocks", "Try-Catch"; essentials.md "Switch", "Loops".

export type RunBody = (body: readonly Stmt[], frame: Frame) => Promise<void>;

/** Run one loop iteration; true when the loop must stop (break). */
async function iteration(body: readonly Stmt[], frame: Frame, runBody: RunBody): Promise<boolean> {
  try {
    await runBody(body, frame);
    return false;
  } catch (signal) {
    if (signal instanceof BreakSignal) return true;
    if (signal instanceof ContinueSignal) return false;
    throw signal;
  }
}

export async function conditional(s: ConditionalStmt, frame: Frame, runBody: RunBody): Promise<void> {
  for (const branch of s.branches) {
    if (truthy(evaluate(branch.test, { frame }))) return runBody(branch.body, frame);
  }
  if (s.else) await runBody(s.else, frame);
}

/** `switch`: the first case equal to the subject (loose `==`), else `default`; cases do not fall through. */
export async function switchStmt(s: SwitchStmt, frame: Frame, runBody: RunBody): Promise<void> {
  const subject = evaluate(s.subject, { frame });
  const hit = s.cases.find((c) => equals(subject, evaluate(c.value, { frame }), true));
  const body = hit ? hit.body : s.default;
  if (body) await runBody(body, frame);
}

export async function foreach(s: ForeachStmt, frame: Frame, runBody: RunBody): Promise<void> {
  const list = evaluate(s.list, { frame });
  if (list === null) return;
  if (!Array.isArray(list)) throw new ValueTypeError(`foreach needs an array, got ${typeName(list)}`, at(frame, s.list));
  for (const item of list) {
    if (s.item) frame.vars.set(s.item.name, item);
    if (await iteration(s.body, frame, runBody)) return;
  }
}

export async function forStmt(s: ForStmt, frame: Frame, runBody: RunBody): Promise<void> {
  const count = toNumber(evaluate(s.count, { frame }));
  if (count === undefined) throw new ValueTypeError('for needs a number of iterations', at(frame, s.count));
  if (count > frame.state.loopLimit) throw new LoopLimitError(frame.state.loopLimit, at(frame, s.count));
  for (let i = 0; i < count; i++) {
    if (s.index) frame.vars.set(s.index.name, i);
    if (await iteration(s.body, frame, runBody)) return;
  }
}

export async function whileStmt(s: WhileStmt, frame: Frame, runBody: RunBody): Promise<void> {
  const limit = frame.state.loopLimit;
  for (let n = 0; truthy(evaluate(s.test, { frame })); n++) {
    if (n >= limit) throw new LoopLimitError(limit, at(frame, s.test));
    if (await iteration(s.body, frame, runBody)) return;
  }
}

/** The `$error` a catch block sees: `name` and `message` (database.md "transaction" example), plus the status. */
export function errorValue(err: XanoRuntimeError): Value {
  const name = 'errorName' in err ? String(err.errorName) : 'errorType' in err ? String(err.errorType) : err.name;
  const message = 'value' in err ? (err.value as Value) : err.bare;
  return { name, message, code: err.status };
}

/** try / catch / finally; without a catch block the error is swallowed (the node's own contract). */
export async function tryCatch(s: TryCatchStmt, frame: Frame, runBody: RunBody): Promise<void> {
  try {
    await runBody(s.try, frame);
  } catch (err) {
    if (!(err instanceof XanoRuntimeError)) throw err;
    frame.vars.set('error', errorValue(err));
    if (s.catch) await runBody(s.catch, frame);
  } finally {
    if (s.finally) await runBody(s.finally, frame);
  }
}
