// CONTRACT: trigger routes of every kind, client against the emulator over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx, startHarness, type Harness } from './__fixtures__/harness.js';
import { kx } from './__fixtures__/harness.js';
import { InputError, NotFoundError } from './errors.js';
import { TRIGGER_KINDS, type TriggerKind } from './triggers.js';
import type { XanoClient } from './xano-client.js';
import { stripGuid } from '@xac/xanoscript-dsl/layout';

let h: Harness;
let client: XanoClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.client();
});
afterEach(async () => h.close());

/** Each kind's document (v = a value that changes on update) and the parent it needs. */
const CASES: Record<TriggerKind, { doc: (v: string) => string; parent?: () => Promise<unknown> }> = {
  table_trigger: { doc: (v) => kx.tableTrigger('audit', 'product', v), parent: () => client.tables.create(fx.table('product')) },
  workspace_trigger: { doc: (v) => kx.workspaceTrigger('on_live').replace('value = 1', `value = ${v}`) },
  agent_trigger: { doc: (v) => kx.agentTrigger('on_agent', 'Helper').replace('value = 1', `value = ${v}`), parent: () => client.multidoc.push([{ text: kx.agent('Helper') }]) },
  mcp_server_trigger: { doc: (v) => kx.mcpTrigger('on_mcp', 'Tools').replace('value = 1', `value = ${v}`), parent: () => client.multidoc.push([{ text: kx.mcpServer('Tools') }]) },
  realtime_trigger: { doc: (v) => kx.realtimeTrigger('on_join', 'room').replace('value = 1', `value = ${v}`), parent: () => client.multidoc.push([{ text: kx.channel('room') }]) },
};

describe('triggers', () => {
  for (const kind of TRIGGER_KINDS) {
    it(`${kind}: create, list, find, update, delete`, async () => {
      const c = CASES[kind];
      await c.parent?.();
      const api = client.triggers[kind];
      const made = await api.create({ text: c.doc('1'), path: `${kind}.xs` });
      expect(made.guid).toMatch(/\S{8,}/);
      expect((await api.list()).map((t) => t.name)).toEqual([made.name]);
      expect((await api.find({ name: made.name }))?.id).toBe(made.id);
      const updated = await api.update(made.id, c.doc('2'));
      expect(stripGuid(updated.xanoscript?.value ?? '')).toBe(stripGuid(c.doc('2')));
      await api.delete(made.id);
      await expect(api.get(made.id)).rejects.toBeInstanceOf(NotFoundError);
    });
  }

  it('keeps kinds apart and refuses a table trigger for a missing table', async () => {
    await client.tables.create(fx.table('product'));
    await client.triggers.table_trigger.create(kx.tableTrigger('audit', 'product'));
    expect(await client.triggers.workspace_trigger.list()).toEqual([]);
    await expect(client.triggers.table_trigger.create(kx.tableTrigger('x', 'missing'))).rejects.toBeInstanceOf(InputError);
    expect((await client.tables.list()).map((t) => t.name)).toEqual(['product']);
  });
});
