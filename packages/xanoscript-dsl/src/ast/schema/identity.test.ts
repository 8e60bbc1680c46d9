import { describe, expect, it } from 'vitest';
import { parse } from '../../parser/parse.js';
import {
  bucketOf, cliSnakeCase, identityOf, layoutPathOf, layoutPathsOf, MAX_FILE_NAME_BYTES, OBJECT_KEYWORDS, refOf, shortenComponent, TRIGGER_KEYWORDS,
  type ObjectRef,
} from './identity.js';
import { OBJECT_KINDS } from './object-kinds.js';

// The official CLI's pull layout (xano-inc/cli 1.2, src/commands/workspace/pull/index.ts), docs/layout.md.

describe('cliSnakeCase (lodash snakeCase, as the CLI calls it)', () => {
  const cases: Array<[string, string]> = [
    ['Migration: V1 to V2', 'migration_v_1_to_v_2'],
    ['Metrics - Create Snapshot V3', 'metrics_create_snapshot_v_3'],
    ['reset-stuck-fub-jobs', 'reset_stuck_fub_jobs'],
    ['test3-query', 'test_3_query'],
    ['calculateTotal', 'calculate_total'],
    ['ABCDef', 'abc_def'],
    ['processPM_jobs', 'process_pm_jobs'],
    ['café Crème', 'cafe_creme'],
    ["don't stop", 'dont_stop'],
    ['{id}', 'id'],
    ['a..b', 'a_b'],
    ['!!!', ''],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => expect(cliSnakeCase(input)).toBe(want));
});

describe('layoutPathOf', () => {
  const paths: Array<[ObjectRef, string]> = [
    [{ kind: 'api_group', name: 'Migration: V1 to V2' }, 'api/migration_v_1_to_v_2/migration_v_1_to_v_2.xs'],
    [{ kind: 'query', name: 'reset-stuck-fub-jobs', verb: 'POST', apiGroup: 'Migration: V1 to V2' }, 'api/migration_v_1_to_v_2/reset_stuck_fub_jobs_POST.xs'],
    [{ kind: 'query', name: 'users/{id}', verb: 'GET', apiGroup: 'Users' }, 'api/users/users/id_GET.xs'],
    [{ kind: 'query', name: 'Admin Tools/list all', verb: 'GET', apiGroup: 'Admin' }, 'api/admin/admin_tools/list_all_GET.xs'],
    [{ kind: 'query', name: 'orphan', verb: 'GET' }, 'query/orphan_GET.xs'],
    [{ kind: 'function', name: 'Workers/Metrics - Create Snapshot' }, 'function/workers/metrics_create_snapshot.xs'],
    [{ kind: 'task', name: 'Metrics - Create Snapshot V3' }, 'task/metrics_create_snapshot_v_3.xs'],
    [{ kind: 'table', name: 'fub_onboarding_jobs' }, 'table/fub_onboarding_jobs.xs'],
    [{ kind: 'table', name: 'archive/2024 rows' }, 'table/archive/2024_rows.xs'],
    [{ kind: 'middleware', name: 'Check API Key' }, 'middleware/check_api_key.xs'],
    [{ kind: 'addon', name: 'user_count' }, 'addon/user_count.xs'],
    [{ kind: 'workflow_test', name: 'test3-query' }, 'workflow_test/test_3_query.xs'],
    [{ kind: 'workspace', name: 'My Workspace' }, 'workspace/my_workspace.xs'],
    [{ kind: 'branch', name: 'v1' }, 'branch/v_1.xs'],
    [{ kind: 'agent', name: 'Support/Agent' }, 'ai/agent/support_agent.xs'],
    [{ kind: 'tool', name: 'search docs' }, 'ai/tool/search_docs.xs'],
    [{ kind: 'mcp_server', name: 'Docs MCP' }, 'ai/mcp_server/docs_mcp.xs'],
    [{ kind: 'realtime_channel', name: 'room/*' }, 'realtime/channel/room.xs'],
  ];
  for (const [ref, want] of paths) it(`${identityOf(ref)} → ${want}`, () => expect(layoutPathOf(ref)).toBe(want));

  it('puts a trigger of each kind in the CLI folder for it, its whole name in one file name', () => {
    const want: Record<string, string> = {
      table_trigger: 'table/trigger/on_user_insert.xs',
      realtime_trigger: 'realtime/trigger/on_user_insert.xs',
      workspace_trigger: 'workspace/trigger/on_user_insert.xs',
      agent_trigger: 'ai/agent/trigger/on_user_insert.xs',
      mcp_server_trigger: 'ai/mcp_server/trigger/on_user_insert.xs',
    };
    expect([...TRIGGER_KEYWORDS].sort()).toEqual(Object.keys(want).sort());
    for (const kind of TRIGGER_KEYWORDS) expect(layoutPathOf({ kind, name: 'On/User Insert' })).toBe(want[kind]);
    for (const kind of TRIGGER_KEYWORDS) expect(bucketOf(kind)).toBe('trigger');
  });

  it('shortens a 300-character name deterministically, under the file-name limit, and keeps names apart', () => {
    const long = 'Metrics '.repeat(38).slice(0, 300);
    const a = layoutPathOf({ kind: 'function', name: `reports/${long}` });
    expect(a).toBe(layoutPathOf({ kind: 'function', name: `reports/${long}` }));
    expect(a).toMatch(/^function\/reports\/metrics_metrics_[a-z_]+_[0-9a-f]{16}\.xs$/);
    const file = a.split('/').pop() ?? '';
    expect(Buffer.byteLength(file)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    const b = layoutPathOf({ kind: 'function', name: `reports/${long}x` });
    expect(b).not.toBe(a);
    const folder = layoutPathOf({ kind: 'query', name: 'x', verb: 'GET', apiGroup: long }).split('/')[1] ?? '';
    expect(Buffer.byteLength(folder)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(shortenComponent('short')).toBe('short');
    expect(shortenComponent('é'.repeat(200)).length).toBeLessThan(200);
  });
});

describe('layoutPathsOf (a whole workspace)', () => {
  it('numbers clashing api-group folders and file names as the CLI does, in the order given', () => {
    const refs: ObjectRef[] = [
      { kind: 'api_group', name: 'Authentication' },
      { kind: 'api_group', name: 'authentication' },
      { kind: 'query', name: 'login', verb: 'POST', apiGroup: 'authentication' },
      { kind: 'query', name: 'login', verb: 'POST', apiGroup: 'Authentication' },
      { kind: 'function', name: 'Send Email' },
      { kind: 'function', name: 'send_email' },
      { kind: 'function', name: 'send_email_2' },
    ];
    expect(layoutPathsOf(refs)).toEqual([
      'api/authentication/authentication.xs',
      'api/authentication_2/authentication.xs',
      'api/authentication_2/login_POST.xs',
      'api/authentication/login_POST.xs',
      'function/send_email.xs',
      'function/send_email_2.xs',
      // the CLI would overwrite the file above; the next free number is taken instead
      'function/send_email_2_2.xs',
    ]);
  });
});

describe('identity', () => {
  it('is kind + name, and name + verb + api_group for queries, in one format', () => {
    expect(identityOf({ kind: 'function', name: 'a/b' })).toBe('function:a/b');
    expect(identityOf({ kind: 'query', name: 'users', verb: 'get', apiGroup: 'Admin' })).toBe('query:users:GET:Admin');
  });

  it('reads the same identity from the AST as from a ref', () => {
    const doc = parse('query "users/{id}" verb=GET {\n  api_group = "Users"\n  input {\n  }\n  stack {\n  }\n  response = 1\n  guid = "abc"\n}\n').ast;
    expect(doc).toBeDefined();
    expect(refOf(doc!)).toEqual({ kind: 'query', name: 'users/{id}', verb: 'GET', apiGroup: 'Users' });
    expect(identityOf(doc!)).toBe('query:users/{id}:GET:Users');
    expect(identityOf(doc!.object as never)).toBe('query:users/{id}:GET:Users');
  });

  it('derives the kind list from the object-kind table', () => {
    expect(OBJECT_KEYWORDS).toEqual(OBJECT_KINDS.map((k) => k.keyword));
    expect(OBJECT_KEYWORDS).toContain('table_trigger');
  });
});
