import type { GenericStmtTable } from '../ast/schema/generic-statements.js';
import type { X } from './methods.js';
import type { Prim, Val } from './types.js';

// The typed options of every statement of the catalogue's generic table (ast/schema/generic-statements.ts),
// derived from its literals: `name!` is required, `name` and `name*` optional, `a|b!` one of them,
// `*` any attribute. A new statement there is a new typed `s.stmt(keyword, …)` here, with no code.

type Words<S extends string> = S extends `${infer H} ${infer T}` ? H | Words<T> : S extends '' ? never : S;
type Entry = GenericStmtTable[number];

/** Every keyword of the generic table: `math.add`, `security.create_auth_token`, `expect.to_equal`, … */
export type GenericKeyword = (Entry extends infer E ? (E extends readonly [infer K extends string, string] ? Words<K> : never) : never) | CloudKeyword;
/** `cloud.*` statements take any attribute (the catalogue's ANY_PREFIXES). */
type CloudKeyword = `cloud.${string}`;

type SpecOf<K extends string> = Entry extends infer E
  ? E extends readonly [infer Ks extends string, infer A extends string] ? (K extends Words<Ks> ? Words<A> : never) : never
  : never;

type Required<W> = W extends `${infer N}!` ? (N extends `${string}|${string}` ? never : N) : never;
type Optional<W> = W extends '*' | '{stack}'
  ? never
  : W extends `${infer A}|${infer B}!` ? A | B
    : W extends `${string}!` ? never
      : W extends `${infer N}*` ? N : W;

type Alternatives<S extends string> = S extends `${infer H}|${infer T}` ? H | Alternatives<T> : S;
/** `a|b!`: one of the group's attributes is required (`data|items!` of db.bulk.add). */
type Group<W> = W extends `${infer G extends `${string}|${string}`}!` ? { [N in Alternatives<G>]: { readonly [M in N]: Val } }[Alternatives<G>] : never;
type OneOf<K extends string> = [Group<SpecOf<K>>] extends [never] ? unknown : Group<SpecOf<K>>;

/** `description` and `disabled` go with every statement (s.with), `mock` too. */
type Common = { readonly mock?: Val };
type AnyAttrs<K extends string> = K extends CloudKeyword ? { readonly [name: string]: Val } : '*' extends SpecOf<K> ? { readonly [name: string]: Val } : unknown;

/** The attributes of statement `K`: its required ones, one of each one-of group, its optional ones, any when it takes `*`. */
export type StmtAttrs<K extends GenericKeyword> = { readonly [N in Required<SpecOf<K>>]: Val } & {
  readonly [N in Optional<SpecOf<K>>]?: Val;
} & Common & AnyAttrs<K> & OneOf<K>;

/** True when statement `K` takes a `stack { … }`. */
export type TakesStack<K extends GenericKeyword> = '{stack}' extends SpecOf<K> ? true : false;

/**
 * What a statement's result is typed as when bound with `as`: scalars where the docs say so, untyped
 * JSON (`.get(key, default)` only) for everything else. The type tests (statement-types.test.ts)
 * read this record to know which unsafe use each result rejects.
 */
export const RESULT_TYPES = {
  'security.create_uuid': 'text',
  'security.check_password': 'bool',
  'security.create_auth_token': 'text',
  'security.random_number': 'decimal',
  'security.create_password': 'text',
  'security.create_secret_key': 'text',
  'security.random_bytes': 'text',
  'text.contains': 'bool',
  'text.icontains': 'bool',
  'text.starts_with': 'bool',
  'text.istarts_with': 'bool',
  'text.ends_with': 'bool',
  'text.iends_with': 'bool',
  'array.has': 'bool',
  'array.every': 'bool',
  'array.some': 'bool',
  'array.find_index': 'int',
  'array.filter_count': 'int',
  'storage.sign_private_url': 'text',
} as const satisfies { readonly [K in GenericKeyword]?: Prim };

/** The result type of each statement typed other than untyped JSON (RESULT_TYPES). */
export type ResultTypes = typeof RESULT_TYPES;

/** The value `s.stmt(K, …, { as })` returns. */
export type StmtResult<K extends string> = K extends keyof ResultTypes ? X<ResultTypes[K]> : X<'json'>;

/** The keywords of RESULT_TYPES. */
export const RESULT_TYPED: readonly (keyof ResultTypes)[] = Object.keys(RESULT_TYPES) as (keyof ResultTypes)[];
