// Test support: an emulator in a temp dir, and valid XanoScript documents of each kind. Exported as
// `@xac/xano-emulator/testing` so the deploy client's contract tests start the same server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinMultidoc } from '@xac/xanoscript-dsl/layout';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '../server.js';

/** A running emulator in its own data dir. */
export interface EmulatorHarness {
  readonly emu: EmulatorHandle;
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * A fresh temp directory.
 * @example const dir = await tempDir();
 */
export async function tempDir(prefix = 'xac-emu-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/**
 * Starts an emulator in a temp dir (removed on close unless `dataDir` is given).
 * @example const h = await startEmulatorHarness(); await h.close();
 */
export async function startEmulatorHarness(o: Partial<EmulatorOptions> = {}): Promise<EmulatorHarness> {
  const dir = o.dataDir ?? (await tempDir());
  const emu = await startEmulator({ ...o, dataDir: dir });
  return {
    emu,
    dir,
    close: async () => {
      await emu.stop();
      if (!o.dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Valid documents of the common kinds (and one broken at 5:12). */
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

/**
 * Pushes XanoScript documents to workspace 1's live branch through the Meta API (multidoc), as a
 * deploy would; the emulator's endpoints then serve them. Throws with the emulator's answer on a refusal.
 * @example await pushDocuments(h.emu, [fx.group('G'), fx.query('q', 'GET', 'G')]);
 */
export async function pushDocuments(emu: EmulatorHandle, docs: readonly string[]): Promise<void> {
  const res = await fetch(`${emu.url}/api:meta/workspace/1/multidoc`, {
    method: 'POST', headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'text/x-xanoscript' }, body: joinMultidoc(docs),
  });
  if (!res.ok) throw new Error(`push refused: ${res.status} ${await res.text()}`);
}
