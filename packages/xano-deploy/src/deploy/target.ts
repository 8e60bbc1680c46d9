// Opening the deploy target: a real instance from the environment/config, or the embedded emulator
// (DESIGN Conventions: embedded default) started in-process on a free loopback port.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createXanoClient, type XanoClientOptions } from '../client/http-client.js';
import { createRedactor, type Redactor } from '../client/redact.js';
import type { XanoClient } from '../client/xano-client.js';
import { ConfigError } from '../config/errors.js';
import type { ResolvedTarget } from '../config/target.js';
import type { FaultOptions } from '@xac/xano-emulator';
import type { SqlAdapter } from '@xac/xanoscript-runtime';
import { startEmulator, type EmulatorHandle } from '@xac/xano-emulator';
import { ensureEmulatorToken } from '@xac/xano-emulator';
import { instanceOfEmulator, instanceOfUrl } from './instance.js';
import type { PlanTarget } from '../plan/types.js';
import { checkTarget } from './preflight.js';

export interface OpenTarget {
  readonly client: XanoClient;
  readonly plan: PlanTarget;
  readonly lockFile: string;
  /** The embedded emulator, when that is the target. */
  readonly emulator?: EmulatorHandle;
  /** Scrubs the token from any text before it is shown or stored. */
  readonly redact: Redactor;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Emulator data dir (default `<root>/.xac/emulator`). */
  readonly dataDir?: string;
  readonly faults?: FaultOptions;
  readonly log?: (line: string) => void;
  /** Retry policy and clock for the client (tests use short delays). */
  readonly client?: Pick<XanoClientOptions, 'retry' | 'runtime'>;
  /** `$env` of the embedded emulator's scripts (e.g. the stand-ins' base URLs); ignored for an instance. */
  readonly emulatorEnv?: Readonly<Record<string, string>>;
  /** Check the workspace and branch exist before anything else (default true; real instances only). */
  readonly preflight?: boolean;
  /** The embedded emulator's database (default PGlite in memory), e.g. PostgreSQL for the pipeline bench; ignored for an instance. */
  readonly openDatabase?: () => Promise<SqlAdapter>;
}

/**
 * Opens the resolved target; `close()` stops an embedded emulator.
 * @example const t = await openTarget(root, resolveTarget({}, process.env, config)); try { … } finally { await t.close(); }
 */
export async function openTarget(root: string, target: ResolvedTarget, o: OpenOptions = {}): Promise<OpenTarget> {
  const log = o.log ?? (() => undefined);
  if (target.instanceUrl === undefined) {
    const dataDir = o.dataDir ?? join(root, '.xac', 'emulator');
    const { token } = await ensureEmulatorToken(dataDir, {});
    const emulator = await startEmulator({ dataDir, token, ...(o.faults ? { faults: o.faults } : {}), ...(o.emulatorEnv ? { env: o.emulatorEnv } : {}), ...(o.openDatabase ? { openDatabase: o.openDatabase } : {}) });
    const redact = createRedactor([token]);
    const client = createXanoClient({ instanceUrl: emulator.url, token, workspaceId: 1, branch: 'v1', log, ...o.client });
    const plan: PlanTarget = { name: 'emulator', instance: instanceOfEmulator(root, dataDir), workspaceId: 1, branch: 'v1' };
    const close = async () => {
      await client.close();
      await emulator.stop();
    };
    return { client, plan, lockFile: join(dataDir, 'deploy.lock'), emulator, redact, close };
  }
  const token = target.token;
  if (token === undefined || token.trim() === '') throw new ConfigError('XANO_INSTANCE_URL is set but XANO_TOKEN is not: export the Metadata API token in XANO_TOKEN');
  const redact = createRedactor([token]);
  const client = createXanoClient({ instanceUrl: target.instanceUrl, token, workspaceId: target.workspaceId, branch: target.branch, log, ...o.client });
  if (o.preflight !== false) {
    try {
      await checkTarget(client, target.instanceUrl);
    } catch (err) {
      await client.close();
      throw err;
    }
  }
  const plan: PlanTarget = { name: target.name, instance: instanceOfUrl(target.instanceUrl), workspaceId: target.workspaceId, branch: target.branch };
  const key = createHash('sha256').update(`${plan.instance}|${target.workspaceId}|${target.branch}`).digest('hex').slice(0, 16);
  return { client, plan, lockFile: join(root, '.xac', 'locks', `${key}.lock`), redact, close: () => client.close() };
}
