import { describe, expect, it } from 'vitest';
import { ValueTypeError } from '../errors.js';
import { evalXs } from './helpers.js';

// syntax/array-filters.md: every example of "Array Filters", "Expression-Based Filters",
// "Array Element Access", "Grouping & Indexing", "Math on Arrays", "Array Filtering",
// "Array Fill Operations" — input expression → output as the docs give it.

const rows: ReadonlyArray<readonly [string, unknown]> = [
  // "Array Filters"
  ['[1,2,3]|first', 1],
  ['[1,2,3]|last', 3],
  ['[1,2,3]|count', 3],
  ['[1,2,3]|reverse', [3, 2, 1]],
  ['[1,1,2]|unique', [1, 2]],
  ['[[1,2],[3]]|flatten', [1, 2, 3]],
  ['[1,2,3,4]|slice:1:2', [2, 3]],
  ['[1,2]|push:3', [1, 2, 3]],
  ['[1,2,3]|pop', 3],
  ['[1,2,3]|shift', 1],
  ['[1,2]|unshift:0', [0, 1, 2]],
  ['[1,2]|merge:[3,4]', [1, 2, 3, 4]],
  ['[1,2,3]|diff:[2]', [1, 3]],
  ['[1,2,3]|intersect:[2,3,4]', [2, 3]],
  ['["a","b"]|join:","', 'a,b'],
  ['|range:1:5', [1, 2, 3, 4, 5]],
  // "Expression-Based Filters"
  ['[{v:1},{v:2}]|map:$$.v*2', [2, 4]],
  ['[1,2,3,4]|filter:$$%2==0', [2, 4]],
  ['[{id:1},{id:2}]|find:$$.id==2', { id: 2 }],
  ['[{id:1},{id:2}]|findIndex:$$.id==2', 1],
  ['[1,2,3]|some:$$>2', true],
  ['[2,4,6]|every:$$%2==0', true],
  ['[1,2,3,4]|reduce:$$+$result:0', 10],
  ['2|transform:$$+3', 5],
  // "Array Element Access: |get vs |slice"
  ['[10,20,30]|get:0', 10],
  ['[10,20,30,40]|slice:1:2', [20, 30]],
  ['[10,20,30]|first', 10],
  ['[10,20,30]|last', 30],
  // "Grouping & Indexing"
  ['[{g:"a",v:1},{g:"b",v:2},{g:"a",v:3}]|index_by:g', { a: [{ g: 'a', v: 1 }, { g: 'a', v: 3 }], b: [{ g: 'b', v: 2 }] }],
  ['[{n:"z"},{n:"a"}]|sort:n:text:false', [{ n: 'a' }, { n: 'z' }]],
  // working.md "Array Filters": `sort:field:dir` — `$arr|sort:"name":"asc"`; "desc" is the other direction
  ['[{name:"b"},{name:"c"},{name:"a"}]|sort:"name":"asc"', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]],
  ['[{name:"b"},{name:"c"},{name:"a"}]|sort:"name":"desc"', [{ name: 'c' }, { name: 'b' }, { name: 'a' }]],
  ['[{t:2},{t:10},{t:1}]|sort:"t":"desc"', [{ t: 10 }, { t: 2 }, { t: 1 }]],
  // "Math on Arrays"
  ['[1,2,3,4]|sum', 10],
  ['[1,2,3,4]|avg', 2.5],
  ['[1,2,3,4]|product', 24],
  ['[5,2,8,1]|array_min', 1],
  ['[5,2,8,1]|array_max', 8],
  // "Array Filtering"
  ['[1, null, "", 0, "text", false]|filter_empty', [1, 'text']],
  ['["a", "", "b", ""]|filter_empty_text', ['a', 'b']],
  ['[1, null, 2]|filter_null', [1, 2]],
  ['[0, 1, 0]|filter_zero', [1]],
  ['[true, false]|filter_false', [true]],
  ['[[], [1]]|filter_empty_array', [[1]]],
  ['[{}, {a: 1}]|filter_empty_object', [{ a: 1 }]],
  // "Array Fill Operations"
  ['|fill:5:"x"', ['x', 'x', 'x', 'x', 'x']],
  ['["a", "b"]|fill_keys:{"a": 1, "b": 2}', { a: 1, b: 2 }],
  // "Deep Merge & Comparison"
  ['{a: {b: 1}}|merge_recursive:{a: {c: 2}}', { a: { b: 1, c: 2 } }],
  // corpus-frequent forms (semantics: the filter names of reference/xanoscript.md §5.1)
  ['[1,2]|append:3', [1, 2, 3]],
  ['[1,2,1]|remove:1', [2]],
  ['null|safe_array', []],
  ['5|safe_array', [5]],
  ['2|in:[1,2]', true],
  ['null|count', 0],
  ['{a: 1, b: 2}|count', 2],
  ['[]|first', null],
];

describe('array filters (syntax/array-filters.md)', () => {
  it.each(rows)('%s', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });

  it('count of text is refused: strlen is the text filter (syntax.md "Filters Are Type-Specific")', async () => {
    await expect(evalXs('"abc"|count')).rejects.toThrow(ValueTypeError);
    await expect(evalXs('"abc"|count')).rejects.toThrow(/use strlen/);
  });

  it('shuffle keeps the elements', async () => {
    expect(((await evalXs('[1,2,3]|shuffle')) as number[]).sort()).toEqual([1, 2, 3]);
  });
});
