import type { Accessor, VarExpr } from '@xac/xanoscript-dsl/ast';
import { EnvVarMissingError, MissingVarError, UnableToLocateError, where } from '../errors.js';
import type { Scope } from '../scope.js';
import { fromJson, type Value } from '../values.js';
import { charAt, showPath, step, type Key } from './paths.js';
import { systemVar } from './system-vars.js';

// Variables — essentials.md "Variable Access Rules" and syntax.md "Variable Access Prefixes":
// `$input.x`, `$x` = `$var.x`, `$auth.x`, `$env.NAME`, and the callback variables.

export type EvalFn = (e: import('@xac/xanoscript-dsl/ast').Expr, scope: Scope) => Value;

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

/** The value of a variable expression; with `missingIsNull`, a missing key on its path is null (`??`). */
export function readVar(e: VarExpr, scope: Scope, evaluate: EvalFn, missingIsNull = false): Value {
  const at = where(scope.frame.path, e.loc);
  const keys = keysOf(e.path, scope, evaluate);
  const mode = missingIsNull ? 'lenient' : 'var';
  const local = scope.locals?.get(e.name);
  if (local !== undefined) return follow(local, e.name, keys, at, mode);
  switch (e.name) {
    case 'input': return follow(scope.frame.input, '', keys, at, missingIsNull ? 'lenient' : 'input');
    case 'auth': return follow(fromJson(scope.frame.state.ctx.auth ?? {}), 'auth', keys, at, 'lenient');
    case 'env': return readEnv(keys, scope, at);
    default: {
      const v = scope.frame.vars.get(e.name);
      if (v === undefined) throw new MissingVarError(e.name, at);
      return follow(v, e.name, keys, at, mode);
    }
  }
}
