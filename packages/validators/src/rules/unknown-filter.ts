import type { FilterExpr } from '@xac/xanoscript-dsl/ast';
import { DEPRECATED_FILTERS, node, walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// Seed bug 7 (`format_date` for `format_timestamp`): filter names Xano does not know. The parser
// finds them (its filter tables); this rule names the filter that was meant and renames it.

/**
 * Names people try that are no filter at all (the seed's gotcha table) → the filter meant. Old names
 * of real filters come from the catalogue (DEPRECATED_FILTERS), not from here.
 */
export const FILTER_SUGGESTIONS: ReadonlyMap<string, string> = new Map([
  ['format_date', 'format_timestamp'], ['default', 'first_notnull'], ['length', 'count'], ['size', 'count'],
  ['substring', 'substr'], ['to_integer', 'to_int'], ['str_split', 'split'], ['get_keys', 'keys'],
]);

function suggestion(name: string): string | undefined {
  return FILTER_SUGGESTIONS.get(name) ?? DEPRECATED_FILTERS.get(name);
}

export default defineRule<'unknown' | 'unknownSuggest' | 'rename', object>({
  name: 'unknown-filter',
  meta: {
    type: 'problem',
    description: 'filter names must exist (`format_date` → `format_timestamp`, `default` → `first_notnull`, `length` → `count`, old aliases)',
    fixable: 'code',
    fixKeepsBehaviour: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    messages: {
      unknown: 'unknown filter `{{name}}`',
      unknownSuggest: 'unknown filter `{{name}}`: use `{{suggestion}}`',
      rename: 'rename it to `{{suggestion}}` (check its arguments: the filter meant may take others)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const wanted = ctx.diagnostics.filter((d) => d.code === 'unknown-filter');
    if (wanted.length === 0 || !ctx.object) return;
    const filters: FilterExpr[] = [];
    walk(ctx.object, { enter: (n) => void (n.kind === 'FilterExpr' && filters.push(n)) });
    for (const d of wanted) {
      const name = ctx.text.slice(d.loc.start.offset, d.loc.end.offset);
      const f = filters.find((x) => x.name === name && x.loc && x.loc.start.offset <= d.loc.start.offset && d.loc.end.offset <= x.loc.end.offset);
      const s = suggestion(name);
      const edit = f && s ? { kind: 'replace' as const, node: f, with: node({ ...f, name: s }) } : undefined;
      // An old name of the same filter is renamed by --fix (Xano runs both alike); a guess is a suggestion.
      const fix = !edit ? {} : DEPRECATED_FILTERS.has(name) ? { fix: edit } : { suggest: [{ messageId: 'rename' as const, fix: edit }] };
      ctx.report({ messageId: s ? 'unknownSuggest' : 'unknown', node: f ?? ctx.doc, loc: d.loc, data: { name, suggestion: s ?? '' }, ...fix });
    }
  },
});
