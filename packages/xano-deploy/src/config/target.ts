import type { XacConfig } from './schema.js';
import { ConfigError } from './errors.js';
import { checkInstanceUrl } from './instance-url.js';
import { checkToken } from './token.js';

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

/** Which variable (or config key) a setting came from, for messages. */
function sourceOf(flag: unknown, envValue: unknown, variable: string, configKey: string): string {
  if (flag !== undefined) return `--${variable.replace(/^XANO_/, '').toLowerCase().replace(/_/g, '-')}`;
  return envValue !== undefined ? variable : configKey;
}

function workspaceIdOf(flags: TargetFlags, env: NodeJS.ProcessEnv, fromConfig: { workspaceId: number } | undefined, key: string): number {
  const raw = flags.workspaceId ?? env.XANO_WORKSPACE_ID ?? fromConfig?.workspaceId ?? 1;
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) {
    throw new ConfigError(`${sourceOf(flags.workspaceId, env.XANO_WORKSPACE_ID, 'XANO_WORKSPACE_ID', key)} must be a positive integer (the workspace id), got "${String(raw)}"`);
  }
  return id;
}

/**
 * Resolves where commands act: flags > environment > config (DESIGN Conventions). With no instance
 * URL from any source the target is the embedded emulator (workspace 1, branch v1). A malformed URL,
 * workspace id or token is refused here, before anything is sent.
 * @example resolveTarget({ branch: 'dev' }, process.env, config)
 */
export function resolveTarget(flags: TargetFlags, env: NodeJS.ProcessEnv, config: XacConfig): ResolvedTarget {
  const name = flags.target ?? env.XAC_TARGET ?? config.defaultTarget;
  const fromConfig = name === undefined ? undefined : config.targets[name];
  if (name !== undefined && fromConfig === undefined && flags.instanceUrl === undefined && env.XANO_INSTANCE_URL === undefined) {
    throw new ConfigError(`unknown target "${name}"; xac.config.ts defines: ${Object.keys(config.targets).join(', ') || 'none'}`);
  }
  const key = (field: string) => `targets.${name ?? '?'}.${field} in xac.config.ts`;
  const rawUrl = flags.instanceUrl ?? env.XANO_INSTANCE_URL ?? fromConfig?.instanceUrl;
  const instanceUrl = rawUrl === undefined ? undefined : checkInstanceUrl(rawUrl, sourceOf(flags.instanceUrl, env.XANO_INSTANCE_URL, 'XANO_INSTANCE_URL', key('instanceUrl')));
  const workspaceId = workspaceIdOf(flags, env, fromConfig, key('workspaceId'));
  const branch = flags.branch ?? env.XANO_BRANCH ?? fromConfig?.branch ?? 'v1';
  if (branch.trim() === '' || /[\u0000-\u001f/]/.test(branch)) throw new ConfigError(`${sourceOf(flags.branch, env.XANO_BRANCH, 'XANO_BRANCH', key('branch'))}: "${branch}" is not a branch label`);
  const token = instanceUrl === undefined || env.XANO_TOKEN === undefined ? env.XANO_TOKEN : checkToken(env.XANO_TOKEN, 'XANO_TOKEN');
  return { name: instanceUrl === undefined ? 'emulator' : (name ?? 'env'), instanceUrl, workspaceId, branch, token };
}
