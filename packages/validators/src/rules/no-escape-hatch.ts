import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { locAt } from '../engine/ast-util.js';

// DESIGN "Escape hatches": raw.stmt(), raw.expr() and raw.object() carry XanoScript the DSL cannot
// express; lint notes each one so they get replaced as the DSL grows.

const WHAT: Readonly<Record<string, string>> = { RawStmt: 'statement', RawExpr: 'expression', RawDecl: 'object' };

/** The location of a 1-based line's first non-blank character. */
function lineLoc(text: string, line: number) {
  let offset = 0;
  for (let i = 1; i < line && offset !== -1; i++) offset = text.indexOf('\n', offset) + 1 || -1;
  if (offset === -1) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0;
  return locAt(text, offset + indent, 1);
}

/**
 * Raw nodes the parser itself makes are no escape hatch: text it keeps as written — a bare word where
 * a literal goes (`enum status?=Inactive`), a backtick expression it cannot read (`` `$$.index == ` ``),
 * an object of a kind xac does not know yet (which the parser reports, `unknown-object-kind`). The
 * author used no hatch; only raw nodes the DSL built (no source position) are, and the build's
 * source map names those of compiled output.
 */
const readByParser = (n: { readonly loc?: unknown }): boolean => n.loc !== undefined;

export default defineRule<'raw' | 'dslEscape' | 'marker', object>({
  name: 'no-escape-hatch',
  meta: {
    type: 'suggestion',
    description: 'raw escape hatches (raw statements, expressions and objects) are not checked by the other rules',
    defaultSeverity: 'warning',
    messages: {
      raw: 'raw {{what}} (an escape hatch): its text is not checked by lint; express it with the DSL when it can',
      dslEscape: '`{{what}}()` at {{at}} (an escape hatch): the DSL did not check what it produced here; express it with the DSL when it can',
      marker: '`{{what}}()` marker at {{at}}: {{reason}}; the types reject this as written, so fix it with the typed form',
    },
  },
  defaultOptions: {},
  create(ctx) {
    // Compiled output: the source map names each escape hatch of the DSL source (unsafe() compiles
    // to a plain dot path, raw.stmt() to ordinary text, so the tree alone cannot show them).
    for (const e of ctx.escapes) {
      const loc = e.line === undefined ? undefined : lineLoc(ctx.text, e.line);
      const data = { what: e.what, at: e.at, reason: e.reason ?? '' };
      ctx.report({ messageId: e.reason === undefined ? 'dslEscape' : 'marker', node: ctx.object ?? ctx.doc, ...(loc ? { loc } : {}), data });
    }
    walk(ctx.doc, {
      enter(n) {
        const what = WHAT[n.kind];
        if (what && !readByParser(n)) ctx.report({ messageId: 'raw', node: n, data: { what } });
      },
    });
  },
});
