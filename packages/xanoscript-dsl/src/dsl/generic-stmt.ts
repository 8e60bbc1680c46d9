import { attr, node, str } from '../ast/build.js';
import type { Expr, VarExpr } from '../ast/nodes/exprs.js';
import type { GenericStmt, Stmt } from '../ast/nodes/stmts.js';
import { genericStmtSpec } from '../ast/schema/generic-statements.js';
import { toNode } from './expr.js';
import { DslError, captureOrigin } from './origin.js';
import type { Val } from './types.js';

// The run-time side of `s.stmt()` and `s.with()` (dsl/stack.ts): checks a generic statement's
// attributes against the catalogue and builds its node.

/** What follows a generic statement's keyword, besides its attributes. */
export interface StmtOptions<S> {
  /** `math.add $x`, `function.call "name"`: a variable or a name. */
  readonly target?: Val;
  /** `expect.to_equal ($response)`, `array.find ($list)`. */
  readonly arg?: Val;
  /** `array.find ($list) if ($$ > 1)`. */
  readonly condition?: Val;
  /** `api.call "path" verb=POST`. */
  readonly verb?: string;
  /** `as $name`: binds the result. */
  readonly as?: string;
  /** The `stack { … }` of statements that take one (`expect.to_throw`, `util.post_process`). */
  readonly stack?: (s: S) => void;
}

const COMMON = new Set(['description', 'disabled', 'mock']);

/** The GenericStmt node of `keyword` with `attrs`, after checking them against the catalogue. */
export function genericStmt(keyword: string, attrs: Readonly<Record<string, Val>>, o: Omit<StmtOptions<unknown>, 'as' | 'stack'> & { as?: VarExpr; stack?: readonly Stmt[] }): GenericStmt {
  const spec = genericStmtSpec(keyword);
  const origin = captureOrigin();
  if (spec === undefined) throw new DslError(`${keyword} is not a statement of the catalogue`, origin());
  const known = new Set([...spec.required, ...spec.optional]);
  for (const [name, v] of Object.entries(attrs)) {
    if (v === undefined) throw new DslError(`${keyword}: attribute ${name} is undefined`, origin());
    if (!spec.anyAttrs && !known.has(name) && !COMMON.has(name)) throw new DslError(`${keyword} has no attribute ${name}`, origin());
  }
  for (const r of spec.required) if (!(r in attrs)) throw new DslError(`${keyword} needs ${r}`, origin());
  for (const g of spec.oneOf) if (!g.some((n) => n in attrs)) throw new DslError(`${keyword} needs one of ${g.join(', ')}`, origin());
  const target: Expr | undefined = o.target === undefined ? undefined : typeof o.target === 'string' ? str(o.target) : toNode(o.target);
  return node({
    kind: 'GenericStmt', name: keyword,
    ...(target ? { target } : {}),
    ...(o.arg !== undefined ? { arg: toNode(o.arg) } : {}),
    ...(o.condition !== undefined ? { condition: toNode(o.condition) } : {}),
    ...(o.verb !== undefined ? { verb: o.verb } : {}),
    attrs: Object.freeze(Object.entries(attrs).map(([k, v]) => attr(k, toNode(v)))),
    ...(o.as ? { as: o.as } : {}),
    ...(o.stack ? { stack: o.stack } : {}),
  } as GenericStmt);
}

/** `st` with a leading `description` attribute and/or the `!` of a disabled statement. */
/** What `s.with` sets on the statements it records. */
export interface StmtMeta {
  readonly description?: string;
  /** `!stmt`: kept in the script, skipped at run time. */
  readonly disabled?: boolean;
  /** `mock = { "test name": value }`: the value the statement gives in that test instead of running. */
  readonly mock?: Readonly<Record<string, Val>>;
}

export function withMeta(st: Stmt, meta: StmtMeta): Stmt {
  let out: Stmt = st;
  if (meta.description !== undefined) {
    if (!('attrs' in out)) throw new DslError('s.with({ description }) needs a statement with attributes', captureOrigin()());
    out = node({ ...out, attrs: Object.freeze([attr('description', str(meta.description)), ...out.attrs]) }) as Stmt;
  }
  if (meta.mock !== undefined) {
    if (!('attrs' in out)) throw new DslError('s.with({ mock }) needs a statement with attributes', captureOrigin()());
    out = node({ ...out, attrs: Object.freeze([...out.attrs, attr('mock', toNode(meta.mock as Val))]) }) as Stmt;
  }
  if (meta.disabled === true) out = node({ ...out, disabled: true }) as Stmt;
  return out;
}
