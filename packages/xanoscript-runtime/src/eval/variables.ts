import type { Accessor, Expr, VarExpr } from '@xac/xanoscript-dsl/ast';
import { EnvVarMissingError, MissingVarError, UnableToLocateError, whereOf } from '../errors.js';
import type { Scope } from '../scope.js';
import { fromJson, type Value } from '../values.js';
import { charAt, showPath, step, type Key } from './paths.js';
import { systemVar } from './system-vars.js';

// Variables — essentials.md "Variable Access Rules" and syntax.md "Variable Access Prefixes":
// `$input.x`, `$x` = `$var.x`, `$auth.x`, `$env.NAME`, and the callback variables.

export type EvalFn = (e: Expr, scope: Scope) => Value;

/** The keys of a path, with index expressions evaluated. */
export function keysOf(path: readonly Accessor[], scope: Scope, evaluate: EvalFn): Key[] {
  return path.map((a) => {
    if (a.kind === 'PropAccess') return a.name;
    const k = evaluate(a.index, scope);
    return typeof k === 'number' ? k : String(k);
  });
}

/**
 * Follow `keys` from `base` (an index into text reads a character); a missing step is "Unable to
 * locate <scope>: name.a.b" unless `lenient` (then null).
 */
export function follow(base: Value, name: string, keys: readonly Key[], at: string, mode: 'var' | 'input' | 'lenient'): Value {
  let v = base;
  for (let i = 0; i < keys.length; i++) {
    const next = typeof v === 'string' ? charAt(v, keys[i] as Key) : step(v, keys[i] as Key);
    if (next === undefined) {
      if (mode === 'lenient') return null;
      throw new UnableToLocateError(showPath(name, keys.slice(0, i + 1)), at, mode);
    }
    v = next;
  }
  return v;
}

function readEnv(keys: readonly Key[], scope: Scope, at: string): Value {
  const [first, ...rest] = keys;
  if (first === undefined) return null;
  const name = String(first);
  const { ctx } = scope.frame.state;
  if (name.startsWith('$')) return follow(systemVar(name.slice(1), scope.frame.state), `env.${name}`, rest, at, 'var');
  const value = ctx.env && name in ctx.env ? ctx.env[name] : ctx.processEnv?.[name];
  if (value === undefined && ctx.unsetEnv === 'null') return follow(null, `env.${name}`, rest, at, 'var');
  if (value === undefined) throw new EnvVarMissingError(name, at);
  return follow(fromJson(value), `env.${name}`, rest, at, 'var');
}

/** An expression compiled to a closure over a scope (eval/expr.ts). */
export type Compiled = (scope: Scope) => Value;

const NO_KEYS: readonly Key[] = Object.freeze([]);

/** The keys of a path, computed once when every step is a name (`$x.a.b`), else per read. */
export function compileKeys(path: readonly Accessor[], compile: (e: Expr) => Compiled): (scope: Scope) => readonly Key[] {
  if (path.length === 0) return () => NO_KEYS;
  if (path.every((a) => a.kind === 'PropAccess')) {
    const keys: readonly Key[] = Object.freeze(path.map((a) => (a as { name: string }).name));
    return () => keys;
  }
  const steps = path.map((a): Compiled | string => (a.kind === 'PropAccess' ? a.name : compile(a.index)));
  return (scope) =>
    steps.map((f) => {
      if (typeof f === 'string') return f;
      const k = f(scope);
      return typeof k === 'number' ? k : String(k);
    });
}

/** Where a variable that is not a callback variable lives, by name. */
function frameRead(name: string, missingIsNull: boolean): (keys: readonly Key[], scope: Scope, at: string) => Value {
  const mode = missingIsNull ? 'lenient' : 'var';
  switch (name) {
    case 'input': return (keys, scope, at) => follow(scope.frame.input, '', keys, at, missingIsNull ? 'lenient' : 'input');
    case 'auth': return (keys, scope, at) => follow(fromJson(scope.frame.state.ctx.auth ?? {}), 'auth', keys, at, 'lenient');
    case 'env': return readEnv;
    default: return (keys, scope, at) => {
      const v = scope.frame.vars.get(name);
      if (v === undefined) throw new MissingVarError(name, at);
      return keys.length === 0 ? v : follow(v, name, keys, at, mode);
    };
  }
}

/**
 * A variable expression compiled once: the index expressions of its path run first, then a
 * callback variable (`$$`, `$index`…) wins over the frame's `$input`, `$auth`, `$env` and stack
 * variables. With `missingIsNull`, a missing key on its path is null (the left side of `??`).
 */
export function compileVar(e: VarExpr, compile: (e: Expr) => Compiled, missingIsNull = false): Compiled {
  const keysOfScope = compileKeys(e.path, compile);
  const at = whereOf(e.loc);
  const read = frameRead(e.name, missingIsNull);
  const mode = missingIsNull ? 'lenient' : 'var';
  const name = e.name;
  return (scope) => {
    const keys = keysOfScope(scope);
    const local = scope.locals?.get(name);
    if (local !== undefined) return keys.length === 0 ? local : follow(local, name, keys, at(scope.frame.path), mode);
    return read(keys, scope, at(scope.frame.path));
  };
}
