import type { CstNode } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { FieldDecl } from '../../ast/nodes/fields.js';
import type { Ctx } from './context.js';

// Field declarations — reference §3.2–§3.4: known type names, object and enum shapes, array bounds,
// and the input filters each type accepts.

const TYPES = new Set([
  'int', 'decimal', 'text', 'bool', 'timestamp', 'date', 'email', 'password', 'uuid', 'json', 'vector', 'enum',
  'object', 'image', 'video', 'audio', 'attachment', 'geo_point', 'geo_multipoint', 'geo_linestring',
  'geo_multilinestring', 'geo_polygon', 'geo_multipolygon', 'file', 'dblink',
]);

/** Names from other languages and what XanoScript calls them (the Developer MCP's hints). */
const FOREIGN: Record<string, string> = {
  string: 'text', str: 'text', integer: 'int', number: 'decimal', float: 'decimal', double: 'decimal',
  boolean: 'bool', datetime: 'timestamp', array: 'json', list: 'json', map: 'json', dict: 'json',
};

const INPUT_FILTERS: Record<string, readonly string[]> = {
  text: ['trim', 'lower', 'upper', 'min', 'max', 'startsWith', 'prevent', 'alphaOk', 'digitOk', 'ok', 'pattern'],
  int: ['min', 'max'],
  decimal: ['min', 'max'],
  email: ['trim', 'lower'],
  password: ['min', 'max', 'minAlpha', 'minLowerAlpha', 'minUpperAlpha', 'minDigit', 'minSymbol'],
};

interface FieldSyntax {
  readonly typeLoc: SourceLocation;
  readonly specs: readonly CstNode[];
  readonly filterNames: readonly CstNode[];
  /** Whether the field has a `{ … }` block (`object x { … }`), empty or not. */
  readonly block: boolean;
}

/** Reports the problems of one field that the grammar alone lets through. */
export function checkField(ctx: Ctx, f: FieldDecl, syntax: FieldSyntax): void {
  checkType(ctx, f, syntax.typeLoc, syntax.block);
  for (const extra of syntax.specs.slice(1)) {
    ctx.error('invalid-type', `nested arrays (\`${f.type}[][]\`) are not supported; use \`json\` for nested data`, ctx.nodeLoc(extra));
  }
  const a = f.array;
  if (a?.min !== undefined && a.max !== undefined && a.max < a.min) {
    ctx.error('invalid-type', `the array slice \`[${a.min}:${a.max}]\` ends before it starts; the end must be ≥ the start`, f.loc ?? syntax.typeLoc);
  }
  const allowed = INPUT_FILTERS[f.type];
  if (allowed === undefined) return;
  f.filters.forEach((flt, i) => {
    if (allowed.includes(flt.name)) return;
    const node = syntax.filterNames[i];
    const at = flt.loc ?? (node ? ctx.nodeLoc(node) : syntax.typeLoc);
    ctx.warn('unknown-filter', `\`${flt.name}\` is not an input filter for \`${f.type}\`; \`${f.type}\` takes ${allowed.map((n) => `\`${n}\``).join(', ')}`, at);
  });
}

function checkType(ctx: Ctx, f: FieldDecl, typeLoc: SourceLocation, block: boolean): void {
  if (!TYPES.has(f.type)) {
    const hint = FOREIGN[f.type.toLowerCase()];
    const msg = hint
      ? `\`${f.type}\` is not a XanoScript type; use \`${hint}\``
      : `unknown type \`${f.type}\`; expected one of ${[...TYPES].slice(0, 9).map((t) => `\`${t}\``).join(', ')}, …`;
    ctx.error('invalid-type', msg, typeLoc);
    return;
  }
  if (f.type === 'object') {
    if (f.nullable) ctx.warn('nullable-object', 'the docs do not define a nullable `object` (`object?`); an optional field (`name?`) is the documented form', typeLoc);
    // Xano's own parser (the v11 language server) takes `object x { … }` with or without a `schema`
    // inside (`description` alone, or nothing), but not a bare `object x` without braces.
    if (!block) ctx.error('missing-member', 'an `object` field needs a `{ … }` block, e.g. `object x {` with `schema { … }` listing its fields `}`', typeLoc);
  }
  if (f.type === 'enum' && !f.attrs.some((a) => a.name === 'values')) {
    ctx.error('missing-attribute', 'an `enum` field needs `values = ["…", …]`', typeLoc);
  }
}
