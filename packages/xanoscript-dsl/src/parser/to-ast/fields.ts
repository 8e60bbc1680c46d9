import type { IToken } from 'chevrotain';
import type { Expr } from '../../ast/nodes/exprs.js';
import type { ArraySpec, FieldDecl, FieldItem, FieldList, InputFilter } from '../../ast/nodes/fields.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import { FIELD_ATTR_ORDER, sortAttrs } from '../../printer/order.js';
import { checkField } from './field-checks.js';
import type * as C from '../cst.generated.js';
import { checkAttrs } from './checks.js';
import { placeComments } from './comments.js';
import type { Ctx } from './context.js';
import type { ExprBuilder } from './exprs.js';
import type { StmtBuilder } from './stmts.js';
import { decodeString } from './strings.js';

// Field declarations — reference/xanoscript.md §3.1: `type[spec]? name?=default filters=… { meta }`.

const FIELD_ATTRS = { allowed: new Set(['description', 'sensitive', 'table', 'values', 'override', 'visibility', 'size']), required: [] };
const freeze = <T extends object>(n: T): T => Object.freeze(n);

export class FieldBuilder {
  constructor(
    readonly ctx: Ctx,
    readonly x: ExprBuilder,
    readonly stmts: StmtBuilder,
  ) {}

  /** `{ field* }` with the comments above its fields. */
  fieldBlock(n: C.FieldBlockCstNode | undefined): FieldList {
    if (n === undefined) return freeze([]);
    const c = n.children;
    const fields = (c.field ?? []).map((f) => this.field(f));
    const from = c.LCurly?.[0]?.startOffset ?? NaN;
    const to = c.RCurly?.[0]?.startOffset ?? this.ctx.text.length;
    return freeze(placeComments<FieldItem>(this.ctx, fields, from, to));
  }

  field(n: C.FieldCstNode): FieldDecl {
    const c = n.children;
    const [typeTok, nameWord] = c.Word ?? [];
    const opName = c.Op_wordQ?.[0];
    const nameTok: IToken | undefined = nameWord ?? c.StringLiteral?.[0] ?? opName;
    const type = typeTok?.image ?? '';
    const name = nameTok === undefined ? '' : nameTok.tokenType.name === 'StringLiteral' ? decodeString(nameTok.image) :
      nameTok === opName ? nameTok.image.slice(0, -1) : nameTok.image;
    const loc = this.ctx.nodeLoc(n);
    if (nameTok === undefined && type !== 'dblink') this.ctx.error('syntax', `the \`${type}\` field needs a name`, loc);
    const nameAt = nameTok?.startOffset ?? Infinity;
    const qs = c.Question ?? [];
    const node: Record<string, unknown> = {
      kind: 'FieldDecl',
      type,
      name,
      nullable: qs.some((q) => q.startOffset < nameAt),
      optional: opName !== undefined || qs.some((q) => q.startOffset > nameAt),
    };
    if (c.arraySpec !== undefined) node['array'] = this.arraySpec(c.arraySpec[0]!);
    if (c.argUnary !== undefined) node['default'] = this.x.argUnary(c.argUnary[0]);
    node['filters'] = freeze((c.inputFilter ?? []).map((f) => this.inputFilter(f)));
    const { attrs, schema } = this.meta(c.block?.[0], type);
    node['attrs'] = attrs;
    if (schema !== undefined) node['schema'] = schema;
    node['loc'] = loc;
    const field = freeze(node) as unknown as FieldDecl;
    checkField(this.ctx, field, { typeLoc: typeTok ? this.ctx.tokLoc(typeTok) : loc, specs: c.arraySpec ?? [], filterNames: c.inputFilter ?? [], block: c.block !== undefined });
    return field;
  }

  /** The `{ description = … schema { … } }` block of a field. */
  private meta(n: C.BlockCstNode | undefined, type: string): { attrs: readonly Attribute[]; schema?: FieldList } {
    if (n === undefined) return { attrs: freeze([]) };
    const members = this.stmts.members(n);
    const attrs = this.stmts.attrsOf(`the \`${type}\` field`, members, new Set(['attr', 'schema']));
    checkAttrs(this.ctx, `a field`, attrs, FIELD_ATTRS, this.ctx.nodeLoc(n));
    const schemas = members.filter((m) => m.kind === 'schema');
    for (const extra of schemas.slice(1)) this.ctx.error('duplicate-attribute', '`schema` appears twice in this field', extra.loc);
    const schema = schemas[0]?.fields;
    const sorted = freeze(sortAttrs(attrs, FIELD_ATTR_ORDER));
    return schema === undefined ? { attrs: sorted } : { attrs: sorted, schema };
  }

  arraySpec(n: C.ArraySpecCstNode): ArraySpec {
    const c = n.children;
    const colon = c.Colon?.[0];
    const nums = c.NumberLiteral ?? [];
    const before = nums.find((t) => colon === undefined || t.startOffset < colon.startOffset);
    const after = colon === undefined ? undefined : nums.find((t) => t.startOffset > colon.startOffset);
    const spec: Record<string, unknown> = { kind: 'ArraySpec' };
    if (before !== undefined) spec['min'] = Number(before.image);
    if (after !== undefined) spec['max'] = Number(after.image);
    spec['loc'] = this.ctx.nodeLoc(n);
    return freeze(spec) as unknown as ArraySpec;
  }

  private inputFilter(n: C.InputFilterCstNode): InputFilter {
    const c = n.children;
    const [nameTok, ...argWords] = c.Word ?? [];
    const tokens = [...argWords, ...(c.StringLiteral ?? []), ...(c.Regex ?? []), ...(c.NumberLiteral ?? []),
      ...(c.NegNumber ?? []), ...(c.Lit_true ?? []), ...(c.Lit_false ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    const args = tokens.map((t) => this.filterArg(t));
    const node = { kind: 'InputFilter' as const, name: nameTok?.image ?? '', args: freeze(args), loc: this.ctx.nodeLoc(n) };
    return freeze(c.Bang !== undefined ? { ...node, disabled: true } : node);
  }

  private filterArg(t: IToken): Expr {
    const loc = this.ctx.tokLoc(t);
    switch (t.tokenType.name) {
      case 'StringLiteral':
        return freeze({ kind: 'StringLit', value: decodeString(t.image), loc });
      case 'Regex':
        return freeze({ kind: 'RegexLit', pattern: t.image.slice(1, -1), loc });
      case 'NumberLiteral':
      case 'NegNumber':
        return freeze({ kind: 'NumberLit', value: t.image, loc });
      case 'Lit_true':
      case 'Lit_false':
        return freeze({ kind: 'BoolLit', value: t.image === 'true', loc });
      default:
        return freeze({ kind: 'RawExpr', source: t.image, loc });
    }
  }
}
