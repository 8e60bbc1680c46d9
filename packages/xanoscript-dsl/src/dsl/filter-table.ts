// The one source of the DSL's filter methods: method name → [XanoScript filter, accepted argument
// counts]. ExprImpl's run-time methods are generated from it (dsl/expr.ts), codegen reads it backwards
// (`to_int` → `.toInt()`, codegen/emit-expr.ts), and a compile-time check in dsl/methods.ts makes
// every entry a typed method of some value type (the typing: which types offer it, what it returns).
// A new filter method is one line here plus its signature there.

export const FILTER_METHODS = {
  isEmpty: ['is_empty', [0]],
  firstNotNull: ['first_notnull', [1]],
  firstNotEmpty: ['first_notempty', [1]],
  toText: ['to_text', [0]],
  jsonEncode: ['json_encode', [0]],
  isArray: ['is_array', [0]],
  isObject: ['is_object', [0]],
  isText: ['is_text', [0]],
  isInt: ['is_int', [0]],
  isDecimal: ['is_decimal', [0]],
  isBool: ['is_bool', [0]],
  inList: ['in', [1]],
  equals: ['equals', [1]],
  // numbers
  mod: ['modulus', [1]],
  floor: ['floor', [0]],
  ceil: ['ceil', [0]],
  round: ['round', [0, 1]],
  abs: ['abs', [0]],
  sqrt: ['sqrt', [0]],
  pow: ['pow', [1]],
  min: ['min', [0, 1]],
  max: ['max', [0, 1]],
  plus: ['add', [1]],
  minus: ['subtract', [1]],
  multiply: ['multiply', [1]],
  divide: ['divide', [1]],
  bitwiseAnd: ['bitwise_and', [1]],
  bitwiseXor: ['bitwise_xor', [1]],
  bitwiseNot: ['bitwise_not', [0]],
  toInt: ['to_int', [0]],
  toDecimal: ['to_decimal', [0]],
  toBool: ['to_bool', [0]],
  toTimestamp: ['to_timestamp', [0, 1]],
  // text
  trim: ['trim', [0, 1]],
  ltrim: ['ltrim', [0, 1]],
  rtrim: ['rtrim', [0, 1]],
  toLower: ['to_lower', [0]],
  toUpper: ['to_upper', [0]],
  strlen: ['strlen', [0]],
  substr: ['substr', [1, 2]],
  split: ['split', [1]],
  replace: ['replace', [2]],
  regexReplace: ['regex_replace', [2]],
  regexMatches: ['regex_matches', [1]],
  contains: ['contains', [1]],
  icontains: ['icontains', [1]],
  startsWith: ['starts_with', [1]],
  endsWith: ['ends_with', [1]],
  index: ['index', [1]],
  sprintf: ['sprintf', [1, 2, 3, 4, 5, 6]],
  concatText: ['concat', [1, 2]],
  base64Encode: ['base64_encode', [0]],
  urlEncode: ['url_encode', [0]],
  urlEncodeRfc3986: ['url_encode_rfc3986', [0]],
  urlDecode: ['url_decode', [0]],
  hmacSha256: ['hmac_sha256', [1, 2]],
  regexGetAllMatches: ['regex_get_all_matches', [1]],
  urlAddarg: ['url_addarg', [2, 3]],
  createUid: ['create_uid', [0]],
  uuid: ['uuid', [0]],
  jsonDecode: ['json_decode', [0]],
  // booleans
  not: ['not', [0]],
  // timestamps
  formatTimestamp: ['format_timestamp', [1, 2]],
  transformTimestamp: ['transform_timestamp', [1, 2]],
  addSeconds: ['add_secs_to_timestamp', [1]],
  toMs: ['to_ms', [0]],
  toSeconds: ['to_seconds', [0, 1]],
  // objects, lists and untyped data
  get: ['get', [1, 2]],
  has: ['has', [1]],
  set: ['set', [2]],
  setIfNotEmpty: ['set_ifnotempty', [2]],
  setIfNotNull: ['set_ifnotnull', [2]],
  unset: ['unset', [1]],
  merge: ['merge', [1]],
  pick: ['pick', [1]],
  unpick: ['unpick', [1]],
  entries: ['entries', [0]],
  setConditional: ['set_conditional', [3]],
  keys: ['keys', [0]],
  values: ['values', [0]],
  count: ['count', [0]],
  first: ['first', [0]],
  last: ['last', [0]],
  slice: ['slice', [1, 2]],
  reverse: ['reverse', [0]],
  unique: ['unique', [0, 1]],
  remove: ['remove', [1, 2, 3]],
  intersect: ['intersect', [1]],
  diff: ['diff', [1]],
  indexBy: ['index_by', [1]],
  avg: ['avg', [0]],
  // callback filters: the argument is an expression over op.element() ($$)
  map: ['map', [1, 2]],
  filter: ['filter', [1]],
  some: ['some', [1]],
  every: ['every', [1]],
  find: ['find', [1]],
  findIndex: ['findIndex', [1]],
  sort: ['sort', [0, 1, 2, 3]],
  join: ['join', [1]],
  push: ['push', [1]],
  append: ['append', [1]],
  pop: ['pop', [0]],
  shift: ['shift', [0]],
  shuffle: ['shuffle', [0]],
  yamlEncode: ['yaml_encode', [0]],
  sum: ['sum', [0]],
  safeArray: ['safe_array', [0]],
  filterNull: ['filter_null', [0, 1]],
  filterEmpty: ['filter_empty', [0, 1]],
  filterEmptyText: ['filter_empty_text', [0, 1]],
} as const satisfies Readonly<Record<string, readonly [string, readonly number[]]>>;

export type FilterMethodName = keyof typeof FILTER_METHODS;

/** XanoScript filter → [DSL method, accepted argument counts] (codegen's direction). */
export const METHOD_OF_FILTER: ReadonlyMap<string, readonly [FilterMethodName, readonly number[]]> = new Map(
  (Object.entries(FILTER_METHODS) as Array<[FilterMethodName, readonly [string, readonly number[]]]>).map(([m, [f, n]]) => [f, [m, n]] as const),
);

/**
 * Names typed objects and rows keep as methods; a column with one of these names is read with
 * `.col(name)` instead. The runtime Proxy, the `Columns<S>` type and codegen all read this list.
 */
export const OBJECT_METHOD_NAMES = [
  'eq', 'ne', 'isNull', 'notNull', 'isEmpty', 'firstNotNull', 'firstNotEmpty', 'orElse',
  'toText', 'jsonEncode', 'then', 'col', 'get', 'has', 'set', 'keys', 'merge', 'node', 'pick', 'unpick', 'entries',
  'setConditional', 'equals',
] as const;
export type ObjectMethodName = (typeof OBJECT_METHOD_NAMES)[number];
