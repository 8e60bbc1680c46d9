import { KIND_BUILDERS } from '../dsl/kinds.js';
// JavaScript identifiers for XanoScript names, avoiding reserved words and the module's own imports.

/** Names the generated modules import from the DSL (the import line lists those a module uses). */
export const DSL_NAMES: readonly string[] = [
  'fn', 'query', 'task', 'table', 'tableRef', 'apiGroup', 't', 'raw', 'unsafe', 'val', 'now', 'op',
  ...(Object.values(KIND_BUILDERS) as string[]),
];

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined ' +
    's c error').split(' ').concat(DSL_NAMES),
);

/** A valid, non-reserved JS identifier for a XanoScript variable or object name. */
export function jsIdent(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''));
  if (id === '' || /^[0-9]/.test(id)) id = '_' + id;
  return RESERVED.has(id) ? `v_${id}` : id;
}

/** camelCase identifier for an object (table, function) used as an import binding. */
export function bindingName(name: string, suffix = ''): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const camel = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  return jsIdent((camel || 'object') + suffix);
}
