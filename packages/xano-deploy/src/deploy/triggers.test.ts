// Triggers end to end on the embedded emulator: plan, gate, apply (both write modes), rollback.
import { afterEach, describe, expect, it } from 'vitest';
import { rollbackDeploy } from '../apply/rollback.js';
import { GateError } from '../gate/gate.js';
import { kx } from '@xac/xano-emulator/testing';
import { pullRemote } from '../remote/pull.js';
import { readDesired, type DesiredFile } from './desired.js';
import { deployDesired, planAgainst } from './run.js';
import { emulatorTarget, type TestTarget } from './__tests__/helpers.js';

const open: TestTarget[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});
const none = new Set<never>();

const TABLE = 'table "product" {\n  auth = false\n  schema {\n    int id\n    text name\n  }\n}\n';
const files = (value: string, extra: DesiredFile[] = []): DesiredFile[] => [
  { file: 'apps/shop/xs/table/product.xs', text: TABLE },
  { file: 'apps/shop/xs/table/trigger/product_audit.xs', text: kx.tableTrigger('product_audit', 'product', value) },
  ...extra,
];
const view = async (t: TestTarget) => (await pullRemote(t.client)).objects.map((o) => `${o.identity}|${o.guid}|${o.canonicalText}`).sort();

describe('table triggers deploy, update and roll back', () => {
  for (const mode of ['objects', 'transaction'] as const) {
    it(`${mode}: the gate passes a table trigger; it deploys after its table, updates, and rolls back`, async () => {
      const t = await emulatorTarget();
      open.push(t);
      const first = await deployDesired(t, readDesired(files('1')), { allow: none, mode, records: t.records });
      expect(first.record?.status).toBe('applied');
      expect(first.plan.steps.map((s) => `${s.kind} ${s.resource.type}`)).toEqual(['create table', 'create table_trigger']);
      const [trigger] = await t.client.triggers.table_trigger.list({ includeXanoscript: true });
      expect(trigger?.xanoscript?.value).toContain('value = 1');
      const before = await view(t);

      const workspaceTrigger = { file: 'apps/shop/xs/workspace/trigger/on_live.xs', text: kx.workspaceTrigger('on_live') };
      const second = await deployDesired(t, readDesired(files('2', [workspaceTrigger])), { allow: none, mode, records: t.records });
      expect(second.plan.steps.filter((s) => s.kind !== 'noop').map((s) => `${s.kind} ${s.resource.type}:${s.resource.name}`)).toEqual([
        'update table_trigger:product_audit',
        'create workspace_trigger:on_live',
      ]);
      expect((await t.client.triggers.table_trigger.get(trigger?.id ?? 0, { includeXanoscript: true })).xanoscript?.value).toContain('value = 2');
      expect((await planAgainst(t, readDesired(files('2', [workspaceTrigger])))).plan.steps.every((s) => s.kind === 'noop')).toBe(true);

      await rollbackDeploy(await t.records.load(second.record?.id ?? ''), t.client, t.records);
      expect(await view(t)).toEqual(before);
      expect(await t.client.triggers.workspace_trigger.list()).toEqual([]);
    }, 60_000);
  }

  it('lists a remote-only trigger and prunes it only with --allow delete', async () => {
    const t = await emulatorTarget();
    open.push(t);
    await deployDesired(t, readDesired(files('1')), { allow: none, mode: 'objects', records: t.records });
    const tableOnly = readDesired(files('1').slice(0, 1));
    const { plan } = await planAgainst(t, tableOnly);
    expect(plan.remoteOnly).toEqual([{ type: 'table_trigger', name: 'product_audit' }]);
    const pruned = await deployDesired(t, tableOnly, { allow: new Set(['delete']), mode: 'objects', records: t.records, prune: true });
    expect(pruned.record?.steps.map((s) => `${s.kind} ${s.resource.type}`)).toEqual(['delete table_trigger']);
    expect(await t.client.triggers.table_trigger.list()).toEqual([]);
  }, 60_000);

  it('the gate refuses a trigger whose table exists neither in the repo nor on the target, naming its file', async () => {
    const t = await emulatorTarget();
    open.push(t);
    const orphan = [{ file: 'apps/shop/xs/table/trigger/orphan.xs', text: kx.tableTrigger('orphan', 'missing') }];
    const err = await deployDesired(t, readDesired(orphan), { allow: none, mode: 'auto', records: t.records }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).reasons.join('\n')).toMatch(/apps\/shop\/xs\/table\/trigger\/orphan\.xs:\d+:\d+: .*table "missing" not found/);
    expect(await t.client.triggers.table_trigger.list()).toEqual([]);
  }, 60_000);
});
