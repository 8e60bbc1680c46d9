// The wider statement table — reference/xanoscript.md §4.2–§4.5: every statement family, with its
// required (`name!`) and optional attributes. Statements that have a node kind of their own are in
// statements.ts; the parser checks both. `*` accepts any attribute (v11 does not check the names
// of cloud and some security statements, §4.5). `description`, `disabled` and `mock` are allowed on
// every statement and are not listed.

/** One generic statement: its attribute specification, parsed from the compact table below. */
export interface GenericStmtSpec {
  readonly keyword: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Any attribute name is accepted. */
  readonly anyAttrs: boolean;
  /** Attributes that may be written more than once (`arg` of `db.direct_query`). */
  readonly repeatable: readonly string[];
  /** Groups of which exactly one member is required (`data|items!`: the rows of `db.bulk.add`). */
  readonly oneOf: readonly (readonly string[])[];
  /** Takes a `stack { … }` block of statements (`expect.to_throw`, `util.post_process`). */
  readonly stack: boolean;
}

const ANY = '*';
const STACK = '{stack}';

// keyword → attributes; families share a line where they share attributes.
// `as const`: the DSL derives each statement's typed options from these literals (dsl/generic.ts).
const TABLE = [
  // control (§4.2); block statements (conditional, loops, switch…) have shapes of their own
  ['remove foreach.remove', ''],
  ['await', 'ids timeout'],
  ['debug.stop', 'value'],
  ['function.call task.call tool.call addon.call middleware.call trigger.call', 'input headers api_group datasource'],
  ['api.call', 'api_group! input headers'],
  // corpus: marketplace actions, `action.call "" { package = … value = … input = … }`
  ['action.call', 'input package value registry'],
  // corpus: what Xano exports for a step XanoScript cannot express, `placeholder "mvp:…"`
  ['placeholder', ''],
  // database (§4.3)
  ['db.truncate', 'reset'],
  ['db.schema', 'path'],
  // corpus: `parser` and a repeated `arg` (one per placeholder); `response_type` is often left out
  ['db.direct_query', 'sql! response_type arg* parser'],
  ['db.external.postgres.direct_query db.external.mysql.direct_query db.external.mssql.direct_query db.external.oracle.direct_query',
    'code sql response_type connection_string! arg* parser'],
  ['db.set_datasource', 'value name'],
  // corpus: Xano writes the rows as `items`; the docs call them `data`
  ['db.bulk.add', 'data|items! allow_id_field'],
  ['db.bulk.update db.bulk.patch', 'where data|items!'],
  ['db.bulk.delete', 'where!'],
  // api and ai (§4.4)
  ['api.lambda', 'code! timeout!'],
  ['api.stream', 'value!'],
  ['api.realtime_event', 'channel! data! event auth_table auth_id'],
  ['ai.agent.run', 'args allow_tool_execution'],
  ['ai.external.mcp.tool.list ai.external.mcp.server_details', 'url! bearer_token! connection_type!'],
  ['ai.external.mcp.tool.run', 'url! bearer_token! connection_type! tool! args!'],
  // math, array, text, object (§4.5)
  ['math.add math.sub math.mul math.div math.mod math.bitwise.and math.bitwise.or math.bitwise.xor', 'value!'],
  ['array.push array.unshift array.merge', 'value!'],
  ['array.pop array.shift', ''],
  ['array.find array.find_index array.has array.every array.some array.filter array.filter_count array.partition', ''],
  ['array.map array.group_by', 'by!'],
  ['array.union array.difference array.intersection', 'value! by'],
  ['text.contains text.icontains text.starts_with text.istarts_with text.ends_with text.iends_with', 'value!'],
  ['text.trim text.ltrim text.rtrim text.append text.prepend', 'value!'],
  ['object.keys object.values object.entries', 'value!'],
  // security (§4.5)
  ['security.create_uuid', ''],
  ['security.check_password', 'text_password! hash_password!'],
  ['security.create_auth_token', 'table! id! extras expiration'],
  ['security.encrypt security.decrypt', 'data! algorithm! key! iv!'],
  ['security.jws_encode', 'headers claims! key! signature_algorithm! ttl'],
  ['security.jws_decode', 'token! key! check_claims signature_algorithm! timeDrift'],
  ['security.jwe_encode security.jwe_decode security.jwe_encode_legacy security.jwe_decode_legacy', ANY],
  ['security.random_number', 'min max'],
  ['security.random_bytes', 'length!'],
  ['security.create_password',
    'character_count! require_lowercase! require_uppercase! require_digit! require_symbol! symbol_whitelist!'],
  ['security.create_secret_key', 'bits format'],
  ['security.create_rsa_key', 'bits! format!'],
  ['security.create_curve_key', 'curve! format!'],
  // redis (§4.5); the docs drop package_key, so it is optional here
  ['redis.set', 'key! data! ttl package_key'],
  ['redis.get redis.has redis.del redis.pop redis.shift redis.count', 'key! package_key'],
  ['redis.incr redis.decr', 'key! by package_key'],
  ['redis.push redis.unshift', 'key! value! package_key'],
  ['redis.range', 'key! start! stop! package_key'],
  ['redis.remove', 'key! value! count package_key'],
  ['redis.keys', 'search!'],
  ['redis.ratelimit', 'key! max! ttl! error package_key'],
  // storage, stream (§4.5)
  // corpus: `filename` is optional (Xano derives it from the upload)
  ['storage.create_attachment storage.create_image', 'value! filename access!'],
  ['storage.create_file_resource', 'filename! filedata!'],
  ['storage.read_file_resource', 'value!'],
  ['storage.delete_file', 'pathname!'],
  ['storage.sign_private_url', 'pathname! ttl!'],
  ['stream.from_csv', 'value! separator enclosure escape_char'],
  ['stream.from_jsonl', 'value!'],
  ['stream.from_request', 'url method params headers timeout follow_location format'],
  // util (§4.5)
  ['util.get_env util.get_all_input util.get_vars', ''],
  // corpus: work that runs after the response is sent
  ['util.post_process', '{stack}'],
  ['util.get_input', 'encoding'],
  // corpus (Xano's own export): the request body before input parsing
  ['util.get_raw_input', 'encoding exclude_middleware'],
  ['util.ip_lookup util.template_engine', 'value!'],
  ['util.set_header', 'value! duplicates'],
  ['util.geo_distance', 'latitude_1! longitude_1! latitude_2! longitude_2!'],
  // docs: api_key, to and from; corpus: the `xano` provider mails the workspace owner and takes neither
  ['util.send_email', 'service_provider! api_key to from subject! message! reply_to cc bcc scheduled_at'],
  // zip (§4.5): v11 and the docs disagree on names, so both are accepted
  ['zip.create_archive', 'filename archive password'],
  ['zip.add_to_archive', 'file zip archive files password'],
  ['zip.delete_from_archive', 'filename zip archive paths password'],
  ['zip.extract zip.view_contents', 'zip archive password'],
  // expect (§4.5)
  ['expect.to_be_true expect.to_be_false expect.to_be_null expect.to_not_be_null expect.to_be_defined expect.to_not_be_defined expect.to_be_empty expect.to_be_in_the_past expect.to_be_in_the_future', ''],
  ['expect.to_equal expect.to_not_equal expect.to_be_greater_than expect.to_be_less_than expect.to_contain expect.to_start_with expect.to_end_with expect.to_match', 'value!'],
  ['expect.to_be_within', 'min! max!'],
  // docs (workflow-tests.md): wraps the `stack` that must throw
  ['expect.to_throw', '* {stack}'],
] as const satisfies ReadonlyArray<readonly [string, string]>;

/** The table, for the DSL's types: keyword groups and their attribute specs. */
export type GenericStmtTable = typeof TABLE;

/** Families whose every member accepts any attribute (cloud.*, §4.5). */
export const ANY_PREFIXES: readonly string[] = ['cloud.'];

// `name!` required, `name*` optional and repeatable, `a|b!` one of a or b required, `name` optional,
// `{stack}` a block of statements.
function parseEntry(keyword: string, attrs: string): GenericStmtSpec {
  const words = attrs.split(' ').filter((w) => w !== '' && w !== ANY && w !== STACK);
  const groups = words.filter((w) => w.includes('|')).map((w) => w.replace(/!$/, '').split('|'));
  const single = words.filter((w) => !w.includes('|'));
  const bare = (w: string) => w.replace(/[!*]$/, '');
  return {
    keyword,
    required: single.filter((w) => w.endsWith('!')).map(bare),
    optional: [...single.filter((w) => !w.endsWith('!')).map(bare), ...groups.flat()],
    anyAttrs: attrs.includes(ANY),
    repeatable: single.filter((w) => w.endsWith('*')).map(bare),
    oneOf: groups,
    stack: attrs.split(' ').includes(STACK),
  };
}

const byKeyword = new Map<string, GenericStmtSpec>();
for (const [keywords, attrs] of TABLE) {
  for (const k of keywords.split(' ')) byKeyword.set(k, parseEntry(k, attrs));
}

/** The generic-statement spec of a keyword, or undefined when §4 does not list it. */
export function genericStmtSpec(keyword: string): GenericStmtSpec | undefined {
  const found = byKeyword.get(keyword);
  if (found !== undefined) return found;
  return ANY_PREFIXES.some((p) => keyword.startsWith(p)) ? parseEntry(keyword, ANY) : undefined;
}

/** Every keyword of the table (for completion and tests). */
export function genericStmtKeywords(): readonly string[] {
  return [...byKeyword.keys()];
}
