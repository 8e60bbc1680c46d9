import type { ConditionalStmt, ForStmt, ForeachStmt, Stmt, SwitchStmt, TryCatchStmt, WhileStmt } from '@xac/xanoscript-dsl/ast';
import { LoopLimitError, ValueTypeError, XanoRuntimeError, whereOf } from '../errors.js';
import { compileExpr } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { equals, toNumber, truthy, typeName, type Value } from '../values.js';
import { BreakSignal, ContinueSignal } from './signals.js';

// Block statements — syntax.md "Conditional Blocks", "Try-Catch"; essentials.md "Switch", "Loops".
// Each is compiled once (exec/stmts.ts) into an Exec that runs synchronously while its statements
// do, and continues as a promise from the first one that has to wait (db.*, api.request, util.sleep…).

/** A compiled statement or body: undefined when it ran to the end synchronously, else a promise. */
export type Exec = (frame: Frame) => void | Promise<void>;
export type CompileBody = (body: readonly Stmt[]) => Exec;

/** What a break or continue that unwound an iteration means for the loop: true = stop. */
function stop(signal: unknown): boolean {
  if (signal instanceof BreakSignal) return true;
  if (signal instanceof ContinueSignal) return false;
  throw signal;
}

/** Run one loop iteration; true when the loop must stop (break), a promise when the body waited. */
function iteration(body: Exec, frame: Frame): boolean | Promise<boolean> {
  let pending;
  try {
    pending = body(frame);
  } catch (signal) {
    return stop(signal);
  }
  return pending === undefined ? false : pending.then(() => false, stop);
}

export function conditional(s: ConditionalStmt, compileBody: CompileBody): Exec {
  const branches = s.branches.map((b) => [compileExpr(b.test), compileBody(b.body)] as const);
  const otherwise = s.else ? compileBody(s.else) : undefined;
  return (frame) => {
    for (const [test, body] of branches) if (truthy(test(frame.scope))) return body(frame);
    return otherwise?.(frame);
  };
}

/** `switch`: the first case equal to the subject (loose `==`), else `default`; cases do not fall through. */
export function switchStmt(s: SwitchStmt, compileBody: CompileBody): Exec {
  const subject = compileExpr(s.subject);
  const cases = s.cases.map((c) => [compileExpr(c.value), compileBody(c.body)] as const);
  const otherwise = s.default ? compileBody(s.default) : undefined;
  return (frame) => {
    const v = subject(frame.scope);
    for (const [value, body] of cases) if (equals(v, value(frame.scope), true)) return body(frame);
    return otherwise?.(frame);
  };
}

export function foreach(s: ForeachStmt, compileBody: CompileBody): Exec {
  const listOf = compileExpr(s.list);
  const body = compileBody(s.body);
  const item = s.item?.name;
  const at = whereOf(s.list.loc);
  return (frame) => {
    const list = listOf(frame.scope);
    if (list === null) return;
    if (!Array.isArray(list)) throw new ValueTypeError(`foreach needs an array, got ${typeName(list)}`, at(frame.path));
    const from = (start: number): void | Promise<void> => {
      for (let k = start; k < list.length; k++) {
        if (item !== undefined) frame.vars.set(item, list[k] as Value);
        const stopped = iteration(body, frame);
        if (stopped === true) return;
        if (stopped !== false) return stopped.then((b) => (b ? undefined : from(k + 1)));
      }
    };
    return from(0);
  };
}

export function forStmt(s: ForStmt, compileBody: CompileBody): Exec {
  const countOf = compileExpr(s.count);
  const body = compileBody(s.body);
  const index = s.index?.name;
  const at = whereOf(s.count.loc);
  return (frame) => {
    const count = toNumber(countOf(frame.scope));
    if (count === undefined) throw new ValueTypeError('for needs a number of iterations', at(frame.path));
    if (count > frame.state.loopLimit) throw new LoopLimitError(frame.state.loopLimit, at(frame.path));
    const from = (start: number): void | Promise<void> => {
      for (let i = start; i < count; i++) {
        if (index !== undefined) frame.vars.set(index, i);
        const stopped = iteration(body, frame);
        if (stopped === true) return;
        if (stopped !== false) return stopped.then((b) => (b ? undefined : from(i + 1)));
      }
    };
    return from(0);
  };
}

export function whileStmt(s: WhileStmt, compileBody: CompileBody): Exec {
  const test = compileExpr(s.test);
  const body = compileBody(s.body);
  const at = whereOf(s.test.loc);
  return (frame) => {
    const limit = frame.state.loopLimit;
    const from = (start: number): void | Promise<void> => {
      for (let n = start; truthy(test(frame.scope)); n++) {
        if (n >= limit) throw new LoopLimitError(limit, at(frame.path));
        const stopped = iteration(body, frame);
        if (stopped === true) return;
        if (stopped !== false) return stopped.then((b) => (b ? undefined : from(n + 1)));
      }
    };
    return from(0);
  };
}

/** The `$error` a catch block sees: `name` and `message` (database.md "transaction" example), plus the status. */
export function errorValue(err: XanoRuntimeError): Value {
  const name = 'errorName' in err ? String(err.errorName) : 'errorType' in err ? String(err.errorType) : err.name;
  const message = 'value' in err ? (err.value as Value) : err.bare;
  return { name, message, code: err.status };
}

/** try / catch / finally; without a catch block the error is swallowed (the node's own contract). */
export function tryCatch(s: TryCatchStmt, compileBody: CompileBody): Exec {
  const attempt = compileBody(s.try);
  const recover = s.catch ? compileBody(s.catch) : undefined;
  const last = s.finally ? compileBody(s.finally) : undefined;
  return async (frame) => {
    try {
      await attempt(frame);
    } catch (err) {
      if (!(err instanceof XanoRuntimeError)) throw err;
      frame.vars.set('error', errorValue(err));
      if (recover) await recover(frame);
    } finally {
      if (last) await last(frame);
    }
  };
}
