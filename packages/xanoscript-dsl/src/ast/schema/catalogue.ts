import type { AttrStmt, Stmt } from '../nodes/stmts.js';
import { genericStmtKeywords, genericStmtSpec } from './generic-statements.js';
import { CORE_STATEMENTS, type TargetKind } from './statements.js';

// The statement catalogue (DESIGN "One statement catalogue"): every statement XanoScript has, as one
// typed record keyed by keyword, built from the two source tables (statements.ts for the statements
// with node kinds of their own, generic-statements.ts for the rest). The parser's checks, the
// printer's attribute order, the validators, the DSL and deploy read statements through this file
// and its predicates; nothing else keeps a list of statement kinds.
//
// Sources, cited per entry in the tables: the current docs (xano-inc/xano-developer-mcp,
// src/xanoscript_docs), Xano's v11 language server (read for facts) and the real-world corpus.

/** What a statement does with a database table: its role decides which checks apply. */
export interface TableRoles {
  /** Finds one row by `field_name` / `field_value` (db.get, db.has, db.edit, db.patch, db.add_or_edit, db.del). */
  readonly lookup: boolean;
  /** Writes the row in `data` (db.add, db.edit, db.patch, db.add_or_edit). */
  readonly write: boolean;
}

export interface CatalogueAttr {
  readonly name: string;
  readonly required: boolean;
  readonly repeatable: boolean;
}

/** One statement of the catalogue. */
export interface StatementSpec {
  readonly keyword: string;
  /** The AST node kind it parses to. */
  readonly kind: AttrStmt['kind'];
  /** What follows the keyword, when the catalogue knows it. */
  readonly target: TargetKind | 'any';
  readonly attrs: readonly CatalogueAttr[];
  /** Any attribute name is accepted (cloud.*, some security statements). */
  readonly anyAttrs: boolean;
  /** Groups of which exactly one member is required. */
  readonly oneOf: readonly (readonly string[])[];
  /** Takes a `stack { … }` block of statements. */
  readonly stack: boolean;
  /** Its target names a table. */
  readonly table: boolean;
  readonly roles: TableRoles;
}

const LOOKUP = new Set(['db.get', 'db.has', 'db.edit', 'db.patch', 'db.add_or_edit', 'db.del']);
const WRITE = new Set(['db.add', 'db.edit', 'db.patch', 'db.add_or_edit']);
/** Generic db statements whose target is a table (`db.bulk.add "rows" { … }`, `db.truncate "t"`). */
const GENERIC_TABLE = /^db\.(bulk\.|truncate$|schema$)/;

function entries(): Array<[string, StatementSpec]> {
  const core = CORE_STATEMENTS.map((s): [string, StatementSpec] => [s.keyword, {
    keyword: s.keyword, kind: s.kind, target: s.target, anyAttrs: false, oneOf: [], stack: false,
    attrs: s.attrs.map((a) => ({ name: a.name, required: a.required === true, repeatable: false })),
    table: s.target === 'table', roles: { lookup: LOOKUP.has(s.keyword), write: WRITE.has(s.keyword) },
  }]);
  const generic = genericStmtKeywords().map((k): [string, StatementSpec] => {
    const g = genericStmtSpec(k)!;
    const attr = (name: string, required: boolean): CatalogueAttr => ({ name, required, repeatable: g.repeatable.includes(name) });
    return [k, {
      keyword: k, kind: 'GenericStmt', target: GENERIC_TABLE.test(k) ? 'table' : 'any', anyAttrs: g.anyAttrs, oneOf: g.oneOf,
      stack: g.stack, attrs: [...g.required.map((n) => attr(n, true)), ...g.optional.map((n) => attr(n, false))],
      table: GENERIC_TABLE.test(k), roles: { lookup: false, write: false },
    }];
  });
  return [...core, ...generic];
}

/**
 * Every statement, by keyword.
 * @example CATALOGUE['db.get']?.roles.lookup // true
 */
export const CATALOGUE: Readonly<Record<string, StatementSpec>> = Object.freeze(Object.fromEntries(entries()));

const BY_KIND = new Map(Object.values(CATALOGUE).filter((s) => s.kind !== 'GenericStmt').map((s) => [s.kind, s]));

/** Node kinds of the `keyword target { attrs } as $x` shape, derived from the catalogue. */
export const ATTR_STMT_KINDS: ReadonlySet<string> = new Set([...BY_KIND.keys(), 'GenericStmt']);

/** True for a statement of the attribute shape (every statement but the block statements). */
export function isAttrStmt(n: { readonly kind: string }): n is AttrStmt {
  return ATTR_STMT_KINDS.has(n.kind);
}

/**
 * The catalogue entry of a statement node, or undefined for a block statement or an unknown keyword.
 * @example statementOf(stmt)?.table
 */
export function statementOf(s: Stmt): StatementSpec | undefined {
  if (!isAttrStmt(s)) return undefined;
  return s.kind === 'GenericStmt' ? CATALOGUE[s.name] : BY_KIND.get(s.kind);
}

/** A lookup by `field_name` / `field_value`. */
export const isLookup = (s: Stmt): s is AttrStmt => statementOf(s)?.roles.lookup === true;
/** A write of a row's `data`. */
export const isWrite = (s: Stmt): s is AttrStmt => statementOf(s)?.roles.write === true;
/** A statement whose target is a table name. */
export const targetsTable = (s: Stmt): s is AttrStmt => statementOf(s)?.table === true;
