import type { GenericStmt, Stmt } from '@xac/xanoscript-dsl/ast';
import { XanoRuntimeError } from '../errors.js';
import { attrOf, attrValue, at } from '../exec/bind.js';
import { errorValue } from '../exec/control.js';
import type { Frame } from '../scope.js';
import { toText } from '../values.js';
import { ExpectationError } from './expect.js';

type RunBody = (body: readonly Stmt[], frame: Frame) => Promise<void>;

/**
 * Whether an error is the one expected: its message (or a part of it), its name, a thrown error's
 * name or a precondition's error_type (unit-testing.md "Error Assertions": `value = "InvalidInputError"`
 * or the precondition's message; which of these Xano compares is unverified).
 * @example matchesError(preconditionError, 'inputerror') // true for error_type = "inputerror"
 */
export function matchesError(err: XanoRuntimeError, expected: string): boolean {
  const v = errorValue(err) as { name: string; message: unknown };
  const texts = [err.bare, err.name, v.name, toText(v.message as never)];
  return texts.includes(expected) || err.bare.includes(expected);
}

const expectedOf = (s: GenericStmt, frame: Frame): string | undefined => {
  const e = attrOf(s, 'exception') ? 'exception' : attrOf(s, 'value') ? 'value' : undefined;
  return e === undefined ? undefined : toText(attrValue(s, e, frame));
};

function judge(err: XanoRuntimeError | undefined, s: GenericStmt, frame: Frame): void {
  const expected = expectedOf(s, frame);
  const wanted = expected === undefined || expected === '' ? 'an error' : `an error matching ${JSON.stringify(expected)}`;
  if (!err) throw new ExpectationError(s.name, `expected ${wanted}, but nothing was thrown`, at(frame, s));
  if (expected !== undefined && expected !== '' && !matchesError(err, expected)) {
    throw new ExpectationError(s.name, `expected ${wanted}, got ${err.name}: ${err.bare}`, at(frame, s));
  }
}

/**
 * `expect.to_throw`: with a `stack` (workflow-tests.md "Error Assertion"), that stack must raise an
 * error matching `exception`; without one, in a unit test, the object under test must have raised
 * one matching `value` (unit-testing.md "Error Assertions").
 * @example await toThrow(stmt, frame, runBody) // throws ExpectationError when nothing was thrown
 */
export async function toThrow(s: GenericStmt, frame: Frame, runBody: RunBody): Promise<void> {
  if (s.stack) {
    let caught: XanoRuntimeError | undefined;
    try {
      await runBody(s.stack, frame);
    } catch (err) {
      if (!(err instanceof XanoRuntimeError) || err instanceof ExpectationError) throw err;
      caught = err;
    }
    return judge(caught, s, frame);
  }
  const test = frame.state.test;
  if (!test) throw new XanoRuntimeError('expect.to_throw without a stack runs only in a test block', { at: at(frame, s) });
  test.checkedThrow = true;
  judge(test.error, s, frame);
}
