// A property the DSL's types reject can still be read through a cast (`as any`); at build time that
// read is a DslError at the user's line, never a silent `null` or a TypeError further on.
import { describe, expect, it } from 'vitest';
import { varRef } from '../ast/build.js';
import { keysOf, toNode, wrap } from './expr.js';
import { DslError } from './origin.js';

const row = () => wrap(varRef('u'), keysOf(['id', 'email']), keysOf([])) as any;

describe('reads past the types', () => {
  it('a column the row does not declare (removed from its table) is a DslError naming the columns it has', () => {
    expect(() => row().removed_column).toThrow(DslError);
    expect(() => row().removed_column).toThrow(/`\.removed_column` is not a column or key of this value \(it has: id, email\)/);
    expect(toNode(row().email)).toMatchObject({ kind: 'VarExpr' });
  });

  it('`.data` on a value with no typed keys (a function.run result) says to use .get(key, default), at the caller', () => {
    const result = wrap(varRef('r')) as any;
    let err: unknown;
    try {
      void result.data.transactions_updated;
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DslError);
    expect((err as DslError).detail).toMatch(/^`\.data` cannot be read here: .*\.get\('data', default\)$/);
    expect((err as DslError).origin?.file).toMatch(/expr-misuse\.test\.ts$/);
  });

  it('a latent column (before the null check) says to check first', () => {
    const maybe = wrap(varRef('u'), undefined, keysOf(['email'])) as any;
    expect(() => maybe.email).toThrow(/can be read only once the row is known to exist/);
  });

  it('tools that probe objects (JSON, thenables, matchers, symbols) are not DSL reads', () => {
    const r = row();
    expect(r.toJSON).toBeUndefined();
    expect(r.asymmetricMatch).toBeUndefined();
    expect(r[Symbol.iterator]).toBeUndefined();
    expect(typeof r.get).toBe('function');
    expect(() => JSON.stringify({ r })).not.toThrow();
  });

  it('an undefined value is a DslError, not a TypeError', () => {
    expect(() => toNode({ x: undefined } as never)).toThrow(DslError);
  });
});
