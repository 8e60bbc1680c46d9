import type { BinaryExpr, Expr } from '@xac/xanoscript-dsl/ast';
import { UnsupportedStatementError, ValueTypeError } from '../errors.js';
import type { Value } from '../values.js';
import { ident, type TableInfo } from './schema.js';

// `where` clauses to SQL (database.md "Where Operators"; syntax.md "Database Filter Operators",
// "Null-Safe Comparisons"). `$db.table.col` (or `$db.col`) is a column; any other operand is
// evaluated by the runtime and sent as a parameter. A `?` operator whose value is null drops its
// condition. A clause that yields no condition selects every row.

/** Parameters collected while a clause is translated. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

export interface WhereContext {
  readonly table: TableInfo;
  readonly params: Params;
  readonly value: (e: Expr) => Value;
  readonly at: (e: Expr) => string;
}

type Sql = string | null;

const COMPARE: Readonly<Record<string, string>> = { '==': '=', '=': '=', '===': '=', '!=': '<>', '!==': '<>', '>': '>', '>=': '>=', '<': '<', '<=': '<=' };

/** The column an operand names, or undefined when it is a value. */
export function columnOf(e: Expr, ctx: WhereContext): string | undefined {
  if (e.kind !== 'VarExpr' || e.name !== 'db') return undefined;
  const names = e.path.map((p) => (p.kind === 'PropAccess' ? p.name : ''));
  const col = names.length >= 2 && names[0] === ctx.table.name ? names[1] : names.length === 1 ? names[0] : undefined;
  if (col === undefined || !ctx.table.columns.some((c) => c.name === col)) {
    throw new ValueTypeError(`table ${ctx.table.name} has no field ${names.join('.')} (joins are not supported by the local runtime yet)`, ctx.at(e));
  }
  return `${ident(ctx.table.name)}.${ident(col)}`;
}

function operand(e: Expr, ctx: WhereContext): { sql: string; value?: Value } {
  const col = columnOf(e, ctx);
  if (col) return { sql: col };
  if (e.kind === 'FilterExpr' && e.operand && (e.name === 'to_lower' || e.name === 'to_upper') && columnOf(e.operand, ctx)) {
    return { sql: `${e.name === 'to_lower' ? 'lower' : 'upper'}(${operand(e.operand, ctx).sql})` };
  }
  const value = ctx.value(e);
  return { sql: ctx.params.add(typeof value === 'object' && value !== null ? JSON.stringify(value) : value), value };
}

const list = (v: Value | undefined, ctx: WhereContext, e: Expr): Value[] => {
  if (!Array.isArray(v)) throw new ValueTypeError('in / not in need an array', ctx.at(e));
  return v;
};

function binary(e: BinaryExpr, ctx: WhereContext): Sql {
  if (e.op === '&&' || e.op === '||') {
    const [l, r] = [toSql(e.left, ctx), toSql(e.right, ctx)];
    return l === null ? r : r === null ? l : `(${l} ${e.op === '&&' ? 'AND' : 'OR'} ${r})`;
  }
  const nullSafe = e.op.endsWith('?');
  const op = nullSafe ? e.op.slice(0, -1) : e.op;
  const left = operand(e.left, ctx);
  if (nullSafe && !columnOf(e.right, ctx) && ctx.value(e.right) === null) return null;
  const rightValue = columnOf(e.right, ctx) ? undefined : ctx.value(e.right);
  if ((op === '==' || op === '=' || op === '!=') && rightValue === null) return `${left.sql} IS ${op === '!=' ? 'NOT ' : ''}NULL`;
  if (COMPARE[op]) return `${left.sql} ${COMPARE[op]} ${operand(e.right, ctx).sql}`;
  if (op === 'in' || op === 'not in') {
    const items = list(rightValue, ctx, e.right).map((v) => ctx.params.add(v));
    if (items.length === 0) return op === 'in' ? 'FALSE' : 'TRUE';
    return `${left.sql} ${op === 'in' ? 'IN' : 'NOT IN'} (${items.join(', ')})`;
  }
  const json = (v: Value | undefined): string => ctx.params.add(JSON.stringify(v ?? null));
  const overlaps = (): string => `EXISTS (SELECT 1 FROM jsonb_array_elements(${left.sql}) a WHERE a IN (SELECT jsonb_array_elements(${json(rightValue)}::jsonb)))`;
  const r = (): string => operand(e.right, ctx).sql;
  const OPS: Record<string, () => string> = {
    contains: () => `${left.sql} @> ${json([rightValue ?? null])}::jsonb`,
    'not contains': () => `NOT (${left.sql} @> ${json([rightValue ?? null])}::jsonb)`,
    '@>': () => `${left.sql} @> ${json(rightValue)}::jsonb`,
    overlaps, 'not overlaps': () => `NOT ${overlaps()}`,
    includes: () => `strpos(${left.sql}, ${r()}) > 0`, 'not includes': () => `strpos(${left.sql}, ${r()}) = 0`,
    like: () => `${left.sql} LIKE ${r()}`, 'not like': () => `${left.sql} NOT LIKE ${r()}`,
    ilike: () => `${left.sql} ILIKE ${r()}`, 'not ilike': () => `${left.sql} NOT ILIKE ${r()}`,
    '~': () => `${left.sql} ~ ${r()}`, '!~': () => `${left.sql} !~ ${r()}`,
  };
  const sql = OPS[op];
  if (sql) return sql();
  throw new UnsupportedStatementError(`operator ${e.op} in a where clause`, ctx.at(e));
}

/** The SQL condition of a where expression, or null when it sets none. */
export function toSql(e: Expr, ctx: WhereContext): Sql {
  if (e.kind === 'BinaryExpr') return binary(e, ctx);
  if (e.kind === 'UnaryExpr' && e.op === '!') {
    const inner = toSql(e.operand, ctx);
    return inner === null ? null : `NOT (${inner})`;
  }
  if (e.kind === 'BetweenExpr') {
    const sql = `${operand(e.operand, ctx).sql} BETWEEN ${operand(e.low, ctx).sql} AND ${operand(e.high, ctx).sql}`;
    return e.negated ? `NOT (${sql})` : sql;
  }
  const col = columnOf(e, ctx);
  if (col) return `${col} IS TRUE`;
  return ctx.value(e) === null || ctx.value(e) === false ? 'FALSE' : 'TRUE';
}
