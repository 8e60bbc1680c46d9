import type { Document, FieldDecl } from '@xac/xanoscript-dsl/ast';

// The workspace model cross-file rules read: table columns and function inputs by name.

export interface Workspace {
  /** Table name → column name → field declaration. */
  readonly tables: ReadonlyMap<string, ReadonlyMap<string, FieldDecl>>;
  /** Function name → input name → field declaration. */
  readonly functions: ReadonlyMap<string, ReadonlyMap<string, FieldDecl>>;
}

const fieldsOf = (list: readonly { kind: string }[] | undefined): Map<string, FieldDecl> =>
  new Map((list ?? []).filter((f): f is FieldDecl => f.kind === 'FieldDecl').map((f) => [f.name, f]));

/**
 * Builds the model from every parsed document of a project.
 * @example const ws = buildWorkspace(docs); ws.tables.get('user')?.get('id')?.type // 'int'
 */
export function buildWorkspace(docs: readonly Document[]): Workspace {
  const tables = new Map<string, Map<string, FieldDecl>>();
  const functions = new Map<string, Map<string, FieldDecl>>();
  for (const d of docs) {
    const o = d.object;
    if (o.kind === 'TableDecl') tables.set(o.name, fieldsOf(o.schema));
    else if (o.kind === 'FunctionDecl') functions.set(o.name, fieldsOf(o.input));
  }
  return { tables, functions };
}
