import type { Stmt } from '@xac/xanoscript-dsl/ast';
import { evaluate } from '../eval/expr.js';
import { assign } from '../exec/bind.js';
import type { Frame } from '../scope.js';
import { isObj } from '../values.js';

// unit-testing.md "Mocking": `mock = { "<test name>": value }` on a statement replaces what the
// statement does while that test runs — the statement is not run and its variable (`as $x`, or the
// `var` itself) gets the value. Outside a test, or in a test the mock does not name, it runs as usual.

/**
 * Apply the statement's mock for the running test; true when it did (the statement must not run).
 * @example if (applyMock(stmt, frame)) return;
 */
export function applyMock(s: Stmt, frame: Frame): boolean {
  const test = frame.state.test;
  if (!test || !('attrs' in s)) return false;
  const mock = s.attrs.find((a) => a.name === 'mock')?.value;
  if (!mock) return false;
  let found = false;
  let value = null as ReturnType<typeof evaluate>;
  if (mock.kind === 'ObjectExpr') {
    const entry = mock.entries.find((e) => e.key === test.name && !e.disabled);
    if (entry) [found, value] = [true, evaluate(entry.value, { frame })];
  } else {
    const all = evaluate(mock, { frame });
    if (isObj(all) && test.name in all) [found, value] = [true, all[test.name] ?? null];
  }
  if (!found) return false;
  const target = s.kind === 'VarStmt' || s.kind === 'VarUpdateStmt' ? s.target : 'as' in s ? s.as : undefined;
  if (target) assign(target, value, { frame }, s.kind === 'VarUpdateStmt');
  return true;
}
