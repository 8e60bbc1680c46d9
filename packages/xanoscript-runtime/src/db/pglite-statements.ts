import { protocol, type PGlite } from '@electric-sql/pglite';
import { decodeRows, encodeRun, type Field } from './pglite-wire.js';
import { PREPARED_MAX } from './prepared.js';

// Named prepared statements on PGlite. `PGlite.query` sends six protocol calls into the WASM backend
// for every statement (parse, describe statement, bind, describe portal, execute, sync), and Postgres
// parses and plans the text each time. Here a statement is parsed and described once per connection;
// each run is one call (bind, execute, sync) whose rows are read with the row description kept from
// the first (pglite-wire.ts). Parameters are serialised as PGlite.query does (its serializer for the
// type Postgres inferred for the parameter, else toString), rows parsed as its parseResults does with
// the same parsers, and a refusal is the same DatabaseError: only the round trips and the re-planning go.

interface Prepared {
  readonly name: string;
  /** The type Postgres inferred for each parameter ($1 …). */
  readonly paramTypes: readonly number[];
  /** The columns of its rows (none for a statement without rows). */
  readonly fields: readonly Field[];
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * The prepared statements of one PGlite connection.
 * @example const s = new PgliteStatements(db); await s.query('select $1::int as n', [1]) // [{ n: 1 }]
 */
export class PgliteStatements {
  /** By text, least recently used first; beyond PREPARED_MAX the first is closed. */
  private readonly cache = new Map<string, Prepared>();
  /** Statements to close, sent ahead of the next call. */
  private closing: string[] = [];
  private seq = 0;
  constructor(private readonly db: PGlite) {}

  /** Forget every prepared statement (after DDL, which may change the rows a statement returns). */
  invalidate(): void {
    for (const p of this.cache.values()) this.closing.push(p.name);
    this.cache.clear();
  }

  /** The rows of `sql` with `params`, as PGlite.query gives them. */
  async query(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    // The same two locks PGlite.query takes: one statement at a time, and none inside db.transaction().
    const rows = await this.db._runExclusiveTransaction(() => this.db._runExclusiveQuery(() => this.run(sql, params)));
    // A parameter count that does not fit is refused by PGlite.query, in its words (naming no statement).
    return rows ?? (await this.db.query<Record<string, unknown>>(sql, [...params])).rows;
  }

  private async run(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[] | undefined> {
    let p = this.cache.get(sql);
    if (p) {
      this.cache.delete(sql);
      this.cache.set(sql, p);
    } else p = await this.prepare(sql);
    if (params.length !== p.paramTypes.length) return undefined;
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null;
      const serialize = this.db.serializers[p.paramTypes[i] ?? 0];
      return serialize ? serialize(v) : String(v);
    });
    const s = protocol.serialize;
    const run = encodeRun(p.name, values) ?? concat([s.bind({ statement: p.name, values }), s.execute({}), s.sync()]);
    const chunks: Uint8Array[] = [];
    await this.db.execProtocolRawStream(concat([...this.closes(), run]), { onRawData: (bytes) => void chunks.push(bytes.slice()) });
    return decodeRows(chunks.length === 1 ? chunks[0]! : concat(chunks), p.fields, this.db.parsers);
  }

  private async prepare(sql: string): Promise<Prepared> {
    const name = `xac_${++this.seq}`;
    const s = protocol.serialize;
    const { messages } = await this.db.execProtocol(concat([...this.closes(), s.parse({ name, text: sql }), s.describe({ type: 'S', name }), s.sync()]));
    const described = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
    const rows = messages.find((m) => m.name === 'rowDescription') as { fields: Field[] } | undefined;
    const p: Prepared = { name, paramTypes: described?.dataTypeIDs ?? [], fields: (rows?.fields ?? []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) };
    this.cache.set(sql, p);
    if (this.cache.size > PREPARED_MAX) {
      const [oldest, q] = this.cache.entries().next().value as [string, Prepared];
      this.cache.delete(oldest);
      this.closing.push(q.name);
    }
    return p;
  }

  /** Close messages for the statements let go of since the last call. */
  private closes(): Uint8Array[] {
    const out = this.closing.map((name) => protocol.serialize.close({ type: 'S', name }));
    this.closing = [];
    return out;
  }
}
