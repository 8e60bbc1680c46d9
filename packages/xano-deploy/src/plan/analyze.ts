// Reading one XanoScript document into the planner's terms: identity, canonical text (guid stripped,
// parse+print when it parses), references and table columns. Pure: no I/O.
import type { Document, Expr, FieldDecl, Node } from '@xac/xanoscript-dsl/ast';
import { identityOf as objectIdentity, isAttrStmt, targetsTable, walk } from '@xac/xanoscript-dsl/ast';
import { parse, type Diagnostic } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { readHeader, stripGuid, type DocumentHeader } from '@xac/xanoscript-dsl/layout';
import { RESOURCE_KINDS, type Column, type Reference, type References, type ResourceKind, type ResourceRef, type XsObject } from './types.js';

/** The result of reading one document. */
export interface Analysis {
  /** Undefined when the header cannot be read or the kind is not managed. */
  readonly object: XsObject | undefined;
  readonly header: DocumentHeader | undefined;
  /** Parser diagnostics at error level (1-based positions in the text given). */
  readonly errors: readonly Diagnostic[];
}

/** The kind deploy manages a header type as (each trigger kind is its own), or undefined. */
export function kindOf(type: string): ResourceKind | undefined {
  return (RESOURCE_KINDS as readonly string[]).includes(type) ? (type as ResourceKind) : undefined;
}

const stringOf = (e: Expr | undefined): string | undefined => (e?.kind === 'StringLit' ? e.value : undefined);

function refAt(name: string, n: Node): Reference {
  return { name, line: n.loc?.start.line ?? 1, column: n.loc?.start.column ?? 1 };
}

/** function.run targets, db.* tables and the query's api_group. */
export function referencesOf(doc: Document): References {
  const functions: Reference[] = [];
  const tables: Reference[] = [];
  const apiGroups: Reference[] = [];
  walk(doc, {
    enter(n) {
      if (n.kind === 'FunctionRunStmt' || (isAttrStmt(n) && targetsTable(n))) {
        const target = stringOf((n as { target?: Expr }).target);
        if (target !== undefined) (n.kind === 'FunctionRunStmt' ? functions : tables).push(refAt(target, n));
      }
      if (n.kind === 'QueryDecl') {
        const g = n.attrs.find((a) => a.name === 'api_group');
        const name = stringOf(g?.value);
        if (g && name !== undefined) apiGroups.push(refAt(name, g));
      }
    },
  });
  return { functions, tables, apiGroups };
}

function columnOf(f: FieldDecl): Column {
  const type = `${f.type}${f.array ? '[]' : ''}${f.nullable ? '?' : ''}`;
  const values = f.attrs.find((a) => a.name === 'values')?.value;
  const list = values?.kind === 'ArrayExpr' ? values.elements.flatMap((e) => (e.kind === 'StringLit' ? [e.value] : [])) : undefined;
  return { name: f.name, type, ...(f.type === 'enum' && list ? { values: list } : {}) };
}

/** A table's columns (comments skipped). */
export function columnsOf(doc: Document): Column[] | undefined {
  const o = doc.object;
  if (o.kind !== 'TableDecl') return undefined;
  return (o.schema ?? []).flatMap((f) => (f.kind === 'FieldDecl' ? [columnOf(f)] : []));
}

/** The ref of a header, or undefined when its kind is not managed. */
export function refOf(h: DocumentHeader): ResourceRef | undefined {
  const type = kindOf(h.type);
  if (!type) return undefined;
  if (type !== 'query') return { type, name: h.name };
  return { type, name: h.name, verb: (h.verb ?? '').toUpperCase(), apiGroup: h.apiGroup ?? '' };
}

/** The identity key of a ref, from the identity module (ast/schema/identity.ts): `kind:name[:VERB:group]`. */
export function identityOf(r: ResourceRef): string {
  return objectIdentity({ kind: r.type, name: r.name, ...(r.verb ? { verb: r.verb } : {}), ...(r.apiGroup !== undefined ? { apiGroup: r.apiGroup } : {}) });
}

const EMPTY_REFS: References = { functions: [], tables: [], apiGroups: [] };

/**
 * Reads one document. Comparisons use `canonicalText`: guid stripped, then `print(parse(text))` when
 * it parses, else the normalised text.
 * @example const { object, errors } = analyzeXs(readFileSync('apps/functions/xs/table/user.xs', 'utf8'), 'table/user.xs');
 */
export function analyzeXs(text: string, path?: string): Analysis {
  const bare = stripGuid(text);
  const header = readHeader(bare);
  const parsed = parse(bare, path === undefined ? {} : { path });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  // A deployable file is one object; the others of a multidoc file would silently go missing.
  const second = parsed.documents[1]?.object.loc;
  if (second !== undefined) {
    errors.push({ severity: 'error', code: 'multidoc', message: `this file holds ${parsed.documents.length} objects; a deployed file holds one (\`xac import\` splits a multidoc file)`, loc: second });
  }
  const ref = header ? refOf(header) : undefined;
  if (!ref) return { object: undefined, header, errors };
  const ast = parsed.ast;
  const canonicalText = ast && errors.length === 0 ? print(ast) : bare;
  const columns = ast ? columnsOf(ast) : undefined;
  const object: XsObject = {
    identity: identityOf(ref),
    ref,
    canonicalText,
    references: ast ? referencesOf(ast) : EMPTY_REFS,
    ...(columns ? { columns } : {}),
  };
  return { object, header, errors };
}
