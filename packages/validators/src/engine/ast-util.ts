import type { AttrStmt, Document, Expr, FieldDecl, FieldList, Node, ObjectDecl, SourceLocation } from '@xac/xanoscript-dsl/ast';
import { visitorKeys, walk } from '@xac/xanoscript-dsl/ast';

// Small AST helpers shared by the engine and the rules.

/** Node → its parent (and the property it sits in). */
export type ParentMap = ReadonlyMap<Node, { readonly parent: Node; readonly key: string }>;

/** Builds the parent map of a tree in one walk. */
export function parentMap(root: Node): ParentMap {
  const out = new Map<Node, { parent: Node; key: string }>();
  walk(root, {
    enter(n, c) {
      if (c.parent && c.key) out.set(n, { parent: c.parent, key: c.key });
    },
  });
  return out;
}

// Which node kinds are attribute statements is the catalogue's fact (ast/schema/catalogue.ts).
export { isAttrStmt } from '@xac/xanoscript-dsl/ast';

/** The value of a statement's attribute. */
export function attrOf(s: { readonly attrs: readonly { name: string; value: Expr }[] }, name: string): Expr | undefined {
  return s.attrs.find((a) => a.name === name)?.value;
}

/** A string literal's text (or an identifier target's), else undefined. */
export function stringOf(e: Expr | undefined): string | undefined {
  return e?.kind === 'StringLit' ? e.value : undefined;
}

/** `db.get "user"` → `user`. */
export function tableOf(s: AttrStmt): string | undefined {
  return stringOf(s.target);
}

/** The filters applied to a value, innermost first, and the value underneath. */
export function unwrapFilters(e: Expr): { base: Expr; filters: string[] } {
  const filters: string[] = [];
  let cur: Expr = e;
  while (cur.kind === 'FilterExpr' && cur.operand !== null) {
    filters.unshift(cur.name);
    cur = cur.operand;
  }
  return { base: cur, filters };
}

/** Fields of a field list, comments dropped, by name. */
export function fieldsByName(list: FieldList | undefined): Map<string, FieldDecl> {
  return new Map((list ?? []).filter((f): f is FieldDecl => f.kind === 'FieldDecl').map((f) => [f.name, f]));
}

/** The object of a document, unless it is raw. */
export function objectOf(doc: Document): ObjectDecl | undefined {
  return doc.object.kind === 'RawDecl' ? undefined : doc.object;
}

/** The 1-based position of a text offset. */
export function locAt(text: string, offset: number, length: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const start = { line, column: offset - lineStart + 1, offset };
  return { start, end: { line, column: start.column + length, offset: offset + length } };
}

/** The source text of a node, whitespace collapsed (for fingerprints and messages). */
export function sourceOf(text: string, n: Node): string {
  return n.loc ? text.slice(n.loc.start.offset, n.loc.end.offset).replace(/\s+/g, ' ') : '';
}

/** Whether a node sits inside the `catch` of a try_catch (at any depth). */
export function inCatch(n: Node, parents: ParentMap): boolean {
  for (let at = parents.get(n); at; at = parents.get(at.parent)) if (at.key === 'catch' && at.parent.kind === 'TryCatchStmt') return true;
  return false;
}

/** Whether a node is switched off (`!stmt`, `!key: value`): skipped at run time, children included. */
export function isDisabled(n: Node): boolean {
  return n.kind !== 'FilterExpr' && (n as { readonly disabled?: boolean }).disabled === true;
}

/**
 * Walks what runs: like `walk`, but skips disabled statements and object entries with their
 * children (a disabled filter's operand still runs, so filters are walked).
 * @example walkLive(ctx.object, (n) => void (n.kind === 'FunctionRunStmt' && calls.push(n)));
 */
export function walkLive(root: Node, enter: (n: Node) => void): void {
  // A plain recursion over the visitor keys: rules call this once or more per object, and `walk`'s
  // ancestor lists are not needed here.
  const visit = (n: Node): void => {
    if (isDisabled(n)) return;
    enter(n);
    for (const key of visitorKeys[n.kind] as readonly string[]) {
      const v = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) for (const c of v as Node[]) visit(c);
      else if (v !== undefined && v !== null) visit(v as Node);
    }
  };
  visit(root);
}
