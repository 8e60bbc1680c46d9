import type { Expr, FieldDecl, FunctionRunStmt, Node } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, fieldsByName, isAttrStmt, sourceOf, stringOf, unwrapFilters, walkLive } from '../engine/ast-util.js';

// domain.md §7 pattern 6 (team roster 8066: "Text filter requires an integer, float, string or
// boolean value" on input.2.value): an inline list that must hold text — `api.request`'s `headers`,
// or a `text[]` input of the called function — with an element that may be null, an object or a
// list when the script runs. The docs build such lists inline with literals and `~` ("Authorization:
// Bearer " ~ $env.KEY), which always gives text; a bare variable or path does not. Scalars are
// fine: a literal, a `~` join, a text-giving filter, `$env.X`, a required scalar input, a variable
// every value of which is one of these.

type Messages = 'notText';
type Ctx = RuleContext<Messages, object>;

const SCALAR_TYPES = new Set(['text', 'email', 'password', 'int', 'decimal', 'bool', 'uuid', 'enum', 'timestamp', 'date']);
const TEXT_FILTERS = new Set(['to_text', 'trim', 'to_lower', 'to_upper', 'concat', 'sprintf', 'json_encode', 'url_encode', 'base64_encode', 'join', 'format_timestamp', 'to_int', 'to_decimal', 'to_bool']);

interface Facts {
  readonly inputs: ReadonlyMap<string, FieldDecl>;
  readonly values: ReadonlyMap<string, readonly Expr[]>;
}

/** Whether a list element is certainly a scalar (text, number, bool) when it runs. */
function scalar(e: Expr, f: Facts, depth = 0): boolean {
  if (e.kind === 'StringLit' || e.kind === 'NumberLit' || e.kind === 'BoolLit') return true;
  if (e.kind === 'BinaryExpr') return e.op === '~' || (e.op !== '??' && scalar(e.left, f, depth) && scalar(e.right, f, depth));
  if (e.kind === 'BacktickExpr') return scalar(e.expr, f, depth);
  if (e.kind === 'FilterExpr') return TEXT_FILTERS.has(e.name);
  if (e.kind !== 'VarExpr') return false;
  if (e.name === 'env' && e.path.length === 1) return true;
  if (e.name === 'input' && e.path.length === 1 && e.path[0]?.kind === 'PropAccess') {
    const i = f.inputs.get(e.path[0].name);
    return i !== undefined && SCALAR_TYPES.has(i.type) && !i.array && !i.nullable && (!i.optional || i.default !== undefined);
  }
  const defs = e.path.length === 0 && depth < 4 ? f.values.get(e.name) : undefined;
  return defs !== undefined && defs.length > 0 && defs.every((d) => scalar(d, f, depth + 1));
}

function facts(o: Node, inputs: ReadonlyMap<string, FieldDecl>): Facts {
  const values = new Map<string, Expr[]>();
  walkLive(o, (n) => {
    if (!isAttrStmt(n) || (n.kind !== 'VarStmt' && n.kind !== 'VarUpdateStmt')) return;
    const v = attrOf(n, 'value');
    if (n.target?.kind === 'VarExpr' && n.target.path.length === 0 && v) values.set(n.target.name, [...(values.get(n.target.name) ?? []), v]);
  });
  return { inputs, values };
}

function checkList(list: Expr | undefined, where: string, f: Facts, ctx: Ctx): void {
  if (list?.kind !== 'ArrayExpr') return;
  list.elements.forEach((e, i) => {
    if (!scalar(e, f)) ctx.report({ messageId: 'notText', node: e, data: { index: i, where, text: sourceOf(ctx.text, unwrapFilters(e).base) } });
  });
}

/** `input = {tags: [...]}` of a call, for the callee's `text[]` inputs. */
function checkCall(s: FunctionRunStmt, f: Facts, ctx: Ctx): void {
  const callee = ctx.workspace.functions.get(stringOf(s.target) ?? '');
  const input = attrOf(s, 'input');
  if (!callee || input?.kind !== 'ObjectExpr') return;
  for (const x of input.entries) {
    const decl = callee.inputs.get(x.key);
    if (decl?.array && decl.type === 'text' && !x.disabled) checkList(x.value, `input ${x.key} of ${callee.name}`, f, ctx);
  }
}

export default defineRule<Messages, object>({
  name: 'text-list-value',
  meta: {
    type: 'problem',
    description: 'an inline list that must hold text (api.request headers, a text[] input) must not hold a value that may be null, an object or a list',
    defaultSeverity: 'warning',
    messages: {
      notText: 'element {{index}} of `{{where}}` is `{{text}}`, which may be null, an object or a list when this runs; the list must hold text ("Text filter requires an integer, float, string or boolean value", 8066): build the text here, e.g. `"Name: " ~ {{text}}`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const f = facts(o, fieldsByName(o.input));
    walkLive(o, (n) => {
      if (n.kind === 'ApiRequestStmt') checkList(attrOf(n, 'headers'), 'headers', f, ctx);
      else if (n.kind === 'FunctionRunStmt') checkCall(n, f, ctx);
    });
  },
});
