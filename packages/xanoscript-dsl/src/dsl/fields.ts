import { commentText } from './comment-text.js';
import { arr, attr, node, str } from '../ast/build.js';
import type { Expr } from '../ast/nodes/exprs.js';
import type { ArraySpec, FieldDecl, FieldItem, InputFilter } from '../ast/nodes/fields.js';
import type { Attribute, Comment } from '../ast/nodes/misc.js';
import { toNode, type Keys } from './expr.js';
import { DslError, captureOrigin, type Origin } from './origin.js';
import type { ArrT, ObjT, Plain, Shape, XT } from './types.js';

// Field builders for inputs and table schemas (reference §3): `t.text('name').optional()`.

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface FieldState {
  readonly type: string;
  readonly name: string;
  readonly nullable: boolean;
  readonly optional: boolean;
  readonly array?: { readonly min?: number; readonly max?: number };
  readonly default?: Expr;
  readonly filters: readonly InputFilter[];
  readonly attrs: readonly Attribute[];
  readonly schema?: readonly AnyField[];
  /** Comment lines printed above the field (`// …`), without the `//`. */
  readonly comments?: readonly string[];
  /** A `dblink` input: the linked table's fields it contributes as inputs (hidden ones left out). */
  readonly linked?: readonly AnyField[];
  readonly origin: () => Origin | undefined;
}

/** The type a field's value has when read (`$input.x`, a row column). */
type Out<T extends XT, Opt, Nul, Def> = Nul extends true ? T | 'null' : Opt extends true ? (Def extends true ? T : T | 'null') : T;

/**
 * One input field or table column. Immutable: every modifier returns a new field.
 * @example t.text('user_id').optional().description('FUB user id')
 */
export class Field<N extends string, T extends XT, Opt extends boolean = false, Nul extends boolean = false, Def extends boolean = false> {
  declare readonly __name: N;
  declare readonly __out: Out<T, Opt, Nul, Def>;
  declare readonly __type: T;

  constructor(readonly state: FieldState) {}

  private with(patch: Partial<FieldState>): any {
    return new Field({ ...this.state, ...patch });
  }

  /** `name?`: the caller may leave it out. */
  optional(): Field<N, T, true, Nul, Def> {
    return this.with({ optional: true });
  }
  /** `type?`: the value may be null. */
  nullable(): Field<N, T, Opt, true, Def> {
    return this.with({ nullable: true });
  }
  /** `name?=value`: optional with a default. */
  default(value: Plain | 'now'): Field<N, T, true, Nul, true> {
    const d = value === 'now' ? node({ kind: 'NowLit' }) : toNode(value);
    return this.with({ optional: true, default: d });
  }
  /** `name?=word`: a default written as a bare word (`enum status?=active`), kept as written. */
  defaultWord(word: string): Field<N, T, true, Nul, true> {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) throw new DslError(`defaultWord needs a bare word, got ${JSON.stringify(word)}`, captureOrigin()());
    return this.with({ optional: true, default: node({ kind: 'RawExpr', source: word }) });
  }
  /** `type[]` or `type[min:max]`: an array of this type. */
  list(bounds: { min?: number; max?: number } = {}): Field<N, ArrT<T>, Opt, Nul, Def> {
    return this.with({ array: bounds });
  }
  /** `filters=trim|max:120` — input filters, by name or `[name, ...args]`. */
  filters(...filters: Array<string | readonly [string, ...Array<string | number>]>): this {
    const list = filters.map((f) => {
      const [name, ...args] = typeof f === 'string' ? [f] : f;
      return node({ kind: 'InputFilter', name, args: Object.freeze(args.map((a) => toNode(a))) } satisfies InputFilter);
    });
    return this.with({ filters: Object.freeze([...this.state.filters, ...list]) });
  }
  description(text: string): this {
    return this.meta('description', str(text));
  }
  sensitive(): this {
    return this.meta('sensitive', node({ kind: 'BoolLit', value: true }));
  }
  /** `table = "name"`: a foreign key to another table. */
  references(table: string | { readonly name: string }): this {
    return this.meta('table', str(typeof table === 'string' ? table : table.name));
  }
  /** `visibility = "private"`: who sees the column in the Xano UI and API docs. */
  visibility(value: 'public' | 'private' | 'internal'): this {
    return this.meta('visibility', str(value));
  }
  /** Any other documented field attribute with a plain value: `.attr('size', 1536)` on a vector. */
  attr(name: string, value: Plain): this {
    if (!IDENT.test(name)) throw new DslError(`invalid attribute name ${JSON.stringify(name)}`, captureOrigin()());
    return this.meta(name, toNode(value));
  }
  /** Comment lines printed above the field (`// text` for each line; '' for a bare `//`). */
  comments(...lines: string[]): this {
    return this.with({ comments: Object.freeze([...(this.state.comments ?? []), ...lines]) });
  }
  private meta(name: string, value: Expr): this {
    const attrs = this.state.attrs.filter((a) => a.name !== name);
    return this.with({ attrs: Object.freeze([...attrs, attr(name, value)]) });
  }

  /** The field's AST node. */
  toNode(): FieldDecl {
    const s = this.state;
    const array: ArraySpec | undefined = s.array ? node({ kind: 'ArraySpec', ...s.array }) : undefined;
    return node({
      kind: 'FieldDecl',
      type: s.type,
      name: s.name,
      nullable: s.nullable,
      optional: s.optional,
      ...(array ? { array } : {}),
      ...(s.default ? { default: s.default } : {}),
      filters: s.filters,
      attrs: s.attrs,
      ...(s.schema ? { schema: fieldNodes(s.schema) } : {}),
    });
  }
}

export type AnyField = Field<string, XT, boolean, boolean, boolean>;

/** The nodes of a field list: each field after its comment lines. */
export function fieldNodes(fields: readonly AnyField[]): readonly FieldItem[] {
  const comment = (text: string): Comment => node({ kind: 'Comment', text: commentText(text) });
  return Object.freeze(fields.flatMap((f) => [...(f.state.comments ?? []).map(comment), f.toNode()]));
}

/**
 * A `dblink { table = "t" override = {…} }` input: every field of the linked table is an input
 * (`$input.<column>`), except those the override marks `hidden: true`.
 */
export class LinkField<S extends Shape> extends Field<'', 'json'> {
  declare readonly __linked: S;
}

type Linked<U> = (U extends { readonly __linked: infer S } ? (x: S) => void : never) extends (x: infer I) => void ? I : never;

/** The value type each field contributes: `{ user_id: 'text' }` (a dblink: the linked table's columns). */
export type ShapeOf<F extends readonly AnyField[]> = {
  readonly [K in F[number] as K extends LinkField<Shape> ? never : K['__name']]: K['__out'];
} & ([Linked<F[number]>] extends [never] ? unknown : Linked<F[number]>);

type HiddenKeys<O> = { [K in keyof O]: O[K] extends { readonly hidden: true } ? K : never }[keyof O];
/** What `t.dblink` takes: `override = { column: { hidden: true } }`. */
export interface LinkOptions<O> {
  readonly override?: O;
}

/** A table as `t.dblink` needs it (structural, so tables of another instance of this package work). */
interface LinkTable<S extends Shape> {
  readonly __shape: S;
  readonly name: string;
  readonly fields: readonly AnyField[];
}

function dblink<S extends Shape, const O extends { readonly [column: string]: Plain } = {}>(
  table: LinkTable<S>,
  options: LinkOptions<O> = {},
): LinkField<Omit<S, HiddenKeys<O> & string>> {
  const origin = captureOrigin();
  const override = options.override as { readonly [column: string]: Plain } | undefined;
  const hidden = new Set(Object.entries(override ?? {}).flatMap(([k, v]) => (typeof v === 'object' && v !== null && (v as { hidden?: unknown }).hidden === true ? [k] : [])));
  const attrs = [attr('table', str(table.name)), ...(override === undefined ? [] : [attr('override', toNode(override))])];
  const linked = table.fields.filter((f) => !hidden.has(f.state.name));
  return new LinkField({ type: 'dblink', name: '', nullable: false, optional: false, filters: [], attrs, linked, origin });
}

function make<N extends string, T extends XT>(type: string, name: N, extra: Partial<FieldState> = {}): Field<N, T> {
  const origin = captureOrigin();
  if (!IDENT.test(name)) {
    throw new DslError(`invalid field name ${JSON.stringify(name)}: expected an identifier like user_id`, origin());
  }
  return new Field<N, T>({ type, name, nullable: false, optional: false, filters: [], attrs: [], origin, ...extra });
}

/** Checks a list of fields for duplicate names, reporting the second one where it was written. */
export function checkUnique(fields: readonly AnyField[], what: string): void {
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.state.linked !== undefined) continue;
    if (seen.has(f.state.name)) throw new DslError(`duplicate ${what} "${f.state.name}"`, f.state.origin());
    seen.add(f.state.name);
  }
}

/** `object name { schema { ... } }`; without fields, `object name` (untyped keys). */
function objectField<N extends string, const F extends readonly AnyField[]>(name: N, fields: F): Field<N, ObjT<ShapeOf<F>>>;
function objectField<N extends string>(name: N): Field<N, 'json'>;
function objectField(name: string, fields?: readonly AnyField[]): AnyField {
  if (fields === undefined) return make('object', name);
  checkUnique(fields, 'field');
  return make('object', name, { schema: fields });
}

/** Field builders named after XanoScript types (reference §3.2). */
export const t = {
  int: <N extends string>(name: N) => make<N, 'int'>('int', name),
  decimal: <N extends string>(name: N) => make<N, 'decimal'>('decimal', name),
  text: <N extends string>(name: N) => make<N, 'text'>('text', name),
  email: <N extends string>(name: N) => make<N, 'text'>('email', name),
  password: <N extends string>(name: N) => make<N, 'text'>('password', name),
  uuid: <N extends string>(name: N) => make<N, 'text'>('uuid', name),
  bool: <N extends string>(name: N) => make<N, 'bool'>('bool', name),
  timestamp: <N extends string>(name: N) => make<N, 'timestamp'>('timestamp', name),
  date: <N extends string>(name: N) => make<N, 'text'>('date', name),
  json: <N extends string>(name: N) => make<N, 'json'>('json', name),
  image: <N extends string>(name: N) => make<N, 'json'>('image', name),
  file: <N extends string>(name: N) => make<N, 'json'>('file', name),
  /** Any other XanoScript field type (`vector`, `geo_point`, `attachment`, …), read as untyped data. */
  field: <N extends string>(type: string, name: N) => make<N, 'json'>(type, name),
  /** `enum name { values = [...] }` */
  enum: <N extends string>(name: N, values: readonly string[]) =>
    make<N, 'text'>('enum', name, { attrs: [attr('values', arr(values.map(str)))] }),
  object: objectField,
  /**
   * `dblink { table = "user" }`: the table's fields as inputs, typed by its columns.
   * @example t.dblink(user, { override: { password: { hidden: true } } })
   */
  dblink,
};

/** The declared keys of a field list, with the nested keys of object fields (of elements for lists). */
export function fieldKeys(fields: readonly AnyField[]): Keys {
  return new Map(
    fields.flatMap((f) => (f.state.linked ?? [f])).map((f) => {
      const nested = f.state.schema ? fieldKeys(f.state.schema) : undefined;
      const info = nested === undefined ? {} : f.state.array ? { latent: nested } : { columns: nested };
      return [f.state.name, info] as const;
    }),
  );
}
