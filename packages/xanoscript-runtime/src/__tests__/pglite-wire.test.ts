import { parse, protocol, types } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { decodeRows, encodeRun, type Field } from '../db/pglite-wire.js';

// A prepared run's bytes out and rows in, written and read without pg-protocol's Writer and Parser:
// the same bytes as its serializer, the same rows as PGlite's parseResults, the same refusal.

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe('encodeRun', () => {
  const s = protocol.serialize;
  const theirs = (name: string, values: Array<string | null>) => concat([s.bind({ statement: name, values }), s.execute({}), s.sync()]);

  it.each<[string, Array<string | null>]>([
    ['xac_1', []],
    ['xac_2', ['1', null, '', 'plain text']],
    ['xac_33', ['é ü ß', '日本語', '{"a":[1,2],"b":"x\\"y"}', 't', 'f', '1.5', 'x'.repeat(5000)]],
    ['xac_4', [null, null]],
  ])('writes what pg-protocol writes for %s %j', (name, values) => {
    expect(encodeRun(name, values)).toEqual(theirs(name, values));
  });

  it('leaves a value with a UTF-16 surrogate (paired or not) to pg-protocol', () => {
    expect(encodeRun('xac_5', ['a 😀 b'])).toBeUndefined();
    expect(encodeRun('xac_5', ['é\udc00'])).toBeUndefined();
    expect(encodeRun('xac_5', ['ascii', 'é ü'])).toBeDefined();
  });
});

/** A backend message: code, Int32 length (itself included), body. */
const msg = (code: string, ...body: Uint8Array[]): Uint8Array => {
  const b = concat(body);
  const out = new Uint8Array(5 + b.length);
  out[0] = code.charCodeAt(0);
  new DataView(out.buffer).setInt32(1, 4 + b.length);
  out.set(b, 5);
  return out;
};
const int16 = (n: number) => new Uint8Array([(n >> 8) & 255, n & 255]);
const int32 = (n: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setInt32(0, n); return b; };
const cstr = (t: string) => concat([new TextEncoder().encode(t), new Uint8Array([0])]);
const dataRow = (values: Array<string | null>) => msg('D', int16(values.length), ...values.flatMap((v) => (v === null ? [int32(-1)] : [int32(new TextEncoder().encode(v).length), new TextEncoder().encode(v)])));
const rowDescription = (fields: Field[]) => msg('T', int16(fields.length), ...fields.map((f) => concat([cstr(f.name), int32(0), int16(0), int32(f.dataTypeID), int16(-1), int32(-1), int16(0)])));

/** The messages pg-protocol's Parser reads from `data`. */
function parsed(data: Uint8Array) {
  const out: Parameters<typeof parse.parseResults>[0] = [];
  new protocol.Parser().parse(data, (m) => void out.push(m));
  return out;
}

describe('decodeRows', () => {
  const fields: Field[] = [
    { name: 'id', dataTypeID: types.INT8 },
    { name: 'label', dataTypeID: types.TEXT },
    { name: 'flag', dataTypeID: types.BOOL },
    { name: 'doc', dataTypeID: types.JSONB },
    { name: 'price', dataTypeID: types.FLOAT8 },
    { name: 'id', dataTypeID: types.TEXT },
  ];
  const parsers = { ...types.parsers, [types.INT8]: (v: string) => Number(v) };
  const rows = [
    ['1', 'one', 't', '{"a": [1, 2]}', '1.5', 'dup'],
    ['2', '', 'f', 'null', null, null],
    [null, '\ufeffbom first', null, '"é 日本 😀"', '-0', 'x'],
  ];
  const answer = concat([msg('2'), ...rows.map(dataRow), msg('C', cstr('SELECT 3')), msg('Z', new TextEncoder().encode('I'))]);

  it('reads the rows parseResults reads (types parsed, nulls, empty text, a leading BOM, a repeated name)', () => {
    const want = parse.parseResults([...parsed(rowDescription(fields)), ...parsed(answer)], parsers)[0]!.rows;
    expect(decodeRows(answer, fields, parsers)).toEqual(want);
    expect(want).toHaveLength(3);
  });

  it('answers no rows for a statement without any (CommandComplete alone)', () => {
    expect(decodeRows(concat([msg('2'), msg('C', cstr('UPDATE 0')), msg('Z', new TextEncoder().encode('I'))]), [], parsers)).toEqual([]);
  });

  it('throws the DatabaseError pg-protocol makes of a refusal', () => {
    const error = msg('E', cstr('SERROR'), cstr('C22P02'), cstr('Minvalid input syntax for type bigint: "x"'), new Uint8Array([0]));
    const data = concat([error, msg('Z', new TextEncoder().encode('I'))]);
    const theirs = parsed(data)[0] as unknown as Error;
    expect(theirs).toBeInstanceOf(Error);
    expect(() => decodeRows(data, fields, parsers)).toThrow(theirs.message);
    expect(() => decodeRows(data, fields, parsers)).toThrow(theirs.constructor as new () => Error);
  });
});
