import { protocol, types } from '@electric-sql/pglite';

// The two ends of a prepared statement's run on PGlite, written and read here rather than by
// pg-protocol's Writer and Parser and PGlite's parseResults: those copy every field into its own
// buffer and build a message object for each, which cost more than Postgres's own work per row. Both
// produce the same bytes and the same rows; anything this file does not handle the same way goes to
// them (a parameter holding a UTF-16 surrogate, whose length pg-protocol counts its own way; a refusal,
// which pg-protocol's Parser turns into PGlite's DatabaseError).

const encoder = new TextEncoder();
// pg-protocol's BufferReader decodes with these defaults (a leading BOM is dropped, bad bytes replaced).
const decoder = new TextDecoder('utf-8');
const SURROGATE = /[\ud800-\udfff]/;
/** Execute (unnamed portal, all rows) then Sync, as pg-protocol serialises them. */
const EXECUTE_SYNC = new Uint8Array([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0x53, 0, 0, 0, 4]);

/**
 * Bind (unnamed portal, text parameters and results), Execute and Sync for statement `name`: the bytes
 * pg-protocol's serialize.bind/execute/sync give. Undefined when a value needs pg-protocol's own writer.
 */
export function encodeRun(name: string, values: ReadonlyArray<string | null>): Uint8Array | undefined {
  let size = 1 + 4 + 1 + name.length * 3 + 1 + 2 + 2 * values.length + 2 + 2 + EXECUTE_SYNC.length;
  for (const v of values) size += 4 + (v === null ? 0 : v.length * 3);
  const buf = new Uint8Array(size);
  const view = new DataView(buf.buffer);
  let at = 0;
  buf[at++] = 0x42;
  at += 4;
  buf[at++] = 0;
  const n = encoder.encodeInto(name, buf.subarray(at));
  if (n.written !== name.length) return undefined;
  at += n.written;
  buf[at++] = 0;
  view.setUint16(at, values.length);
  at += 2 + 2 * values.length; // every parameter's format code: 0, text
  view.setUint16(at, values.length);
  at += 2;
  for (const v of values) {
    if (v === null) {
      view.setInt32(at, -1);
      at += 4;
      continue;
    }
    const { written } = encoder.encodeInto(v, buf.subarray(at + 4));
    if (written !== v.length && SURROGATE.test(v)) return undefined;
    view.setInt32(at, written);
    at += 4 + written;
  }
  at += 2; // no result format codes: all text
  view.setInt32(1, at - 1);
  buf.set(EXECUTE_SYNC, at);
  return buf.subarray(0, at + EXECUTE_SYNC.length);
}

export interface Field {
  readonly name: string;
  readonly dataTypeID: number;
}

/**
 * The rows of the backend's answer to one run, as parseResults gives them with `parsers` (each value
 * through the parser of its column's type, null as null, keys in column order); a refusal is thrown
 * as the DatabaseError pg-protocol's Parser makes of it.
 */
export function decodeRows(data: Uint8Array, fields: readonly Field[], parsers: Readonly<Record<number, types.Parser>>): Record<string, unknown>[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parse = fields.map((f) => parsers[f.dataTypeID] ?? types.parsers[f.dataTypeID]);
  const rows: Record<string, unknown>[] = [];
  for (let at = 0; at + 5 <= data.length; ) {
    const code = data[at]!;
    const end = at + 1 + view.getUint32(at + 1);
    if (code === 0x45) throw refusal(data);
    if (code === 0x44) {
      const count = view.getInt16(at + 5);
      const entries: Array<[string, unknown]> = [];
      let p = at + 7;
      for (let i = 0; i < count; i++) {
        const len = view.getInt32(p);
        p += 4;
        const text = len === -1 ? null : decoder.decode(data.subarray(p, p + len));
        if (len > 0) p += len;
        const f = fields[i];
        const handler = parse[i];
        entries.push([f?.name as string, text === null ? null : handler ? handler(text, f!.dataTypeID) : text]);
      }
      rows.push(Object.fromEntries(entries));
    } else if (code === 0x43) break; // CommandComplete: the statement's rows end here
    at = end;
  }
  return rows;
}

/** The first DatabaseError of a backend answer, read by pg-protocol's Parser. */
function refusal(data: Uint8Array): Error {
  let error: Error | undefined;
  new protocol.Parser().parse(data, (m) => {
    if (error === undefined && m instanceof Error) error = m;
  });
  return error ?? new Error('PGlite answered with an error it could not read');
}
