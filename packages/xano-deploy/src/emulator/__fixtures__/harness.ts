// Test support: an emulator in a temp dir, a client for it, and valid XanoScript fixtures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXanoClient, type XanoClientOptions } from '../../client/http-client.js';
import type { XanoClient } from '../../client/xano-client.js';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '../server.js';

export interface Harness {
  readonly emu: EmulatorHandle;
  readonly dir: string;
  readonly logs: string[];
  client(o?: Partial<XanoClientOptions>): XanoClient;
  close(): Promise<void>;
}

export async function tempDir(prefix = 'xac-emu-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Fast retries for tests: real sleeps, but short. */
export const FAST_RETRY = { maxAttempts: 12, baseDelayMs: 5, maxDelayMs: 80 };

export async function startHarness(o: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const dir = o.dataDir ?? (await tempDir());
  const emu = await startEmulator({ ...o, dataDir: dir });
  const clients: XanoClient[] = [];
  const logs: string[] = [];
  return {
    emu,
    dir,
    logs,
    client: (c = {}) => {
      const client = createXanoClient({ instanceUrl: emu.url, token: emu.token, workspaceId: 1, retry: FAST_RETRY, log: (l) => logs.push(l), ...c });
      clients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await emu.stop();
      if (!o.dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export const fx = {
  fn: (name: string, value = '1') =>
    `function "${name}" {\n  input {\n    int a\n  }\n  stack {\n    var $x {\n      value = ${value}\n    }\n  }\n  response = $x\n}\n`,
  group: (name: string, canonical = name.toLowerCase()) => `api_group "${name}" {\n  canonical = "${canonical}"\n}\n`,
  query: (path: string, verb: string, group: string, value = '1') =>
    `query "${path}" verb=${verb} {\n  api_group = "${group}"\n  input {\n    int id\n  }\n  stack {\n    var $x {\n      value = ${value}\n    }\n  }\n  response = $x\n}\n`,
  table: (name: string, extra = '') => `table "${name}" {\n  auth = false\n  schema {\n    int id\n    text name${extra}\n  }\n}\n`,
  task: (name: string, value = '1') =>
    `task "${name}" {\n  stack {\n    var $x {\n      value = ${value}\n    }\n  }\n  schedule = [{starts_on: 2026-01-01 08:00:00+0000, freq: 86400}]\n}\n`,
  middleware: (name: string) =>
    `middleware "${name}" {\n  input {\n    json vars\n  }\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n  response = $x\n}\n`,
  addon: (name: string) => `addon "${name}" {\n  input {\n    int id\n  }\n  stack {\n    db.query "user" {\n      return = {type: "count"}\n    }\n  }\n}\n`,
  /** A function with a stray `)` at line 5, column 12 (1-based). */
  broken: (name: string) => `function "${name}" {\n  input {\n  }\n  stack {\n    var $x )\n      value = 1\n    }\n  }\n  response = $x\n}\n`,
};
