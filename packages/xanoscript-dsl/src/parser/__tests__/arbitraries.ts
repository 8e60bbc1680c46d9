import fc from 'fast-check';
import type { FunctionDecl, Document } from '../../ast/nodes/decls.js';
import type { BinaryOp, Expr, VarExpr } from '../../ast/nodes/exprs.js';
import type { FieldDecl } from '../../ast/nodes/fields.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import type { Stmt } from '../../ast/nodes/stmts.js';

// fast-check arbitraries for ASTs in normal form (what the parser produces): no `$var.x`, no unary
// minus on a positive number literal, attributes in canonical order.

const RESERVED = new Set(['true', 'false', 'null', 'now', 'var', 'not']);
export const ident = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,8}$/)
  .filter((s) => !RESERVED.has(s));

const num = fc.oneof(
  fc.nat(100000).map(String),
  fc.integer({ min: -999, max: -1 }).map(String),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
);

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.string({ maxLength: 12 }).map((value) => ({ kind: 'StringLit' as const, value })),
  num.map((value) => ({ kind: 'NumberLit' as const, value })),
  fc.boolean().map((value) => ({ kind: 'BoolLit' as const, value })),
  fc.constant({ kind: 'NullLit' as const }),
  fc.constant({ kind: 'NowLit' as const }),
  fc.constant({ kind: 'TimestampLit' as const, value: '2026-01-01 08:00:00+0000' }),
  fc.constantFrom('int', 'text', 'bool').map((type) => ({ kind: 'CastExpr' as const, type, value: { kind: 'StringLit' as const, value: '42' } })),
);

export const simpleVar: fc.Arbitrary<VarExpr> = fc
  .tuple(ident, fc.array(ident, { maxLength: 2 }))
  .map(([name, props]) => ({ kind: 'VarExpr', name, path: props.map((p) => ({ kind: 'PropAccess' as const, name: p })) }));

const OPS: BinaryOp[] = ['+', '-', '*', '/', '%', '~', '==', '!=', '===', '>', '>=', '<', '<=', '&&', '||', '??'];
const FILTERS = ['get', 'count', 'to_text', 'merge', 'set', 'first', 'trim', 'to_int', 'join', 'range'];

const { expr } = fc.letrec<{ expr: Expr; varExpr: VarExpr }>((tie) => ({
  varExpr: fc
    .tuple(ident, fc.array(fc.oneof(ident.map((n) => ({ kind: 'PropAccess' as const, name: n })),
      tie('expr').map((index) => ({ kind: 'IndexAccess' as const, index }))), { maxLength: 2 }))
    .map(([name, path]) => ({ kind: 'VarExpr' as const, name, path })),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('varExpr'),
    fc.tuple(fc.constantFrom(...OPS), tie('expr'), tie('expr')).map(([op, left, right]) => ({ kind: 'BinaryExpr' as const, op, left, right })),
    // `-` on a number literal is not a normal form: the parser folds `-(5)` into the literal `-5`.
    fc.tuple(fc.constantFrom('!' as const, '-' as const), tie('expr'))
      .filter(([op, e]) => !(op === '-' && e.kind === 'NumberLit'))
      .map(([op, operand]) => ({ kind: 'UnaryExpr' as const, op, operand })),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([test, consequent, alternate]) => ({ kind: 'TernaryExpr' as const, test, consequent, alternate })),
    fc.tuple(fc.option(tie('expr'), { nil: null, freq: 6 }), fc.constantFrom(...FILTERS), fc.array(tie('expr'), { maxLength: 2 }), fc.boolean())
      .map(([operand, name, args, disabled]) => (disabled
        ? { kind: 'FilterExpr' as const, operand, name, args, disabled: true }
        : { kind: 'FilterExpr' as const, operand, name, args })),
    fc.tuple(tie('expr'), tie('expr')).map(([from, to]) => ({ kind: 'RangeExpr' as const, from, to })),
    fc.uniqueArray(fc.tuple(fc.string({ maxLength: 6 }), tie('expr')), { maxLength: 3, selector: ([k]) => k })
      .map((es) => ({ kind: 'ObjectExpr' as const, entries: es.map(([key, value]) => ({ kind: 'ObjectEntry' as const, key, value })) })),
    fc.array(tie('expr'), { maxLength: 3 }).map((elements) => ({ kind: 'ArrayExpr' as const, elements })),
  ),
}));
export { expr };

const attr = (name: string, value: Expr): Attribute => ({ kind: 'Attribute', name, value });

const { stmt } = fc.letrec<{ stmt: Stmt; body: Stmt[] }>((tie) => ({
  body: fc.array(tie('stmt'), { maxLength: 3 }),
  stmt: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(simpleVar, expr).map(([target, v]) => ({ kind: 'VarStmt' as const, target, attrs: [attr('value', v)] })),
    fc.tuple(ident, expr, simpleVar).map(([t, v, as]) => ({
      kind: 'DbGetStmt' as const, target: { kind: 'StringLit' as const, value: t },
      attrs: [attr('field_name', { kind: 'StringLit', value: 'id' }), attr('field_value', v)], as,
    })),
    fc.tuple(simpleVar, expr).map(([target, v]) => ({ kind: 'GenericStmt' as const, name: 'math.add', target, attrs: [attr('value', v)] })),
    fc.string({ maxLength: 10 }).filter((t) => !/[\r\n]/.test(t)).map((text) => ({ kind: 'Comment' as const, text })),
    fc.constant({ kind: 'BreakStmt' as const }),
    fc.tuple(expr, tie('body'), fc.option(tie('body'), { nil: undefined })).map(([test, body, els]) => {
      const base = { kind: 'ConditionalStmt' as const, attrs: [], branches: [{ kind: 'IfBranch' as const, test, body }] };
      return els === undefined ? base : { ...base, else: els };
    }),
    fc.tuple(expr, simpleVar, tie('body')).map(([list, v, body]) => ({
      kind: 'ForeachStmt' as const, list, attrs: [], item: { ...v, path: [] }, body,
    })),
    fc.tuple(expr, tie('body')).map(([test, body]) => ({ kind: 'WhileStmt' as const, test, attrs: [], body })),
  ),
}));
export { stmt };

const TYPES = ['int', 'text', 'decimal', 'bool', 'timestamp', 'json', 'email', 'uuid'];
export const field: fc.Arbitrary<FieldDecl> = fc
  .record({
    type: fc.constantFrom(...TYPES),
    name: ident,
    nullable: fc.boolean(),
    optional: fc.boolean(),
    description: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  })
  .map(({ type, name, nullable, optional, description }) => ({
    kind: 'FieldDecl', type, name, nullable, optional, filters: [],
    attrs: description === undefined ? [] : [attr('description', { kind: 'StringLit', value: description })],
  }));

export const document: fc.Arbitrary<Document> = fc
  .record({ name: fc.string({ maxLength: 12 }), input: fc.array(field, { maxLength: 3 }), stack: fc.array(stmt, { maxLength: 4 }), response: expr })
  .map(({ name, input, stack, response }) => {
    const object: FunctionDecl = { kind: 'FunctionDecl', name, attrs: [], input, stack, response, tests: [] };
    return { kind: 'Document', comments: [], object };
  });
