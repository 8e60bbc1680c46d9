import type { Stmt } from '@xac/xanoscript-dsl/ast';
import { DatabaseQueryError, PreconditionError, RunTimeoutError, ThrownError, UnsupportedStatementError, ValueTypeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { toNumber, toText, truthy } from '../values.js';
import { assign, at, attrOf, attrValue } from './bind.js';
import { apiRequest } from './api-request.js';
import { dbAdd, dbAddOrEdit, dbDel, dbEdit, dbGet, dbHas, dbPatch, dbQuery, dbTransaction } from './db-stmts.js';
import { conditional, foreach, forStmt, switchStmt, tryCatch, whileStmt } from './control.js';
import { functionRun } from './function-run.js';
import { generic } from './generic.js';
import { applyMock } from '../testing/mock.js';
import { BreakSignal, ContinueSignal, ReturnSignal } from './signals.js';

// Statement execution: one handler per node kind (STYLE habit 2). GenericStmt goes through the
// catalogue by keyword (exec/generic.ts); a keyword without a handler is an
// UnsupportedStatementError at its file:line:col.

type Handler<K extends Stmt['kind']> = (s: Extract<Stmt, { kind: K }>, frame: Frame) => Promise<void> | void;

const unsupported = (keyword: string) => (s: Stmt, frame: Frame): never => {
  throw new UnsupportedStatementError(keyword, at(frame, s));
};

/** essentials.md "Error Types": inputerror 400, accessdenied 403, notfound 404, standard 500. */
export const ERROR_STATUS: Readonly<Record<string, number>> = { inputerror: 400, accessdenied: 403, notfound: 404, standard: 500 };

const HANDLERS: { [K in Stmt['kind']]: Handler<K> } = {
  VarStmt: (s, frame) => assign(s.target!, attrValue(s, 'value', frame), { frame }, false),
  VarUpdateStmt: (s, frame) => assign(s.target!, attrValue(s, 'value', frame), { frame }, true),
  PreconditionStmt: (s, frame) => {
    if (s.arg && truthy(evaluate(s.arg, { frame }))) return;
    const type = toText(attrValue(s, 'error_type', frame) ?? 'standard') || 'standard';
    const message = attrOf(s, 'error') ? toText(attrValue(s, 'error', frame)) : 'Precondition Failed';
    throw new PreconditionError(message, type, ERROR_STATUS[type] ?? 500, attrValue(s, 'payload', frame), at(frame, s));
  },
  ThrowStmt: (s, frame) => {
    throw new ThrownError(toText(attrValue(s, 'name', frame)), attrValue(s, 'value', frame), at(frame, s));
  },
  ReturnStmt: (s, frame) => {
    throw new ReturnSignal(attrValue(s, 'value', frame));
  },
  DebugLogStmt: (s, frame) => {
    frame.state.logs.push({ value: attrValue(s, 'value', frame), at: at(frame, s) });
  },
  UtilSleepStmt: async (s, frame) => {
    // database.md "transaction" example: `util.sleep { value = 1 } // value = seconds`
    const secs = toNumber(attrValue(s, 'value', frame));
    if (secs === undefined || secs < 0) throw new ValueTypeError('util.sleep needs a number of seconds', at(frame, s));
    await frame.state.clock.sleep(secs * 1000);
  },
  FunctionRunStmt: functionRun,
  DbGetStmt: dbGet,
  DbHasStmt: dbHas,
  DbQueryStmt: dbQuery,
  DbAddStmt: dbAdd,
  DbEditStmt: dbEdit,
  DbPatchStmt: dbPatch,
  DbAddOrEditStmt: dbAddOrEdit,
  DbDelStmt: dbDel,
  ApiRequestStmt: apiRequest,
  GenericStmt: (s, frame) => generic(s, frame, runBody),
  BreakStmt: () => {
    throw new BreakSignal();
  },
  ContinueStmt: () => {
    throw new ContinueSignal();
  },
  ConditionalStmt: (s, frame) => conditional(s, frame, runBody),
  ForeachStmt: (s, frame) => foreach(s, frame, runBody),
  ForStmt: (s, frame) => forStmt(s, frame, runBody),
  WhileStmt: (s, frame) => whileStmt(s, frame, runBody),
  TryCatchStmt: (s, frame) => tryCatch(s, frame, runBody),
  GroupStmt: (s, frame) => (s.keyword === 'group' ? runBody(s.body, frame) : dbTransaction(s, frame, runBody)),
  SwitchStmt: (s, frame) => switchStmt(s, frame, runBody),
  RawStmt: (s, frame) => unsupported(`raw statement ${s.source.split('\n')[0] ?? ''}`)(s, frame),
  Comment: () => undefined,
};

/** Run one statement; a disabled one (`!stmt`) is skipped, as Xano skips it. */
export async function runStmt(s: Stmt, frame: Frame): Promise<void> {
  if ('disabled' in s && s.disabled) return;
  if (frame.state.test && applyMock(s, frame)) return;
  const { deadline } = frame.state;
  if (deadline !== undefined && performance.now() > deadline) throw new RunTimeoutError(frame.state.ctx.timeoutMs ?? 0, at(frame, s));
  try {
    await (HANDLERS[s.kind] as Handler<Stmt['kind']>)(s, frame);
  } catch (err) {
    if (err instanceof DatabaseQueryError && err.at === undefined) throw new DatabaseQueryError(err.bare.replace(/^database error: /, ''), at(frame, s));
    throw err;
  }
}

/** Run a stack of statements in order. */
export async function runBody(body: readonly Stmt[], frame: Frame): Promise<void> {
  for (const s of body) await runStmt(s, frame);
}
