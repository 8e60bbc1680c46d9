// The requests the official CLI (xano-inc/cli 1.2.0 @0399582, built locally, run against
// `xac emulator` through a recording proxy on 127.0.0.1) sent, one entry per request, in order, with
// the fields of each answer that the CLI's source reads. Data only: no CLI code.
//
// `path` is below /api:meta; `{name}` is filled from an earlier answer's `capture`. A XanoScript body
// is the list of its documents' first lines (DOCS in official-cli.test.ts holds each document);
// a JSON body is the recorded shape with sample values. `reads` are response paths (`a.b`, `a[].b`
// for every element of a non-empty list; `text` for a text answer; a trailing `?` allows null).

export interface RecordedRequest {
  readonly command: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body?: { readonly xanoscript: readonly string[] } | { readonly json: unknown };
  readonly status: number;
  readonly reads: readonly string[];
  /** Placeholder name → response path, for later paths. */
  readonly capture?: Readonly<Record<string, string>>;
  /** The answer's `message` must contain this (an error the CLI shows). */
  readonly message?: string;
  /** Preview operations (`action type:name`) the answer must list. */
  readonly operations?: readonly string[];
}

const PUSH_FLAGS = { env: 'false', records: 'false', transaction: 'true', truncate: 'false' } as const;
const dryRun = (partial: boolean) => ({ delete: 'true', ...PUSH_FLAGS, partial: String(partial) });
const push = (partial: boolean, del = false) => ({ delete: String(del), ...PUSH_FLAGS, partial: String(partial) });
const PREVIEW = ['workspace_name', 'summary', 'operations[].action', 'operations[].type', 'operations[].name', 'operations[].details'];
const GUID_MAP = ['guid_map[].type', 'guid_map[].name', 'guid_map[].guid'];
const FUNCTION_LIST = { include_draft: 'false', include_xanoscript: 'false', order: 'desc', page: '1', per_page: '50', sort: 'created_at' };
const PULL = { branch: '', env: 'false', include_draft: 'false', records: 'false' };

const FULL = ['query "products" verb=GET {', 'api_group "shop" {', 'function "add" {', 'table "product" {', 'table_trigger "product_audit" {', 'workspace "local" {', 'workspace_trigger "on_branch" {'];
const SYNCED = ['query "products" verb=GET {', 'api_group "shop" {', 'table "product" {', 'table_trigger "product_audit" { v2', 'workspace "local" {', 'workspace_trigger "on_branch" {'];
const TRIGGERS = ['table "product" {', 'table_trigger "product_audit" { v2', 'table_trigger "product_log" {'];
const KNOWLEDGE_ITEM = { content: '# Runbook\nSteps.\n', description: 'How we deploy', enabled: true, knowledge_type: 'doc', name: 'runbook' };

export const OFFICIAL_CLI_REQUESTS: readonly RecordedRequest[] = [
  { command: 'profile me', method: 'GET', path: '/auth/me', query: {}, status: 200, reads: ['id', 'name', 'email'] },
  { command: 'workspace list', method: 'GET', path: '/workspace', query: {}, status: 200, reads: ['[].id', '[].name', '[].created_at'] },
  { command: 'workspace get -w 1', method: 'GET', path: '/workspace/1', query: {}, status: 200, reads: ['id', 'name', 'created_at', 'updated_at', 'preferences.allow_push'] },
  { command: 'branch list', method: 'GET', path: '/workspace/1/branch', query: {}, status: 200, reads: ['[].label', '[].live', '[].backup'] },
  { command: 'workspace push --dry-run', method: 'POST', path: '/workspace/1/multidoc/dry-run', query: dryRun(true), body: { xanoscript: FULL }, status: 200, reads: PREVIEW,
    operations: ['create trigger:product_audit', 'create workspace:workspace', 'create trigger:on_branch', 'create query:products GET'] },
  { command: 'workspace push (partial, confirmed)', method: 'POST', path: '/workspace/1/multidoc/dry-run', query: dryRun(true), body: { xanoscript: FULL }, status: 200, reads: PREVIEW },
  { command: 'workspace push (partial, confirmed)', method: 'POST', path: '/workspace/1/multidoc', query: push(true), body: { xanoscript: FULL }, status: 200, reads: GUID_MAP },
  { command: 'function list', method: 'GET', path: '/workspace/1/function', query: FUNCTION_LIST, status: 200, reads: ['curPage', 'nextPage?', 'items[].id', 'items[].name'], capture: { fn: 'items[0].id' } },
  { command: 'function get {fn} -o xs', method: 'GET', path: '/workspace/1/function/{fn}', query: { include_draft: 'false', include_xanoscript: 'true' }, status: 200, reads: ['id', 'name', 'xanoscript.status', 'xanoscript.value'] },
  { command: 'workspace pull', method: 'GET', path: '/workspace/1/multidoc', query: PULL, status: 200, reads: ['text'] },
  { command: 'workspace pull', method: 'GET', path: '/workspace/1/knowledge/sync', query: { branch: '' }, status: 200, reads: [] },
  { command: 'branch create dev -d …', method: 'POST', path: '/workspace/1/branch', query: {}, body: { json: { label: 'dev', source_branch: 'v1', description: 'feature work' } }, status: 200, reads: ['label'] },
  { command: 'branch set_live dev --force', method: 'POST', path: '/workspace/1/branch/dev/live', query: {}, status: 200, reads: ['label'] },
  { command: 'branch edit dev --label --description --color', method: 'PUT', path: '/workspace/1/branch/dev', query: {}, body: { json: { label: 'development', description: 'Dev env', color: '#ff5733' } }, status: 200, reads: ['label'] },
  { command: 'branch set_live v1 --force', method: 'POST', path: '/workspace/1/branch/v1/live', query: {}, status: 200, reads: ['label'] },
  { command: 'branch get development', method: 'GET', path: '/workspace/1/branch/development', query: {}, status: 200, reads: ['label', 'live', 'backup', 'created_at'] },
  { command: 'branch delete development --force', method: 'DELETE', path: '/workspace/1/branch/development', query: {}, status: 200, reads: [] },
  { command: 'workspace push (table triggers, partial, confirmed)', method: 'POST', path: '/workspace/1/multidoc/dry-run', query: dryRun(true), body: { xanoscript: TRIGGERS }, status: 200, reads: PREVIEW,
    operations: ['unchanged table:product', 'update trigger:product_audit', 'create trigger:product_log'] },
  { command: 'workspace push (table triggers, partial, confirmed)', method: 'POST', path: '/workspace/1/multidoc', query: push(true), body: { xanoscript: TRIGGERS.slice(1) }, status: 200, reads: GUID_MAP },
  { command: 'workspace push --force (table triggers)', method: 'POST', path: '/workspace/1/multidoc', query: push(true), body: { xanoscript: TRIGGERS }, status: 200, reads: GUID_MAP },
  { command: 'workspace push --sync --delete --dry-run', method: 'POST', path: '/workspace/1/multidoc/dry-run', query: dryRun(false), body: { xanoscript: SYNCED }, status: 200, reads: PREVIEW,
    operations: ['delete function:add', 'delete trigger:product_log'] },
  { command: 'workspace push --sync --delete --dry-run', method: 'POST', path: '/workspace/1/knowledge/sync', query: {}, body: { json: { branch: '', delete: true, dry_run: true, items: [KNOWLEDGE_ITEM] } }, status: 200,
    reads: ['operations[].action', 'operations[].name', 'operations[].type', 'summary'] },
  { command: 'workspace push --sync --delete --force', method: 'POST', path: '/workspace/1/multidoc', query: push(false, true), body: { xanoscript: SYNCED }, status: 200, reads: GUID_MAP },
  { command: 'workspace push --sync --delete --force', method: 'POST', path: '/workspace/1/knowledge/sync', query: {}, body: { json: { branch: '', delete: true, force: false, items: [KNOWLEDGE_ITEM] } }, status: 200,
    reads: ['imported', 'deleted', 'guid_map[].guid', 'guid_map[].name'] },
  { command: 'workspace pull (after sync)', method: 'GET', path: '/workspace/1/multidoc', query: PULL, status: 200, reads: ['text'] },
  { command: 'workspace pull (after sync)', method: 'GET', path: '/workspace/1/knowledge/sync', query: { branch: '' }, status: 200, reads: ['[].name', '[].knowledge_type', '[].content', '[].guid'] },
  { command: 'function create -f fn.xs', method: 'POST', path: '/workspace/1/function', query: { include_xanoscript: 'false' }, body: { xanoscript: ['function "made_by_cli" {'] }, status: 200, reads: ['id', 'name'], capture: { made: 'id' } },
  { command: 'function edit {made} -f fn.xs', method: 'PUT', path: '/workspace/1/function/{made}', query: { include_xanoscript: 'false', publish: 'true' }, body: { xanoscript: ['function "made_by_cli" { v2'] }, status: 200, reads: ['id', 'name'] },
  { command: 'workspace edit -w 1 --no-allow-push', method: 'PUT', path: '/workspace/1', query: {}, body: { json: { preferences: { allow_push: false } } }, status: 200, reads: ['id', 'name', 'preferences.allow_push'] },
  { command: 'workspace push --dry-run (push disabled)', method: 'POST', path: '/workspace/1/multidoc/dry-run', query: dryRun(true), body: { xanoscript: SYNCED }, status: 400, reads: ['message'], message: 'Push is disabled' },
  { command: 'workspace push --force (push disabled)', method: 'POST', path: '/workspace/1/multidoc', query: push(true), body: { xanoscript: SYNCED }, status: 400, reads: ['message', 'payload.param'], message: 'Push is disabled' },
  { command: 'workspace edit -w 1 --allow-push', method: 'PUT', path: '/workspace/1', query: {}, body: { json: { preferences: { allow_push: true } } }, status: 200, reads: ['id', 'name', 'preferences.allow_push'] },
];
