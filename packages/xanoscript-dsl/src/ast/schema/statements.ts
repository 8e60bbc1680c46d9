import type { AttrStmt } from '../nodes/stmts.js';

// The statement table — reference/xanoscript.md §4. One entry per keyword that has a node kind of
// its own; every other keyword of §4 parses to a GenericStmt and is listed in the parser's wider
// table. Attributes print in the order given; `description` and `disabled` are allowed on every
// statement and print first, `mock` prints last.

/** What follows the keyword: a table name, a `$variable`, a quoted object name, or nothing. */
export type TargetKind = 'table' | 'var' | 'name' | 'none';

export interface AttrSpec {
  readonly name: string;
  readonly required?: boolean;
}

export interface StmtSpec {
  readonly keyword: string;
  readonly kind: Exclude<AttrStmt['kind'], 'GenericStmt'>;
  readonly target: TargetKind;
  /** Takes a parenthesised argument: `precondition (…)`. */
  readonly arg?: boolean;
  readonly attrs: readonly AttrSpec[];
  /** May bind its result with `as $x`. */
  readonly binds?: boolean;
}

const req = (name: string): AttrSpec => ({ name, required: true });
const opt = (name: string): AttrSpec => ({ name });
const lookup = [req('field_name'), req('field_value')];

export const COMMON_LEADING_ATTRS = ['description', 'disabled'] as const;
export const COMMON_TRAILING_ATTRS = ['mock'] as const;

export const CORE_STATEMENTS: readonly StmtSpec[] = [
  { keyword: 'var', kind: 'VarStmt', target: 'var', attrs: [req('value')] },
  { keyword: 'var.update', kind: 'VarUpdateStmt', target: 'var', attrs: [req('value')] },
  { keyword: 'precondition', kind: 'PreconditionStmt', target: 'none', arg: true,
    attrs: [opt('error_type'), opt('error'), opt('payload')] },
  { keyword: 'throw', kind: 'ThrowStmt', target: 'none', attrs: [req('name'), req('value')] },
  { keyword: 'return', kind: 'ReturnStmt', target: 'none', attrs: [req('value')] },
  { keyword: 'debug.log', kind: 'DebugLogStmt', target: 'none', attrs: [req('value')] },
  // corpus: `runtime_mode` on function.run
  { keyword: 'function.run', kind: 'FunctionRunStmt', target: 'name', attrs: [opt('input'), opt('async'), opt('runtime_mode')], binds: true },
  { keyword: 'db.get', kind: 'DbGetStmt', target: 'table', attrs: [...lookup, opt('output'), opt('addon')], binds: true },
  { keyword: 'db.has', kind: 'DbHasStmt', target: 'table', attrs: lookup, binds: true },
  { keyword: 'db.query', kind: 'DbQueryStmt', target: 'table',
    attrs: ['join', 'where', 'additional_where', 'eval', 'sort', 'override_sort', 'output', 'addon', 'return'].map(opt),
    binds: true },
  // corpus (Xano's own export): `enforce_hidden_fields` on every write
  { keyword: 'db.add', kind: 'DbAddStmt', target: 'table', attrs: [req('data'), opt('output'), opt('addon'), opt('enforce_hidden_fields')], binds: true },
  { keyword: 'db.edit', kind: 'DbEditStmt', target: 'table',
    attrs: [...lookup, req('data'), opt('output'), opt('addon'), opt('enforce_hidden_fields')], binds: true },
  { keyword: 'db.patch', kind: 'DbPatchStmt', target: 'table',
    attrs: [...lookup, req('data'), opt('output'), opt('addon'), opt('enforce_hidden_fields')], binds: true },
  { keyword: 'db.add_or_edit', kind: 'DbAddOrEditStmt', target: 'table',
    attrs: [...lookup, req('data'), opt('output'), opt('addon'), opt('enforce_hidden_fields')], binds: true },
  { keyword: 'db.del', kind: 'DbDelStmt', target: 'table', attrs: lookup },
  { keyword: 'api.request', kind: 'ApiRequestStmt', target: 'none',
    attrs: [req('url'), req('method'), opt('params'), opt('headers'), opt('timeout'), opt('follow_location'),
      opt('verify_host'), opt('verify_peer'), opt('ca_certificate'), opt('certificate'), opt('certificate_pass'),
      opt('private_key')],
    binds: true },
  { keyword: 'util.sleep', kind: 'UtilSleepStmt', target: 'none', attrs: [req('value')] },
];

const byKind = new Map(CORE_STATEMENTS.map((s) => [s.kind, s]));
const byKeyword = new Map(CORE_STATEMENTS.map((s) => [s.keyword, s]));

/** The table entry of a statement kind that has a node of its own. */
export function stmtSpecOfKind(kind: StmtSpec['kind']): StmtSpec {
  const found = byKind.get(kind);
  if (!found) throw new Error(`no statement spec for ${kind}`);
  return found;
}

/** The table entry for a keyword, or undefined when it parses to a GenericStmt. */
export function stmtSpecOfKeyword(keyword: string): StmtSpec | undefined {
  return byKeyword.get(keyword);
}

/** Canonical attribute order for a statement: common leading, the spec's own, then `mock`. */
export function canonicalAttrOrder(spec: StmtSpec | undefined): readonly string[] {
  return [...COMMON_LEADING_ATTRS, ...(spec?.attrs.map((a) => a.name) ?? []), ...COMMON_TRAILING_ATTRS];
}
