// `POST /workspace/{ws}/table/{id}/schema/rename {old_name, new_name}` (reference/meta-api.md §2.9):
// renames a column in the stored table, so deploy can apply a declared rename without a drop.
import type { Document, FieldItem } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { inputError } from './http-error.js';
import { findBranch, findObject, findWorkspace } from './objects.js';
import { route, type Route, type RouteContext } from './router.js';
import { timestamp } from './state.js';

function renamed(text: string, from: string, to: string): string {
  const ast = parse(text, {}).ast;
  const o = ast?.object;
  if (!ast || !o || o.kind !== 'TableDecl') throw inputError('table text cannot be read', 'old_name');
  const schema = o.schema ?? [];
  const has = (n: string) => schema.some((f) => f.kind === 'FieldDecl' && f.name === n);
  if (!has(from)) throw inputError(`column "${from}" not found`, 'old_name');
  if (has(to)) throw inputError(`column "${to}" already exists`, 'new_name');
  const next: FieldItem[] = schema.map((f) => (f.kind === 'FieldDecl' && f.name === from ? { ...f, name: to } : f));
  const doc: Document = { ...ast, object: { ...o, schema: next } };
  return print(doc);
}

async function rename(c: RouteContext) {
  const body = JSON.parse(c.body || '{}') as { old_name?: unknown; new_name?: unknown };
  if (typeof body.old_name !== 'string' || typeof body.new_name !== 'string' || body.new_name === '') {
    throw inputError('old_name and new_name are required', 'old_name');
  }
  const { old_name: from, new_name: to } = body;
  await c.store.transaction((s) => {
    const b = findBranch(findWorkspace(s, c.params.ws), c.query.get('branch'));
    const t = findObject(b, 'table', c.params.id);
    t.text = renamed(t.text, from, to);
    t.updatedAt = timestamp();
  });
  return { json: null };
}

export const SCHEMA_ROUTES: readonly Route[] = [route('POST', '/workspace/:ws/table/:id/schema/rename', rename)];
