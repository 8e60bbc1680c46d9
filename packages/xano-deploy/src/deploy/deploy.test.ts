import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StalePlanError } from '../apply/errors.js';
import { applyPlan } from '../apply/apply.js';
import { rollbackDeploy } from '../apply/rollback.js';
import { GateError } from '../gate/gate.js';
import { readDesired } from './desired.js';
import { pullRemote } from '../remote/pull.js';
import { deployDesired, planAgainst } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { emulatorTarget, type TestTarget } from './__tests__/helpers.js';

const open: TestTarget[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});
async function target(o: Parameters<typeof emulatorTarget>[0] = {}) {
  const t = await emulatorTarget(o);
  open.push(t);
  return t;
}
const none = new Set<never>();
const stateFile = (t: TestTarget) => readFileSync(join(t.dataDir, 'state.json'));

describe('deploy against the embedded emulator', () => {
  it('deploys, verifies, and a rerun plans no changes', async () => {
    const t = await target();
    const desired = readDesired(syntheticWorkspace(30));
    const run = await deployDesired(t, desired, { allow: none, mode: 'auto', records: t.records });
    expect(run.record?.status).toBe('applied');
    expect(run.mode).toBe('transaction');
    const again = await planAgainst(t, desired);
    expect(again.plan.steps.every((s) => s.kind === 'noop')).toBe(true);
  });

  it('a failing gate writes nothing: the emulator state is byte-identical', async () => {
    const t = await target();
    await deployDesired(t, readDesired(syntheticWorkspace(12)), { allow: none, mode: 'objects', records: t.records });
    const before = stateFile(t);
    const files = syntheticWorkspace(12, 1);
    files.push({ file: 'apps/syn/xs/function/bad.xs', text: 'function "bad" {\n  stack {\n    function.run "missing/fn" {\n      input = {}\n    } as $x\n  }\n  response = $x\n}\n' });
    files.push({ file: 'apps/syn/xs/function/broken.xs', text: 'function "broken" {\n  stack {\n    var $x {\n      value = \n' });
    const err = await deployDesired(t, readDesired(files), { allow: none, mode: 'objects', records: t.records }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    const reasons = (err as GateError).reasons.join('\n');
    expect(reasons).toMatch(/apps\/syn\/xs\/function\/bad\.xs:3:5: function\.run "missing\/fn"/);
    expect(reasons).toMatch(/apps\/syn\/xs\/function\/broken\.xs:\d+:\d+: /);
    expect(stateFile(t).equals(before)).toBe(true);
  });

  it('refuses a stale plan before writing', async () => {
    const t = await target();
    const { plan } = await planAgainst(t, readDesired(syntheticWorkspace(12)));
    await t.client.functions.create('function "intruder" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n');
    const before = stateFile(t);
    await expect(applyPlan(plan, t.client, { allow: none, mode: 'objects', records: t.records })).rejects.toBeInstanceOf(StalePlanError);
    expect(stateFile(t).equals(before)).toBe(true);
  });

  it('hazards need --allow; prune deletes remote-only objects only with delete allowed', async () => {
    const t = await target();
    await deployDesired(t, readDesired(syntheticWorkspace(12)), { allow: none, mode: 'objects', records: t.records });
    const fewer = readDesired(syntheticWorkspace(12).filter((f) => !f.file.endsWith('f_0001.xs')));
    const err = await deployDesired(t, fewer, { allow: none, mode: 'objects', records: t.records, prune: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect(String((err as Error).message)).toContain('--allow delete');
    const ok = await deployDesired(t, fewer, { allow: new Set(['delete']), mode: 'objects', records: t.records, prune: true });
    expect(ok.record?.steps.map((s) => s.kind)).toEqual(['delete']);
  });

  it('rollback restores the previous versions and deletes what the deploy created', async () => {
    const t = await target();
    const v0 = syntheticWorkspace(20, 0);
    await deployDesired(t, readDesired(v0), { allow: none, mode: 'objects', records: t.records });
    const before = await pullRemote(t.client);
    const v1 = [...syntheticWorkspace(20, 1), { file: 'apps/syn/xs/function/new.xs', text: 'function "new_one" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n' }];
    const run = await deployDesired(t, readDesired(v1), { allow: none, mode: 'objects', records: t.records });
    expect(run.record?.status).toBe('applied');
    await rollbackDeploy(await t.records.load(run.record?.id ?? ""), t.client, t.records);
    const after = await pullRemote(t.client);
    const view = (objs: typeof after.objects) => objs.map((o) => `${o.identity}|${o.guid}|${o.canonicalText}`).sort();
    expect(view(after.objects)).toEqual(view(before.objects));
    expect((await t.records.load(run.record?.id ?? "")).status).toBe('rolled-back');
  });
});
