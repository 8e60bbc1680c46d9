// One source of object identity (DESIGN Conventions: identity): the kind list, the identity string and
// the reference an object is known by, all derived from the object-kind table and read from the AST.
import type { Document, ObjectDecl, RawDecl } from '../nodes/decls.js';
import type { Attribute } from '../nodes/misc.js';
import { OBJECT_KINDS, objectKindByKeyword, objectKindSpec, type ObjectKeyword, type ObjectKindSpec } from './object-kinds.js';

export { layoutPathOf, layoutPathsOf, cliSnakeCase, shortenComponent, LAYOUTS, MAX_FILE_NAME_BYTES, type Layout, type LayoutOptions, type LayoutRef } from './layout-path.js';

/** Every object keyword, in the object-kind table's order. */
export const OBJECT_KEYWORDS: readonly ObjectKeyword[] = OBJECT_KINDS.map((s) => s.keyword);

/** A trigger kind (`table_trigger`, `realtime_trigger`, …): one the Meta API buckets as `trigger`. */
export type TriggerKeyword = Extract<(typeof OBJECT_KINDS)[number], { readonly bucket: 'trigger' }>['keyword'];

/** The trigger kinds, in the object-kind table's order. */
export const TRIGGER_KEYWORDS: readonly TriggerKeyword[] = OBJECT_KINDS.flatMap((s) => (s.bucket === 'trigger' ? [s.keyword as TriggerKeyword] : []));

/** True for a trigger kind. */
export function isTriggerKeyword(kind: string): kind is TriggerKeyword {
  return (TRIGGER_KEYWORDS as readonly string[]).includes(kind);
}

/**
 * What an object is known by: kind + name (+ verb and api_group for endpoints). A query's `apiGroup`
 * is the group's name as written in `api_group = "…"` (or inferred by a layout reader).
 */
export interface ObjectRef {
  readonly kind: ObjectKeyword;
  readonly name: string;
  readonly verb?: string;
  readonly apiGroup?: string;
}

/** True for a known object keyword. */
export function isObjectKeyword(word: string): word is ObjectKeyword {
  return objectKindByKeyword(word) !== undefined;
}

/** The kind's spec for a keyword; undefined for an unknown one. */
export function kindSpecOf(kind: string): ObjectKindSpec | undefined {
  return objectKindByKeyword(kind);
}

/** The Meta API bucket of a kind in multidoc previews (`trigger` for every trigger kind). */
export function bucketOf(kind: string): string {
  return objectKindByKeyword(kind)?.bucket ?? kind;
}

/** A query's `api_group = "…"` when it is a plain string. */
export function apiGroupOf(decl: ObjectDecl): string | undefined {
  const a: Attribute | undefined = decl.attrs.find((x) => x.name === 'api_group');
  return a?.value.kind === 'StringLit' ? a.value.value : undefined;
}

/** The `guid = "…"` an object carries, if any. */
export function guidOf(decl: ObjectDecl): string | undefined {
  const a = decl.attrs.find((x) => x.name === 'guid');
  return a?.value.kind === 'StringLit' ? a.value.value : undefined;
}

const declOf = (o: ObjectDecl | Document): ObjectDecl | RawDecl => (o.kind === 'Document' ? o.object : o);

/**
 * The reference of a parsed object, or undefined for a raw one (`raw.object` text: parse it first).
 * @example refOf(parse('query "users/{id}" verb=GET {\n  api_group = "Users"\n}').ast!) // {kind:'query', name:'users/{id}', verb:'GET', apiGroup:'Users'}
 */
export function refOf(o: ObjectDecl | Document): ObjectRef | undefined {
  const d = declOf(o);
  if (d.kind === 'RawDecl') return undefined;
  const kind = objectKindSpec(d.kind).keyword as ObjectKeyword;
  if (d.kind !== 'QueryDecl') return { kind, name: d.name };
  const apiGroup = apiGroupOf(d);
  return { kind, name: d.name, verb: d.verb, ...(apiGroup === undefined ? {} : { apiGroup }) };
}

const isRef = (o: ObjectRef | ObjectDecl | Document): o is ObjectRef => !('attrs' in o) && o.kind !== 'Document';

/**
 * The identity string of an object: `kind:name`, and `query:name:VERB:api_group` for endpoints (the
 * same order as the official CLI's document key). Used by build, plan, pull, diff, client, emulator
 * and import alike.
 * @example identityOf({kind: 'query', name: 'users', verb: 'GET', apiGroup: 'Admin'}) // 'query:users:GET:Admin'
 */
export function identityOf(o: ObjectRef | ObjectDecl | Document): string {
  const r = isRef(o) ? o : refOf(o);
  if (r === undefined) throw new Error('identityOf: a raw object has no identity until it is parsed');
  if (r.kind !== 'query') return `${r.kind}:${r.name}`;
  return `query:${r.name}:${(r.verb ?? '').toUpperCase()}:${r.apiGroup ?? ''}`;
}

/**
 * How messages name an object: `query "users" GET (Admin)`, `table "user"`.
 * @example describeRef({kind: 'table', name: 'user'}) // 'table "user"'
 */
export function describeRef(r: ObjectRef): string {
  if (r.kind === 'query') return `query "${r.name}" ${r.verb ?? ''} (${r.apiGroup ?? '?'})`;
  return `${r.kind} "${r.name}"`;
}
