import type { Stmt } from '@xac/xanoscript-dsl/ast';
import { DatabaseQueryError, PreconditionError, RunTimeoutError, ThrownError, UnsupportedStatementError, ValueTypeError, whereOf } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { toNumber, toText, truthy } from '../values.js';
import { at, attrOf, attrValue, compileAssign, compileAttr } from './bind.js';
import { apiRequest } from './api-request.js';
import { dbAdd, dbAddOrEdit, dbDel, dbEdit, dbGet, dbHas, dbPatch, dbQuery, dbTransaction } from './db-stmts.js';
import { conditional, foreach, forStmt, switchStmt, tryCatch, whileStmt, type Exec } from './control.js';
import { functionRun } from './function-run.js';
import { generic } from './generic.js';
import { applyMock } from '../testing/mock.js';
import { BreakSignal, ContinueSignal, ReturnSignal } from './signals.js';

// Statement execution: one compiler per node kind (STYLE habit 2). Each statement and each body is
// compiled once into an Exec (kept with the frozen AST) that runs synchronously and gives a promise
// only from the first statement that has to wait, so a loop of var.update and filters never pays
// for an await per step. GenericStmt goes through the catalogue by keyword (exec/generic.ts); a
// keyword without a handler is an UnsupportedStatementError at its file:line:col.

type Handler<S extends Stmt> = (s: S, frame: Frame) => Promise<void> | void;
type Compiler<K extends Stmt['kind']> = (s: Extract<Stmt, { kind: K }>) => Exec;

/** A statement whose handler takes the node each time (the statements that are not hot, or wait anyway). */
const direct = <S extends Stmt>(handler: Handler<S>) => (s: S): Exec => (frame) => handler(s, frame);

const unsupported = (keyword: string) => (s: Stmt, frame: Frame): never => {
  throw new UnsupportedStatementError(keyword, at(frame, s));
};

/** essentials.md "Error Types": inputerror 400, accessdenied 403, notfound 404, standard 500. */
export const ERROR_STATUS: Readonly<Record<string, number>> = { inputerror: 400, accessdenied: 403, notfound: 404, standard: 500 };

/** `var $x { value = … }` and `var.update`: the value first, then the target (declared for var.update). */
function assignment(s: Extract<Stmt, { kind: 'VarStmt' | 'VarUpdateStmt' }>, mustExist: boolean): Exec {
  const value = compileAttr(s, 'value');
  const store = compileAssign(s.target!, mustExist);
  return (frame) => store(frame, value(frame.scope));
}

const COMPILERS: { [K in Stmt['kind']]: Compiler<K> } = {
  VarStmt: (s) => assignment(s, false),
  VarUpdateStmt: (s) => assignment(s, true),
  PreconditionStmt: direct((s, frame) => {
    if (s.arg && truthy(evaluate(s.arg, frame.scope))) return;
    const type = toText(attrValue(s, 'error_type', frame) ?? 'standard') || 'standard';
    const message = attrOf(s, 'error') ? toText(attrValue(s, 'error', frame)) : 'Precondition Failed';
    throw new PreconditionError(message, type, ERROR_STATUS[type] ?? 500, attrValue(s, 'payload', frame), at(frame, s));
  }),
  ThrowStmt: direct((s, frame) => {
    throw new ThrownError(toText(attrValue(s, 'name', frame)), attrValue(s, 'value', frame), at(frame, s));
  }),
  ReturnStmt: direct((s, frame) => {
    throw new ReturnSignal(attrValue(s, 'value', frame));
  }),
  DebugLogStmt: direct((s, frame) => {
    frame.state.logs.push({ value: attrValue(s, 'value', frame), at: at(frame, s) });
  }),
  UtilSleepStmt: direct(async (s, frame) => {
    // database.md "transaction" example: `util.sleep { value = 1 } // value = seconds`
    const secs = toNumber(attrValue(s, 'value', frame));
    if (secs === undefined || secs < 0) throw new ValueTypeError('util.sleep needs a number of seconds', at(frame, s));
    await frame.state.clock.sleep(secs * 1000);
  }),
  FunctionRunStmt: direct(functionRun),
  DbGetStmt: direct(dbGet),
  DbHasStmt: direct(dbHas),
  DbQueryStmt: direct(dbQuery),
  DbAddStmt: direct(dbAdd),
  DbEditStmt: direct(dbEdit),
  DbPatchStmt: direct(dbPatch),
  DbAddOrEditStmt: direct(dbAddOrEdit),
  DbDelStmt: direct(dbDel),
  ApiRequestStmt: direct(apiRequest),
  GenericStmt: direct((s, frame) => generic(s, frame, runBody)),
  BreakStmt: () => () => {
    throw new BreakSignal();
  },
  ContinueStmt: () => () => {
    throw new ContinueSignal();
  },
  ConditionalStmt: (s) => conditional(s, compileBody),
  ForeachStmt: (s) => foreach(s, compileBody),
  ForStmt: (s) => forStmt(s, compileBody),
  WhileStmt: (s) => whileStmt(s, compileBody),
  TryCatchStmt: (s) => tryCatch(s, compileBody),
  GroupStmt: (s) => (s.keyword === 'group' ? compileBody(s.body) : (frame) => dbTransaction(s, frame, runBody)),
  SwitchStmt: (s) => switchStmt(s, compileBody),
  RawStmt: direct((s, frame) => unsupported(`raw statement ${s.source.split('\n')[0] ?? ''}`)(s, frame)),
  Comment: () => () => undefined,
};

const NOTHING: Exec = () => undefined;

/** A database error raised without a location gets the statement's. */
const located = (err: unknown, frame: Frame, s: Stmt): unknown =>
  err instanceof DatabaseQueryError && err.at === undefined ? new DatabaseQueryError(err.bare.replace(/^database error: /, ''), at(frame, s)) : err;

/**
 * One statement compiled: a disabled one (`!stmt`) is skipped, as Xano skips it; in a test its
 * mock replaces it; past the run's deadline it stops the run.
 */
function compileStmt(s: Stmt): Exec {
  if ('disabled' in s && s.disabled) return NOTHING;
  const exec = (COMPILERS[s.kind] as Compiler<Stmt['kind']>)(s as never);
  const here = whereOf(s.loc);
  return (frame) => {
    const { state } = frame;
    if (state.test && applyMock(s, frame)) return;
    if (state.deadline !== undefined && performance.now() > state.deadline) throw new RunTimeoutError(state.ctx.timeoutMs ?? 0, here(frame.path));
    let pending;
    try {
      pending = exec(frame);
    } catch (err) {
      throw located(err, frame, s);
    }
    if (pending !== undefined) {
      return pending.then(undefined, (err: unknown) => {
        throw located(err, frame, s);
      });
    }
  };
}

/** The rest of a body once one of its statements waits. */
async function rest(pending: Promise<void>, steps: readonly Exec[], from: number, frame: Frame): Promise<void> {
  await pending;
  for (let i = from; i < steps.length; i++) {
    const next = (steps[i] as Exec)(frame);
    if (next !== undefined) await next;
  }
}

const BODIES = new WeakMap<readonly Stmt[], Exec>();

/** A stack of statements compiled once (kept with the frozen AST): it runs in order, synchronously until one waits. */
export function compileBody(body: readonly Stmt[]): Exec {
  let exec = BODIES.get(body);
  if (exec !== undefined) return exec;
  const steps = body.map(compileStmt);
  exec = (frame) => {
    for (let i = 0; i < steps.length; i++) {
      const pending = (steps[i] as Exec)(frame);
      if (pending !== undefined) return rest(pending, steps, i + 1, frame);
    }
  };
  BODIES.set(body, exec);
  return exec;
}

/** Run a stack of statements in order. */
export async function runBody(body: readonly Stmt[], frame: Frame): Promise<void> {
  await compileBody(body)(frame);
}
