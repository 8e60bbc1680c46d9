// The parts of a document the emulator keeps beside its text, read from the parser's AST (never a
// regex): a trigger's parent, a table's records (`items = […]`) and the workspace's `env = {…}`.
// Records and env are cut out of the stored text by their source location and put back on pull.
import type { Attribute } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { KINDS, type ObjectType } from './kinds.js';

export interface DocumentParts {
  /** The text without the records and env attributes. */
  readonly text: string;
  readonly parent?: string;
  readonly records?: string;
  readonly env?: string;
}

const SEPARATE: Partial<Record<ObjectType, { readonly attr: string; readonly key: 'records' | 'env' }>> = {
  table: { attr: 'items', key: 'records' },
  workspace: { attr: 'env', key: 'env' },
};

function cut(text: string, a: Attribute): { text: string; part: string } {
  const loc = a.loc;
  if (!loc) return { text, part: '' };
  const lineStart = text.lastIndexOf('\n', loc.start.offset - 1) + 1;
  const lineEnd = text.indexOf('\n', loc.end.offset);
  return { text: text.slice(0, lineStart) + text.slice(lineEnd < 0 ? text.length : lineEnd + 1), part: text.slice(loc.start.offset, loc.end.offset) };
}

/**
 * Splits a document that parsed into its stored text and the parts kept beside it.
 * @example partsOf('table "t" {\n  schema {\n    int id\n  }\n  items = [{id: 1}]\n}\n', 'table').records // 'items = [{id: 1}]'
 */
export function partsOf(text: string, type: ObjectType): DocumentParts {
  const o = parse(text, {}).ast?.object;
  if (!o || o.kind === 'RawDecl') return { text };
  const parentAttr = KINDS[type].parent?.attr;
  const parentValue = parentAttr === undefined ? undefined : o.attrs.find((a) => a.name === parentAttr)?.value;
  const parent = parentValue?.kind === 'StringLit' ? parentValue.value : undefined;
  const separate = SEPARATE[type];
  const attr = separate ? o.attrs.find((a) => a.name === separate.attr) : undefined;
  const { text: rest, part } = attr ? cut(text, attr) : { text, part: undefined };
  return { text: rest, ...(parent === undefined ? {} : { parent }), ...(separate && part ? { [separate.key]: part } : {}) };
}

/** Puts kept parts back before the final `}` (records and env are pulled only when asked for). */
export function withParts(text: string, parts: readonly (string | undefined)[]): string {
  const extra = parts.filter((p): p is string => p !== undefined && p !== '');
  if (extra.length === 0) return text;
  const body = text.replace(/\s+$/, '');
  const close = body.lastIndexOf('}');
  if (close < 0) return text;
  const lines = extra.map((p) => `  ${p}\n`).join('');
  const before = body.slice(0, close).replace(/[ \t]*$/, '');
  return `${before}${before.endsWith('\n') ? '' : '\n'}${lines}${body.slice(close)}\n`;
}
