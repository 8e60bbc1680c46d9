// `POST /workspace/{ws}/table/{id}/schema/rename {old_name, new_name}` (reference/meta-api.md §2.9):
// renames a column in the stored table, so deploy can apply a declared rename without a drop.
import type { Document, FieldItem } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { inputError } from './http-error.js';
import { jsonObjectBody } from './json-body.js';
import { checkName } from './names.js';
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
  const out = print(doc);
  if (parse(out, {}).diagnostics.some((d) => d.severity === 'error')) throw inputError(`renaming to "${to}" would not parse`, 'new_name');
  return out;
}

async function rename(c: RouteContext) {
  const body = jsonObjectBody(c.body);
  const from = checkName(body.old_name, 'old_name', 'column');
  const to = checkName(body.new_name, 'new_name', 'column');
  await c.store.transaction((s) => {
    const b = findBranch(findWorkspace(s, c.params.ws), c.query.get('branch'));
    const t = findObject(b, 'table', c.params.id);
    t.text = renamed(t.text, from, to);
    t.updatedAt = timestamp();
  });
  return { json: null };
}

export const SCHEMA_ROUTES: readonly Route[] = [route('POST', '/workspace/:ws/table/:id/schema/rename', rename)];
