import { arr, attr, node, obj, str } from '../ast/build.js';
import type { TableDecl } from '../ast/nodes/decls.js';
import { checkUnique, fieldNodes, type AnyField, type ShapeOf } from './fields.js';
import { DslError, captureOrigin, type Origin } from './origin.js';
import type { Plain, Shape } from './types.js';
import { toNode } from './expr.js';

// `table()` — reference §1.3 (schema, index). A table value is also the typed handle that db.*
// statements take, so lookups and rows are checked against its columns.

/** Brands tables across module instances (see DEFINITION in objects.ts). */
export const TABLE = Symbol.for('xano-as-code.table');

/** True for a value made by `table()`, from any instance of this package. */
export function isTable(value: unknown): value is Table<string, Shape> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TABLE] === true;
}

/** One index; its keys print in the order they are written here. */
export interface IndexSpec {
  readonly type: 'primary' | 'btree' | 'btree|unique' | 'gin' | 'search' | 'vector';
  readonly field: ReadonlyArray<string | { readonly name: string; readonly op?: string }>;
  readonly name?: string;
  /** A `search` index's text language (`"english"`). */
  readonly lang?: string;
}

export interface TableOptions<F extends readonly AnyField[]> {
  /** Comment lines printed above the object (`// …`). */
  readonly comments?: readonly string[];
  readonly auth?: boolean;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly schema: F;
  readonly index?: readonly IndexSpec[];
  /**
   * `view = {…}`: the saved views of the table in the Xano UI; a view's `search` is an expression
   * over the columns (`op.dbPath('exported').eq('false')`).
   */
  readonly view?: Plain;
  /** `items = [{…}]`: rows the table is seeded with. */
  readonly items?: Plain;
  /**
   * Column renames, old name → new name. Deploy applies each as a rename (the data stays) while the
   * remote still has the old column; once applied the entry is inert and may be removed.
   */
  readonly renames?: Readonly<Record<string, string>>;
}

/**
 * A declared table: its name, typed columns and the XanoScript object it compiles to.
 * @example const user = table('user', { schema: [t.int('id'), t.email('email')] });
 */
export class Table<N extends string, S extends Shape> {
  declare readonly __shape: S;
  readonly kind = 'table' as const;
  readonly [TABLE] = true;

  constructor(
    readonly name: N,
    readonly columns: ReadonlySet<string>,
    readonly fields: readonly AnyField[],
    readonly options: TableOptions<readonly AnyField[]>,
    readonly origin: () => Origin | undefined,
  ) {}

  /** Columns that have an index (the first field of each index), for lint and docs. */
  indexedColumns(): Set<string> {
    const out = new Set<string>(['id']);
    for (const idx of this.options.index ?? []) {
      const first = idx.field[0];
      if (first !== undefined) out.add(typeof first === 'string' ? first : first.name);
    }
    return out;
  }

  /** The `table "name" { … }` declaration. */
  toDecl(): TableDecl {
    const o = this.options;
    const attrs = [
      ...(o.auth !== undefined ? [attr('auth', node({ kind: 'BoolLit', value: o.auth }))] : []),
      ...(o.description !== undefined ? [attr('description', str(o.description))] : []),
      ...(o.tags !== undefined ? [attr('tags', arr(o.tags.map(str)))] : []),
      ...(o.index !== undefined ? [attr('index', arr(o.index.map(indexNode)))] : []),
      ...(o.view !== undefined ? [attr('view', toNode(o.view))] : []),
      ...(o.items !== undefined ? [attr('items', toNode(o.items))] : []),
    ];
    return node({
      kind: 'TableDecl',
      name: this.name,
      attrs,
      schema: fieldNodes(this.fields),
      tests: [],
    });
  }
}

const INDEX_KEYS: ReadonlySet<string> = new Set(['name', 'lang', 'type', 'field']);

function indexNode(idx: IndexSpec) {
  const fields = idx.field.map((f) =>
    typeof f === 'string' ? obj([['name', str(f)]]) : obj([['name', str(f.name)], ...(f.op ? [['op', str(f.op)] as const] : [])]),
  );
  // Keys print in the order the spec lists them (Xano's own files put `name` and `lang` first or last).
  const value = (k: string) => (k === 'field' ? arr(fields) : str(String(idx[k as keyof IndexSpec])));
  return obj(Object.keys(idx).filter((k) => INDEX_KEYS.has(k) && idx[k as keyof IndexSpec] !== undefined).map((k) => [k, value(k)] as const));
}

/** Xano's column holding the whole row as JSON: a gin index on it (`{name: "xdo", op: "jsonb_path_op"}`) is valid without a declared column. */
const ROW_DOCUMENT = 'xdo';

/**
 * Declares a table. It must have an `id` column of type int or uuid.
 * @example export const user = table('user', { auth: true, schema: [t.int('id'), t.text('name')] });
 */
export function table<N extends string, const F extends readonly AnyField[]>(
  name: N,
  options: TableOptions<F>,
): Table<N, ShapeOf<F>> {
  const origin = captureOrigin();
  if (name.trim() === '') throw new DslError('table name must not be empty', origin());
  checkUnique(options.schema, 'column');
  const id = options.schema.find((f) => f.state.name === 'id');
  if (!id || (id.state.type !== 'int' && id.state.type !== 'uuid')) {
    throw new DslError(`table "${name}" needs an "id" column of type int or uuid (t.int('id'))`, origin());
  }
  for (const idx of options.index ?? []) {
    for (const f of idx.field) {
      const col = typeof f === 'string' ? f : f.name;
      if (col !== ROW_DOCUMENT && !options.schema.some((c) => c.state.name === col)) {
        throw new DslError(`index on table "${name}" names unknown column "${col}"`, origin());
      }
    }
  }
  for (const [from, to] of Object.entries(options.renames ?? {})) {
    if (!options.schema.some((c) => c.state.name === to) || options.schema.some((c) => c.state.name === from)) {
      throw new DslError(`table "${name}" renames "${from}" → "${to}": the schema must have "${to}" and not "${from}"`, origin());
    }
  }
  const columns = new Set(options.schema.map((f) => f.state.name));
  return new Table(name, columns, options.schema, options, origin);
}

/** The shape of a table known only by name: every column untyped. */
export type UntypedShape = { readonly [column: string]: 'json' };

/**
 * A table that is not declared in this project (it lives only in the remote workspace): db.* statements
 * on it compile, its rows are untyped JSON (`.get(column, default)` only).
 * @example s.db.get(tableRef('user'), { field_name: 'email', field_value: s.input.email, as: 'user' })
 */
export function tableRef<N extends string>(name: N): Table<N, UntypedShape> {
  const origin = captureOrigin();
  if (name.trim() === '') throw new DslError('table name must not be empty', origin());
  return new Table(name, new Set<string>(), [], { schema: [] }, origin);
}
