// Test support for the deploy client: the emulator harness of @xac/xano-emulator plus clients for it.
import { startEmulatorHarness, type EmulatorHarness } from '@xac/xano-emulator/testing';
import type { EmulatorOptions } from '@xac/xano-emulator';
import { createXanoClient, type XanoClientOptions } from '../http-client.js';
import type { XanoClient } from '../xano-client.js';

export { fx, kx, tempDir } from '@xac/xano-emulator/testing';

export interface Harness extends EmulatorHarness {
  readonly logs: string[];
  client(o?: Partial<XanoClientOptions>): XanoClient;
}

/** Fast retries for tests: real sleeps, but short. */
export const FAST_RETRY = { maxAttempts: 12, baseDelayMs: 5, maxDelayMs: 80 };

export async function startHarness(o: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const h = await startEmulatorHarness(o);
  const clients: XanoClient[] = [];
  const logs: string[] = [];
  return {
    emu: h.emu,
    dir: h.dir,
    logs,
    client: (c = {}) => {
      const client = createXanoClient({ instanceUrl: h.emu.url, token: h.emu.token, workspaceId: 1, retry: FAST_RETRY, log: (l) => logs.push(l), ...c });
      clients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await h.close();
    },
  };
}
