import { UsageError } from '../cli/errors.js';
import type { XacConfig } from './schema.js';

/** A resolved deploy target; `token` comes only from the environment. */
export interface ResolvedTarget {
  readonly name: string;
  /** Undefined: the embedded emulator. */
  readonly instanceUrl: string | undefined;
  readonly workspaceId: number;
  readonly branch: string;
  readonly token: string | undefined;
}

export interface TargetFlags {
  readonly target?: string;
  readonly instanceUrl?: string;
  readonly workspaceId?: string | number;
  readonly branch?: string;
}

/**
 * Resolves where commands act: flags > environment > config (DESIGN Conventions). With no instance
 * URL from any source the target is the embedded emulator (workspace 1, branch v1).
 * @example resolveTarget({ branch: 'dev' }, process.env, config)
 */
export function resolveTarget(flags: TargetFlags, env: NodeJS.ProcessEnv, config: XacConfig): ResolvedTarget {
  const name = flags.target ?? env.XAC_TARGET ?? config.defaultTarget;
  const fromConfig = name === undefined ? undefined : config.targets[name];
  if (name !== undefined && fromConfig === undefined && flags.instanceUrl === undefined && env.XANO_INSTANCE_URL === undefined) {
    throw new UsageError(`unknown target "${name}"; xac.config.ts defines: ${Object.keys(config.targets).join(', ') || 'none'}`);
  }
  const instanceUrl = flags.instanceUrl ?? env.XANO_INSTANCE_URL ?? fromConfig?.instanceUrl;
  const wsRaw = flags.workspaceId ?? env.XANO_WORKSPACE_ID ?? fromConfig?.workspaceId ?? 1;
  const workspaceId = Number(wsRaw);
  if (!Number.isInteger(workspaceId) || workspaceId <= 0) throw new UsageError(`workspace id must be a positive integer, got "${wsRaw}"`);
  return {
    name: instanceUrl === undefined ? 'emulator' : (name ?? 'env'),
    instanceUrl: instanceUrl?.replace(/\/+$/, ''),
    workspaceId,
    branch: flags.branch ?? env.XANO_BRANCH ?? fromConfig?.branch ?? 'v1',
    token: env.XANO_TOKEN,
  };
}
