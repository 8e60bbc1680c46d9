import { node, varRef } from '../ast/build.js';
import type { Expr } from '../ast/nodes/exprs.js';
import type { RawStmt } from '../ast/nodes/stmts.js';
import { allowReserved, noteEscape } from './context.js';
import { ExprImpl, opened, toNode, wrap } from './expr.js';
import type { X } from './methods.js';
import type { ExprBase, Val, ValType, XT } from './types.js';
import { RawDef } from './objects.js';
import { DslError, captureOrigin } from './origin.js';

/**
 * Escape hatches for XanoScript the DSL cannot express yet. Every use is recorded in the build's
 * source map and reported by lint as a warning.
 * @example s.add(raw.stmt('redis.incr { package_key = "x" key = "hits" by = 1 }'));
 */
export const raw = {
  /** A statement, printed verbatim (re-indented). */
  stmt(source: string): RawStmt {
    noteEscape('raw.stmt');
    return node({ kind: 'RawStmt', source });
  },
  /** An expression, printed verbatim; untyped. `atomic`: one operand, never parenthesised. */
  expr(source: string, options: { atomic?: boolean } = {}): X<any> {
    noteEscape('raw.expr');
    return wrap(node({ kind: 'RawExpr', source, ...(options.atomic === undefined ? {} : { atomic: options.atomic }) }));
  },
  /** Any filter by name on a value: `raw.filter(x, 'url_encode')` is `$x|url_encode`; untyped. */
  filter(value: Val, name: string, ...args: Val[]): X<any> {
    noteEscape('raw.expr');
    return wrap(node({ kind: 'FilterExpr', operand: toNode(value), name, args: Object.freeze(args.map(toNode)) }));
  },
  /** A whole object (`function "x" { … }`), printed verbatim. */
  object(source: string): RawDef {
    return new RawDef(source);
  },
};

/** One step of an `unsafe()` path: a key (`.name`) or an index (`[0]`, `[$i]`). */
export type PathStep = string | { readonly index: Val };

function unsafeRead(value: ExprBase<XT>, path: string | readonly PathStep[], reason?: string): X<any> {
  noteEscape('unsafe', reason);
  const base: Expr = value.node;
  const steps = typeof path === 'string' ? path.split('.').filter((p) => p !== '') : path;
  const extra = steps.map((st) =>
    typeof st === 'string' ? node({ kind: 'PropAccess' as const, name: st }) : node({ kind: 'IndexAccess' as const, index: toNode(st.index) }));
  // `$x.a.b` on a variable, `(expr).a.b` on any other value.
  if (base.kind === 'VarExpr' || base.kind === 'MemberExpr') return wrap(node({ ...base, path: Object.freeze([...base.path, ...extra]) }));
  return extra.length === 0 ? wrap(base) : wrap(node({ kind: 'MemberExpr', object: base, path: Object.freeze(extra) }));
}

/**
 * Reads a path with plain dots (and `[index]` steps) and no default: `unsafe(result, 'data.count')` is
 * `$result.data.count` (`(expr).data.count` on a value that is not a variable). It fails at run time when a segment is missing; lint reports every use, with
 * the `reason` when one is given (import names why the types reject each read it keeps).
 * `unsafe.varName('result', reason)` declares a variable XanoScript reserves (`$result`, `$output` …).
 * @example unsafe(run, 'data.count', 'a function.run result read with a dot path')
 */
export const unsafe = Object.assign(unsafeRead, {
  /**
   * A read of `$name`, a variable the stack never sets (a typo, an input read without `$input.`, a
   * value left over from an edit): kept as written, typed `any`; lint reports it.
   * @example unsafe.varRef('nums', '$nums is not set anywhere in this function')
   */
  varRef(name: string, reason: string): X<any> {
    noteEscape('unsafe', reason);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new DslError(`unsafe.varRef: invalid variable name ${JSON.stringify(name)}`, captureOrigin()());
    return wrap(varRef(name));
  },
  /** A reserved variable name (`var $result`), declared anyway; lint reports it. */
  varName<N extends string>(name: N, reason = `$${name} is a reserved variable name`): N {
    noteEscape('unsafe', reason);
    allowReserved(name);
    return name;
  },
  /**
   * A value used where the types reject it, kept as written: TypeScript sees `any`, the XanoScript
   * is unchanged. `xac import` writes one for each such use it finds, with the compiler's reason.
   */
  cast(value: unknown, reason: string): any {
    noteEscape('unsafe', reason);
    // A DSL value's keys are all readable through the cast, as TypeScript now allows.
    return value instanceof ExprImpl ? opened(value) : value;
  },
});

/**
 * A plain value as a DSL expression, so methods can be called on it: `val("a").concat($b)`.
 * @example val('fub').toUpper()
 */
export function val<V extends Val>(value: V): X<ValType<V>> {
  return wrap(toNode(value));
}
