import type { Document, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import type { ObjectRef, ObjectResolver } from '../context.js';

// The objects of a workspace by identity (kind + name, and verb + api group for an endpoint), for
// the calls of a workflow test.

const trimSlash = (p: string): string => p.replace(/^\/+/, '');
const groupOf = (o: ObjectDecl): string | undefined => {
  const v = o.attrs.find((a) => a.name === 'api_group')?.value;
  return v?.kind === 'StringLit' ? v.value : undefined;
};

function matches(o: ObjectDecl, ref: ObjectRef): boolean {
  if (o.kind !== ref.kind) return false;
  if (o.kind !== 'QueryDecl') return o.name === ref.name;
  if (trimSlash(o.name) !== trimSlash(ref.name)) return false;
  if (ref.verb !== undefined && o.verb !== ref.verb.toUpperCase()) return false;
  const group = groupOf(o);
  return ref.apiGroup === undefined || group === undefined || group === ref.apiGroup;
}

/**
 * A resolver over parsed documents.
 * @example objectsOf(files)({ kind: 'QueryDecl', name: 'users', verb: 'GET', apiGroup: 'app' })?.path
 */
export function objectsOf(files: ReadonlyArray<{ readonly document: Document; readonly path?: string }>): ObjectResolver {
  const decls = files.flatMap(({ document, path }) => (document.object.kind === 'RawDecl' ? [] : [{ decl: document.object, ...(path === undefined ? {} : { path }) }]));
  return (ref) => decls.find((d) => matches(d.decl, ref));
}
