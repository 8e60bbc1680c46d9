// Filter names — reference/xanoscript.md §5. Expression filters (§5.1, v11 plus the docs' additions),
// deprecated aliases with their current names (§5.2), and the smaller list allowed inside db
// `where`/`eval`/`sort`/`join` clauses (§5.3).

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** Expression filters (§5.1). */
export const EXPRESSION_FILTERS: ReadonlySet<string> = new Set(
  words(`
  add subtract multiply divide modulus pow log min max round number_format abs sqrt exp log10 ln floor ceil
  deg2rad rad2deg sin cos tan asin acos atan asinh acosh atanh
  bitwise_and bitwise_or bitwise_xor bitwise_not not odd even
  equals not_equals greater_than greater_than_or_equal less_than less_than_or_equal in
  first last count reverse unique shuffle flatten safe_array slice range fill fill_keys index_by sort
  push pop shift unshift append prepend remove merge merge_recursive diff diff_assoc intersect intersect_assoc join
  sum avg product array_min array_max
  map filter some every find findIndex reduce transform
  lambda lambda_map lambda_filter lambda_some lambda_every lambda_find lambda_findIndex lambda_reduce
  filter_empty filter_empty_text filter_empty_array filter_empty_object filter_null filter_zero filter_false
  is_null is_empty first_notnull first_notempty
  is_object is_array is_int is_decimal is_bool is_text to_text to_int to_decimal to_bool to_expr
  get set unset has set_conditional set_ifnotempty set_ifnotnull keys values entries pick unpick
  create_object create_object_from_entries
  trim ltrim rtrim to_lower to_upper capitalize strlen substr split replace concat sprintf index iindex contains
  icontains starts_with istarts_with ends_with iends_with strip_html unaccent addslashes escape pad_start pad_end
  regex_matches regex_get_first_match regex_get_all_matches regex_replace regex_quote
  json_encode json_decode xml_decode yaml_encode yaml_decode csv_parse csv_decode csv_encode csv_create
  base64_encode base64_decode base64_encode_urlsafe base64_decode_urlsafe url_encode url_decode
  url_encode_rfc3986 url_decode_rfc3986 url_parse url_addarg url_delarg url_hasarg url_getarg querystring_parse
  hex2bin bin2hex dechex hexdec decbin bindec decoct octdec base_convert list_encodings detect_encoding
  to_utf8 from_utf8 convert_encoding
  md5 sha1 sha256 sha384 sha512 hmac_md5 hmac_sha1 hmac_sha256 hmac_sha384 hmac_sha512 encrypt decrypt
  jws_encode jws_decode jwe_encode jwe_decode secureid_encode secureid_decode uuid create_uid
  to_timestamp to_ms to_seconds to_minutes to_hours to_days parse_timestamp format_timestamp
  transform_timestamp add_secs_to_timestamp add_ms_to_timestamp
`),
);

/**
 * The filters whose argument is an expression evaluated per element (the docs' "Expression-Based
 * Filters"): inside it, `$$`/`$this` is the element and `CALLBACK_VARIABLES` are set. The runtime's
 * table of them (filters/lazy.ts) is keyed by this list; import reads it to know where those are set.
 */
export const CALLBACK_FILTERS = ['map', 'filter', 'some', 'every', 'find', 'findIndex', 'reduce', 'transform'] as const;
export type CallbackFilter = (typeof CALLBACK_FILTERS)[number];
/** Set inside a callback filter's argument besides `$$`/`$this`: `$index`, `$parent`, and reduce's `$result`. */
export const CALLBACK_VARIABLES: ReadonlySet<string> = new Set(['index', 'parent', 'result']);

/** Deprecated expression-filter names and their current names (§5.2). */
export const DEPRECATED_FILTERS: ReadonlyMap<string, string> = new Map(
  words(`
  array_diff:diff array_diff_assoc:diff_assoc array_entries:entries array_fill:fill array_fill_keys:fill_keys
  array_intersect:intersect array_intersect_assoc:intersect_assoc array_keys:keys array_merge:merge
  array_merge_recursive:merge_recursive array_pop:pop array_push:push array_remove:remove array_shift:shift
  array_shuffle:shuffle array_slice:slice array_unshift:unshift array_values:values
  crypto_jwe_decode:jwe_decode crypto_jwe_encode:jwe_encode crypto_jws_decode:jws_decode crypto_jws_encode:jws_encode
  div:divide empty:is_empty epochms_add_ms:add_ms_to_timestamp epochms_add_secs:add_secs_to_timestamp
  epochms_date:format_timestamp epochms_from_format:parse_timestamp epochms_transform:transform_timestamp
  eq:equals fsort:sort gt:greater_than gte:greater_than_or_equal lower:to_lower lt:less_than
  lte:less_than_or_equal mod:modulus mul:multiply ne:not_equals null:is_null num_max:max num_min:min
  regex_match:regex_get_first_match regex_match_all:regex_get_all_matches regex_test:regex_matches
  string_replace:replace strip_accents:unaccent strip_tags:strip_html stripos:iindex strpos:index sub:subtract
  to_epoch_day:to_days to_epoch_hour:to_hours to_epoch_minute:to_minutes to_epoch_ms:to_ms
  to_epoch_sec:to_seconds to_epochms:to_timestamp uid:create_uid upper:to_upper uuid4:uuid
`).map((pair) => pair.split(':') as [string, string]),
);

/** Query filters: the only ones allowed inside `where`, `eval`, `sort` and `join` (§5.3). */
export const QUERY_FILTERS: ReadonlySet<string> = new Set(
  words(`
  cosine_distance cosine_similarity l1_distance_manhattan l2_distance_euclidean inner_product negative_inner_product
  distance within covers between length to_lower to_upper concat substr coalesce unaccent
  floor ceil round add sub mul div search_rank
  timestamp_year timestamp_month timestamp_week timestamp_hour timestamp_minute timestamp_day_of_month
  timestamp_day_of_week timestamp_day_of_year timestamp_epoch_day timestamp_epoch_hour timestamp_epoch_minute
  timestamp_epoch_sec timestamp_add_seconds timestamp_add_minutes timestamp_add_hours timestamp_add_days
  timestamp_add_months timestamp_add_years timestamp_subtract_seconds timestamp_subtract_minutes
  timestamp_subtract_hours timestamp_subtract_days timestamp_subtract_months timestamp_subtract_years
`),
);

/** Attributes whose value is a db expression that takes query filters (§4.3). */
export const QUERY_CLAUSES: ReadonlySet<string> = new Set(['where', 'additional_where', 'eval', 'sort', 'join', 'search']);
