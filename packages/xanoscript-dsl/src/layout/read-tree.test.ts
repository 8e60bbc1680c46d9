import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkspaceTree, type WorkspaceTree } from './read-tree.js';

// Our own small trees, one per layout in use (docs/layout.md), under __fixtures__/.

const fixtures = join(import.meta.dirname, '__fixtures__');
const read = (name: string) => readWorkspaceTree(join(fixtures, name));
const byPath = (t: WorkspaceTree) => Object.fromEntries(t.objects.map((o) => [o.path, o.identity]));

describe('readWorkspaceTree', () => {
  it("reads the official CLI's pull layout", () => {
    const t = read('cli');
    expect(t.problems).toEqual([]);
    expect(t.layout).toBe('cli');
    expect(t.objects.every((o) => o.layout === 'cli')).toBe(true);
    expect(byPath(t)).toEqual({
      'api/migration_v_1_to_v_2/jobs/reset_POST.xs': 'query:jobs/reset:POST:Migration: V1 to V2',
      'api/migration_v_1_to_v_2/migration_v_1_to_v_2.xs': 'api_group:Migration: V1 to V2',
      'function/workers/send_email.xs': 'function:Workers/Send Email',
      'table/trigger/user_after_insert.xs': 'table_trigger:User After Insert',
      'table/user.xs': 'table:user',
      'task/send_digest_v_2.xs': 'task:Send Digest V2',
    });
  });

  it("reads Git Sync's layout (flattened query paths, digits kept, workspace/branch.xs)", () => {
    const t = read('git-sync');
    expect(t.problems).toEqual([]);
    expect(t.layout).toBe('git-sync');
    expect(byPath(t)).toEqual({
      'api/first_test/first_test.xs': 'api_group:first test',
      'api/first_test/projects_projects_id_GET.xs': 'query:projects/{projects_id}:GET:first test',
      'function/base64check.xs': 'function:base64check',
      'table/member.xs': 'table:member',
      'workspace/branch.xs': 'branch:v1',
    });
    const kinds = Object.fromEntries(t.objects.map((o) => [o.path, o.layout]));
    expect(kinds['workspace/branch.xs']).toBe('git-sync');
    expect(kinds['function/base64check.xs']).toBe('git-sync');
  });

  it("reads the VS Code extension's layout, its .xano/config.json included (trailing comma and all)", () => {
    const t = read('vscode');
    expect(t.problems).toEqual([]);
    expect(t.layout).toBe('vscode');
    expect(byPath(t)).toEqual({
      'apis/admin/api_group.xs': 'api_group:Admin',
      'apis/admin/users_GET.xs': 'query:users:GET:Admin',
      'functions/utils/send_email.xs': 'function:utils/send_email',
      'tables/account.xs': 'table:account',
      'tables/triggers/account_after_insert.xs': 'table_trigger:account_after_insert',
    });
  });

  it('reads the older apis/<group>/<id>_<name>_<VERB>.xs layout and infers a missing api_group from the folder', () => {
    const t = read('apis-id');
    expect(t.problems).toEqual([]);
    expect(t.layout).toBe('apis-id');
    const research = t.objects.find((o) => o.path === 'apis/research/6674_research_POST.xs');
    expect(research?.identity).toBe('query:research:POST:Research');
    expect(research?.apiGroupInferred).toBe(true);
    const attrs = research?.doc.object.kind === 'QueryDecl' ? research.doc.object.attrs : [];
    expect(attrs[0]).toMatchObject({ name: 'api_group', value: { kind: 'StringLit', value: 'Research' } });
    const written = t.objects.find((o) => o.path === 'apis/research/6675_research_by_intervention_GET.xs');
    expect(written?.apiGroupInferred).toBeUndefined();
    expect(byPath(t)['functions/1572_new_user_logic.xs']).toBe('function:new_user_logic');
    expect(byPath(t)['tables/292_project.xs']).toBe('table:project');
  });

  it('reads every document of a multidoc file, and objects written one after another', () => {
    const t = read('multidoc');
    expect(t.problems).toEqual([]);
    expect(t.objects.find((o) => o.identity === 'table:audit_log')?.text).toMatch(/^table "audit_log" \{[^]*\}$/);
    expect(t.objects.map((o) => [o.path, o.index, o.identity])).toEqual([
      ['consecutive.xs', 1, 'table:log'],
      ['consecutive.xs', 2, 'function:Log/Write'],
      ['workspace.xs', 1, 'table:audit_log'],
      ['workspace.xs', 2, 'function:Workers/Send SMS'],
      ['workspace.xs', 3, 'api_group:Reports'],
    ]);
  });

  it('leaves hand-named files (api_group.xs, lower-case verb suffixes) under the CLI folders unclassified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xac-hand-'));
    try {
      mkdirSync(join(dir, 'backend/api/shop'), { recursive: true });
      writeFileSync(join(dir, 'backend/api/shop/api_group.xs'), 'api_group "Shop" {\n  canonical = "shop0001"\n}\n');
      writeFileSync(join(dir, 'backend/api/shop/orders_post.xs'), 'query "orders" verb=POST {\n  api_group = "Shop"\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n');
      const t = readWorkspaceTree(dir);
      expect(t.problems).toEqual([]);
      expect(t.objects.map((o) => [o.identity, o.layout])).toEqual([['api_group:Shop', undefined], ['query:orders:POST:Shop', undefined]]);
      expect(t.layout).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xac-tree-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('names the file, line and column of a broken document and of a query with no group to infer', () => {
      mkdirSync(join(dir, 'apis/lost'), { recursive: true });
      writeFileSync(join(dir, 'apis/lost/1_x_GET.xs'), 'query "x" verb=GET {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n');
      writeFileSync(join(dir, 'apis/lost/2_y_GET.xs'), 'query "y" verb=GET {\n  api_group = "Lost"\n  input {\n  }\n  stack {\n    var $a {\n      value = (1 +\n    }\n  }\n  response = $a\n}\n');
      writeFileSync(join(dir, 'apis/lost/3_hook.xs'), 'error_trigger "on error" {\n  stack {\n  }\n}\n');
      const t = readWorkspaceTree(dir);
      expect(t.skipped).toEqual([{ path: 'apis/lost/3_hook.xs', line: 1, column: 1, message: 'an object kind xac does not know yet; left out' }]);
      expect(t.problems.find((p) => p.path === 'apis/lost/1_x_GET.xs')?.message).toMatch(/no api_group and its folder has no api_group file/);
      const broken = t.problems.filter((p) => p.path === 'apis/lost/2_y_GET.xs');
      expect(broken.length).toBeGreaterThan(0);
      expect(broken[0]?.line).toBeGreaterThanOrEqual(7);
    });
  });
});
