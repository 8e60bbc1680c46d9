// CONTRACT: the multidoc push flags the client sends (records, truncate), against the emulator over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx, startHarness, type Harness } from './__fixtures__/harness.js';
import { kx } from './__fixtures__/harness.js';
import type { XanoClient } from './xano-client.js';

let h: Harness;
let client: XanoClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.client();
});
afterEach(async () => h.close());

describe('multidoc flags through the client', () => {
  it('sends records and truncate: records land only with records, truncate empties them', async () => {
    const rows = kx.tableWithItems('product', '{id: 1, name: "a"}');
    await client.multidoc.push([{ text: rows }], { records: true });
    expect(await client.multidoc.get({ records: true })).toContain('items = [{id: 1, name: "a"}]');
    const preview = await client.multidoc.dryRun([{ text: fx.table('product') }], { truncate: true });
    expect(preview.operations.map((o) => `${o.action} ${o.name}`)).toContain('truncate product');
    await client.multidoc.push([{ text: fx.table('product') }], { truncate: true });
    expect(await client.multidoc.get({ records: true })).not.toContain('items =');
  });
});
