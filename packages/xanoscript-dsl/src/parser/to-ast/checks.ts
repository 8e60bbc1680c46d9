import type { SourceLocation } from '../../ast/loc.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import { genericStmtSpec } from '../../ast/schema/generic-statements.js';
import { CATALOGUE, type CatalogueAttr } from '../../ast/schema/catalogue.js';
import { COMMON_LEADING_ATTRS, COMMON_TRAILING_ATTRS } from '../../ast/schema/statements.js';
import type { Ctx } from './context.js';
import type { StmtBuilder, StmtHeader } from './stmts.js';

// Schema-table checks shared by statements, objects and fields (§4.1, §6 items 1–3 and 9).

export interface AttrRules {
  /** Allowed names; undefined accepts any. */
  readonly allowed?: ReadonlySet<string>;
  readonly required: readonly string[];
  /** Names that may appear more than once. */
  readonly repeatable?: readonly string[];
  /** Groups of which exactly one member must be written. */
  readonly oneOf?: readonly (readonly string[])[];
}

const COMMON = [...COMMON_LEADING_ATTRS, ...COMMON_TRAILING_ATTRS];

const rulesCache = new Map<string, AttrRules | undefined>();

/** The attribute rules of a statement keyword, from the core or the wider table (cached). */
export function stmtAttrRules(keyword: string): AttrRules | undefined {
  if (rulesCache.has(keyword)) return rulesCache.get(keyword);
  const rules = computeRules(keyword);
  if (rulesCache.size < 10_000) rulesCache.set(keyword, rules);
  return rules;
}

function computeRules(keyword: string): AttrRules | undefined {
  const spec = CATALOGUE[keyword] ?? genericStmtSpecOf(keyword);
  if (spec === undefined) return undefined;
  return {
    allowed: spec.anyAttrs ? undefined : new Set([...COMMON, ...spec.attrs.map((a) => a.name)]),
    required: spec.attrs.filter((a) => a.required).map((a) => a.name),
    repeatable: spec.attrs.filter((a) => a.repeatable).map((a) => a.name),
    oneOf: spec.oneOf,
  };
}

/** Families outside the table whose members take any attribute (`cloud.*`). */
function genericStmtSpecOf(keyword: string): { anyAttrs: boolean; attrs: readonly CatalogueAttr[]; oneOf: readonly (readonly string[])[] } | undefined {
  const g = genericStmtSpec(keyword);
  return g === undefined ? undefined : { anyAttrs: g.anyAttrs, attrs: [], oneOf: [] };
}

/** Unknown, duplicate and missing attributes of one statement, object or field. */
export function checkAttrs(ctx: Ctx, what: string, attrs: readonly Attribute[], rules: AttrRules, loc: SourceLocation): void {
  const seen = new Set<string>();
  for (const a of attrs) {
    if (seen.has(a.name) && !rules.repeatable?.includes(a.name)) ctx.error('duplicate-attribute', `\`${a.name}\` appears twice in ${what}`, a.loc ?? loc);
    seen.add(a.name);
    if (rules.allowed !== undefined && !rules.allowed.has(a.name)) {
      const list = [...rules.allowed].filter((n) => !COMMON.includes(n as never)).map((n) => `\`${n}\``);
      const takes = list.length > 0 ? `; it takes ${list.join(', ')}` : '';
      ctx.warn('unknown-attribute', `\`${a.name}\` is not an attribute of ${what}${takes}`, a.loc ?? loc);
    }
  }
  for (const r of rules.required) {
    if (!seen.has(r)) ctx.error('missing-attribute', `${what} is missing \`${r}\``, loc);
  }
  for (const group of rules.oneOf ?? []) {
    const written = group.filter((g) => seen.has(g));
    if (written.length === 0) ctx.error('missing-attribute', `${what} is missing \`${group.join('` or `')}\``, loc);
    if (written.length > 1) ctx.error('duplicate-attribute', `${what} takes one of \`${group.join('` or `')}\`, not both`, loc);
  }
}

/** Statements allowed only in some contexts (§6 item 9). */
export function checkContext(b: StmtBuilder, h: StmtHeader): void {
  if (h.name === 'api.call' && b.objectKind !== 'tool' && b.objectKind !== 'workflow_test') {
    b.ctx.error('statement-context', '`api.call` is only allowed in `tool` and `workflow_test` stacks', h.nameLoc);
  }
  if (h.name.startsWith('expect.') && !b.inTest && b.objectKind !== 'workflow_test') {
    b.ctx.error('statement-context', `\`${h.name}\` is only allowed in \`test\` blocks and \`workflow_test\` stacks`, h.nameLoc);
  }
}
