import { attr, node, obj, str, varRef } from '../ast/build.js';
import type { Attribute } from '../ast/nodes/misc.js';
import type { BuildContext } from './context.js';
import { keysOf, toNode, variable, wrap, type Keys } from './expr.js';
import type { Columns, X } from './methods.js';
import { StackRecorder, varName } from './stack.js';
import type { Table } from './table.js';
import type { ArrT, NonNull, ObjT, Plain, RowT, Shape, Val, XT } from './types.js';

// Statements that talk to the database, other functions and the network — reference §4.3, §4.4.
// Their results are typed: rows of declared tables, untyped `json` for everything else.

type PlainOf<T> = [T] extends ['int' | 'decimal'] ? number : [T] extends ['text'] ? string : [T] extends ['bool'] ? boolean : never;

/** What a value of column/input type `T` may be given as: an expression of that type or a literal. */
export type ValFor<T extends XT> = [NonNull<T>] extends ['json']
  ? Val
  : [NonNull<T>] extends ['decimal']
    ? X<T> | X<NonNull<T>> | X<'int'> | X<'int' | 'decimal'> | number | ('null' extends T ? null : never)
    : X<T> | X<NonNull<T>> | PlainOf<NonNull<T>> | ('null' extends T ? null : never);

/** A lookup value for a column of type `T`: exactly that type, never null (reference §4.3, seed 8140). */
export type Lookup<T extends XT> = [NonNull<T>] extends ['json']
  ? Val
  : [NonNull<T>] extends ['decimal']
  ? X<'decimal'> | X<'int'> | number
  : X<NonNull<T>> | PlainOf<NonNull<T>>;

type Row<S extends Shape> = X<RowT<S>>;
type MaybeRow<S extends Shape> = X<RowT<S> | 'null'>;
type Data<S extends Shape> = { readonly [K in keyof S]?: ValFor<S[K]> };
type Keyed<S extends Shape, F extends keyof S & string> = { readonly field_name: F; readonly field_value: Lookup<S[F]> } & DbExtras;

/** The other attributes of db.* statements (reference §4.3), as values: addons, joins, evals … */
export type DbExtras = { readonly [K in (typeof DB_EXTRAS)[number]]?: Val };
const DB_EXTRAS = ['addon', 'join', 'eval', 'additional_where', 'override_sort', 'enforce_hidden_fields'] as const;
const extras = (o: DbExtras): Attribute[] => DB_EXTRAS.flatMap((k) => (o[k] === undefined ? [] : [attr(k, toNode(o[k] as Val))]));
const outputAttr = (o: { output?: ReadonlyArray<string> }): Attribute[] => (o.output ? [attr('output', toNode(o.output as string[]))] : []);

export interface QueryReturn {
  readonly type: 'list' | 'single' | 'count' | 'exists';
  /** `totals` adds the item and page counts; `metadata: false` answers the items alone; `offset` skips rows. */
  readonly paging?: { readonly page: Val; readonly per_page: Val; readonly offset?: Val; readonly totals?: boolean; readonly metadata?: boolean };
}

/** The result of db.query by its `return.type`. */
export type QueryResult<S extends Shape, R extends QueryReturn | undefined> = R extends { type: 'single' }
  ? MaybeRow<S>
  : R extends { type: 'count' }
    ? X<'int'>
    : R extends { type: 'exists' }
      ? X<'bool'>
      : R extends { paging: { metadata: false } }
        ? X<ArrT<RowT<S>>>
        : R extends { paging: object }
          ? X<'json'>
          : X<ArrT<RowT<S>>>;

export interface QueryOptions<S extends Shape, R extends QueryReturn | undefined> {
  readonly where?: (columns: Columns<S>) => Val;
  /** By column; `"table.column"` keys (the query's table, or a joined one) as Xano's editor writes them. */
  readonly sort?: { readonly [K in keyof S]?: 'asc' | 'desc' } & { readonly [key: `${string}.${string}`]: 'asc' | 'desc' };
  readonly output?: ReadonlyArray<keyof S & string>;
  readonly return?: R;
  readonly as?: string;
}

/** Declared inputs of a called function: required keys must be given, unknown keys do not compile. */
export type CallInput<I extends Shape> = { readonly [K in keyof I as 'null' extends I[K] ? never : K]: ValFor<I[K]> } & {
  readonly [K in keyof I as 'null' extends I[K] ? K : never]?: ValFor<I[K]>;
};

/** What `s.run` takes as input: a typed callee's declared inputs, or any values for a callee given by name. */
export type RunInput<C extends Shape> = [C] extends [never] ? { readonly [key: string]: Val } : CallInput<C>;

/** `function.run` options besides its input: `async = true`, `runtime_mode = "async-shared"`. */
export interface RunOptions {
  readonly async?: Val;
  readonly runtime_mode?: Val;
}

/** Anything `function.run` can call: a DSL function (typed inputs) or a name. */
export interface Callable<I extends Shape> {
  readonly name: string;
  readonly __input?: I;
}

const lookup = (o: { field_name: string; field_value: Val }): Attribute[] => [
  attr('field_name', str(o.field_name)),
  attr('field_value', toNode(o.field_value)),
];

/** What every write also takes: the columns to return (`output`) and the other db attributes. */
type WriteExtras<S extends Shape> = { readonly output?: ReadonlyArray<keyof S & string> } & DbExtras;

/** `db.*` statements on declared tables. */
class Db<R extends StackRecorder = StackRecorder> {
  constructor(private readonly s: R) {}

  /**
   * `db.transaction { stack { … } }`: the body's statements commit together, or none does.
   * @example s.db.transaction((s) => { s.db.patch(order, { field_name: 'id', field_value: id, data: { paid: true } }); })
   */
  transaction(body: (s: R) => void): void {
    this.s.push(node({ kind: 'GroupStmt', keyword: 'db.transaction', attrs: [], body: Object.freeze(this.s.nested(body as (child: StackRecorder) => void)) }));
  }

  /** `db.get "table" { field_name field_value } as $row` — the row may be null. */
  get<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { output?: ReadonlyArray<keyof S & string>; as: string }): MaybeRow<S> {
    const as = varName(o.as);
    this.s.emit('DbGetStmt', { target: str(table.name), attrs: [...lookup(o), ...outputAttr(o), ...extras(o)], as });
    return wrap(as, undefined, keysOf(table.columns));
  }

  /** `db.has "table" { … } as $exists` */
  has<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { as: string }): X<'bool'> {
    const as = varName(o.as);
    this.s.emit('DbHasStmt', { target: str(table.name), attrs: lookup(o), as });
    return wrap(as);
  }

  /** `db.query "table" { where sort return } as $rows` — typed by `return.type`. */
  query<S extends Shape, R extends QueryReturn | undefined = undefined>(table: Table<string, S>, o: QueryOptions<S, R> & DbExtras & { as: string }): QueryResult<S, R>;
  query<S extends Shape, R extends QueryReturn | undefined = undefined>(table: Table<string, S>, o: QueryOptions<S, R> & DbExtras): void;
  query<S extends Shape, R extends QueryReturn | undefined = undefined>(table: Table<string, S>, o: QueryOptions<S, R> & DbExtras): QueryResult<S, R> | void {
    const as = o.as === undefined ? undefined : varName(o.as);
    const col = (c: string) => wrap(varRef('db', table.name, c));
    // A table known only by name (tableRef) has no declared columns: every name reads `$db.<table>.<name>`.
    const cols = (table.columns.size === 0
      ? new Proxy({}, { get: (_t, p) => (typeof p === 'string' ? col(p) : undefined) })
      : Object.fromEntries([...table.columns].map((c) => [c, col(c)]))) as unknown as Columns<S>;
    const ret = o.return;
    const attrs: Attribute[] = [
      ...(o.where ? [attr('where', toNode(o.where(cols)))] : []),
      ...(o.sort ? [attr('sort', toNode(o.sort as Plain))] : []),
      ...(o.output ? [attr('output', toNode(o.output as string[]))] : []),
      ...(ret ? [attr('return', returnNode(ret))] : []),
      ...extras(o),
    ];
    this.s.emit('DbQueryStmt', { target: str(table.name), attrs, ...(as ? { as } : {}) });
    if (as === undefined) return undefined;
    return wrap(as, undefined, ret?.type === 'count' || ret?.type === 'exists' ? undefined : keysOf(table.columns)) as QueryResult<S, R>;
  }

  /** `db.add "table" { data = {…} } as $row` — the row only when it is bound with `as`. */
  add<S extends Shape>(table: Table<string, S>, o: { data: Data<S>; as: string } & WriteExtras<S>): Row<S>;
  add<S extends Shape>(table: Table<string, S>, o: { data: Data<S> } & WriteExtras<S>): void;
  add<S extends Shape>(table: Table<string, S>, o: { data: Data<S>; as?: string } & WriteExtras<S>): Row<S> | void {
    return this.write('DbAddStmt', table, [attr('data', toNode(o.data as Plain)), ...outputAttr(o), ...extras(o)], o.as);
  }

  /** `db.edit "table" { field_name field_value data } as $row` */
  edit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S>; as: string } & WriteExtras<S>): Row<S>;
  edit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S> } & WriteExtras<S>): void;
  edit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S>; as?: string } & WriteExtras<S>): Row<S> | void {
    return this.write('DbEditStmt', table, [...lookup(o), attr('data', toNode(o.data as Plain)), ...outputAttr(o), ...extras(o)], o.as);
  }

  /** `db.patch "table" { … }` — like edit, `data` may be any expression. */
  patch<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S> | X<'json'>; as: string } & WriteExtras<S>): Row<S>;
  patch<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S> | X<'json'> } & WriteExtras<S>): void;
  patch<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S> | X<'json'>; as?: string } & WriteExtras<S>): Row<S> | void {
    return this.write('DbPatchStmt', table, [...lookup(o), attr('data', toNode(o.data as Val)), ...outputAttr(o), ...extras(o)], o.as);
  }

  /** `db.add_or_edit "table" { … }` */
  addOrEdit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S>; as: string } & WriteExtras<S>): Row<S>;
  addOrEdit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S> } & WriteExtras<S>): void;
  addOrEdit<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F> & { data: Data<S>; as?: string } & WriteExtras<S>): Row<S> | void {
    return this.write('DbAddOrEditStmt', table, [...lookup(o), attr('data', toNode(o.data as Plain)), ...outputAttr(o), ...extras(o)], o.as);
  }

  /** `db.del "table" { field_name field_value }` */
  del<S extends Shape, F extends keyof S & string>(table: Table<string, S>, o: Keyed<S, F>): void {
    this.s.emit('DbDelStmt', { target: str(table.name), attrs: lookup(o) });
  }

  private write<S extends Shape>(kind: 'DbAddStmt' | 'DbEditStmt' | 'DbPatchStmt' | 'DbAddOrEditStmt', table: Table<string, S>, attrs: Attribute[], as?: string): Row<S> | void {
    const target = as === undefined ? undefined : varName(as);
    this.s.emit(kind, { target: str(table.name), attrs, ...(target ? { as: target } : {}) });
    return target === undefined ? undefined : wrap(target, keysOf(table.columns));
  }
}

function returnNode(r: QueryReturn) {
  const paging = r.paging
    ? [['paging', obj(Object.entries(r.paging).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toNode(v as Val)] as const))] as const]
    : [];
  return obj([['type', str(r.type)], ...paging]);
}

/**
 * The recorder handed to stack callbacks: control flow (StackRecorder) plus database, function and
 * HTTP statements, and typed access to inputs, `$auth` and `$env`.
 */
export class Stack<I extends Shape = Shape> extends StackRecorder {
  /**
   * Declared inputs: `s.input.user_id` is `$input.user_id`, typed by its declaration; `s.input` alone is
   * `$input`, an object of those keys.
   */
  readonly input: X<ObjT<I>>;
  /** `$auth` — the authenticated user: `s.auth.id`. */
  readonly auth: X<ObjT<{ id: 'int' }>>;
  readonly db: Db<this>;

  constructor(ctx: BuildContext, parent?: Stack<I> | Keys) {
    super(ctx);
    this.input = parent instanceof Stack ? parent.input : (wrap(varRef('input'), parent ?? new Map()) as X<ObjT<I>>);
    this.auth = variable('auth', keysOf(['id']));
    this.db = new Db(this);
  }

  /** `$env.NAME` */
  env(name: string): X<'text'> {
    return wrap(varRef('env', name));
  }

  /** `function.run "name" { input = {…} } as $result` — the result is untyped: read it with `.get`. */
  run<C extends Shape = never, A extends string | undefined = undefined>(fn: Callable<C> | string, input: RunInput<C>, as?: A, opts: RunOptions = {}): A extends string ? X<'json'> : void {
    const target = as === undefined ? undefined : varName(as);
    const name = typeof fn === 'string' ? fn : fn.name;
    const args = Object.keys(input).length > 0 ? [attr('input', toNode(input as Plain))] : [];
    const more = (['async', 'runtime_mode'] as const).flatMap((k) => (opts[k] === undefined ? [] : [attr(k, toNode(opts[k] as Val))]));
    this.emit('FunctionRunStmt', { target: str(name), attrs: [...args, ...more], ...(target ? { as: target } : {}) });
    return (target === undefined ? undefined : wrap(target)) as A extends string ? X<'json'> : void;
  }

  /** `api.request { url method params headers timeout } as $response` — untyped result. */
  request(o: { url: Val; method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; params?: Val; headers?: Val; timeout?: Val; as: string }): X<'json'> {
    const target = varName(o.as);
    const attrs = (['url', 'method', 'params', 'headers', 'timeout'] as const)
      .filter((k) => o[k] !== undefined)
      .map((k) => attr(k, toNode(o[k] as Val)));
    this.emit('ApiRequestStmt', { attrs, as: target });
    return wrap(target);
  }
}

/** `now`, the current timestamp. */
export const now: X<'timestamp'> = wrap(node({ kind: 'NowLit' }));
