// The emulator's state survives a restart, read back through the deploy client.
import { describe, expect, it } from 'vitest';
import { startEmulator } from '@xac/xano-emulator';
import { fx, tempDir } from '@xac/xano-emulator/testing';
import { createXanoClient } from './http-client.js';

describe('restart', () => {
  it('keeps objects, ids, guids and branches across a restart', async () => {
    const dir = await tempDir();
    const first = await startEmulator({ dataDir: dir, token: 'token-t1-0123' });
    const c1 = createXanoClient({ instanceUrl: first.url, token: 'token-t1-0123', workspaceId: 1 });
    const f = await c1.functions.create(fx.fn('kept'));
    const g = await c1.apiGroups.create(fx.group('G'));
    await c1.endpoints.create(g.id, fx.query('q', 'GET', 'G'));
    await c1.branches.create('dev');
    const before = first.snapshot();
    await c1.close();
    await first.stop();

    const second = await startEmulator({ dataDir: dir, token: 'token-t1-0123' });
    expect(second.snapshot()).toEqual(before);
    const c2 = createXanoClient({ instanceUrl: second.url, token: 'token-t1-0123', workspaceId: 1 });
    expect((await c2.functions.get(f.id)).guid).toBe(f.guid);
    expect((await c2.branches.list()).map((b) => b.label)).toEqual(['v1', 'dev']);
    expect((await c2.functions.create(fx.fn('next'))).id).toBeGreaterThan(f.id);
    await c2.close();
    await second.stop();
  });

});
