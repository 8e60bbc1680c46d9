import { describe, expect, it } from 'vitest';
import { evalXs } from './helpers.js';

// syntax.md "Object Filters", "Conditional Set", "Type Filters", "Null Handling";
// essentials.md "Common Filters" (get with a default).

const rows: ReadonlyArray<readonly [string, unknown]> = [
  // Object Filters
  ['{a:1}|get:"a"', 1],
  ['{a:1}|set:"b":2', { a: 1, b: 2 }],
  ['{a:1,b:2}|unset:"b"', { a: 1 }],
  ['{a:1}|has:"a"', true],
  ['{a:1,b:2}|keys', ['a', 'b']],
  ['{a:1,b:2}|values', [1, 2]],
  ['{a:1}|entries', [{ key: 'a', value: 1 }]],
  ['{a:1,b:2,c:3}|pick:[a,c]', { a: 1, c: 3 }],
  ['{a:1,b:2,c:3}|unpick:[b]', { a: 1, c: 3 }],
  // get defaults (essentials.md "$obj|get:"key":"default"")
  ['{a:1}|get:"x":"default"', 'default'],
  ['{a:1}|get:"x"', null],
  ['null|get:"data":{}|get:"people":[]', []],
  ['{a:null}|get:"a":5', null],
  // Conditional Set
  ['{a:1}|set_conditional:"b":2:true', { a: 1, b: 2 }],
  ['{a:1}|set_conditional:"b":2:false', { a: 1 }],
  ['{a:1}|set_ifnotempty:"b":"val"', { a: 1, b: 'val' }],
  ['{a:1}|set_ifnotempty:"b":""', { a: 1 }],
  ['{a:1}|set_ifnotnull:"b":null', { a: 1 }],
  ['{a:1}|set_ifnotnull:"b":0', { a: 1, b: 0 }],
  // merge (array-filters.md "Array Filters"; objects merge their keys)
  ['{a:1,b:1}|merge:{b:2}', { a: 1, b: 2 }],
  ['[1,2]|set:1:5', [1, 5]],
  ['[1]|set:"2":5', [1, null, 5]],
  ['[10,20,30]|get:1.5', 20],
  // Type Filters
  ['"123"|to_int', 123],
  ['"1.5"|to_decimal', 1.5],
  ['123|to_text', '123'],
  ['"true"|to_bool', true],
  ['"false"|to_bool', false],
  ['null|is_null', true],
  ['[]|is_empty', true],
  ['[1]|is_array', true],
  ['{}|is_object', true],
  ['1|is_int', true],
  ['"a"|is_text', true],
  // to_int of text (the seed's `$input.user_id|to_int|first_notempty:0`)
  ['"60"|to_int', 60],
  ['"12.9"|to_int', 12],
  ['"abc"|to_int', 0],
  ['""|to_int|first_notempty:0', 0],
  ['null|to_int', 0],
  // Null Handling
  ['null|first_notnull:0', 0],
  ['""|first_notempty:"default"', 'default'],
  ['"x"|first_notempty:"default"', 'x'],
  ['0|first_notnull:5', 0],
  ['1|equals:"1"', true],
];

describe('object and type filters (syntax.md)', () => {
  it.each(rows)('%s', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });
});
