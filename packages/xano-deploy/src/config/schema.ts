import { z } from 'zod';

// `xac.config.ts` — DESIGN "Configuration". Secrets never live here: the token comes only from the
// environment (XANO_TOKEN).

const severity = z.enum(['off', 'warn', 'error']);
const threshold = z
  .object({ warning: z.number().nonnegative(), critical: z.number().nonnegative() })
  .strict()
  .refine((t) => t.warning <= t.critical, { message: 'warning must not be above critical' });

/** The thresholds the seed documented (reference: the V2 report's alert script and operations manual). */
export const ALERT_DEFAULTS = {
  stagingBacklog: { warning: 1000, critical: 5000 },
  syncFailureRate: { warning: 0.1, critical: 0.3 },
  syncAgeHours: { warning: 24, critical: 72 },
  stuckJobHours: { warning: 4, critical: 24 },
};

/** `$env.NAME` values; names as XanoScript reads them. */
const envBlock = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'), z.union([z.string(), z.number(), z.boolean()]));

export const targetSchema = z
  .object({
    /** The instance origin, e.g. https://x2nu-xcjc-vhax.agentdashboards.xano.io (the client appends /api:meta). */
    instanceUrl: z.url({ protocol: /^https?$/ }),
    workspaceId: z.number().int().positive(),
    branch: z.string().min(1).default('v1'),
    /** `$env` of this target's scripts when they run locally (xac run, the emulator): never secrets (those come from the environment). */
    env: envBlock.optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** Named deploy targets. With none selected, commands use the embedded emulator. */
    targets: z.record(z.string(), targetSchema).default({}),
    defaultTarget: z.string().optional(),
    /** `$env` of the embedded emulator and of `xac run` with no target (a named target's `env` replaces it). */
    env: envBlock.default({}),
    /** App folders to build (default: every folder under apps/). */
    apps: z.array(z.string()).optional(),
    /** API groups by name → canonical, checked against the DSL's apiGroup() definitions. */
    apiGroups: z.record(z.string(), z.object({ canonical: z.string().min(1) }).strict()).default({}),
    lint: z
      .object({
        rules: z.record(z.string(), z.union([severity, z.tuple([severity, z.unknown()])])).default({}),
        baseline: z.string().optional(),
        /** Long-running batch functions: `sync-batch-call` reports an endpoint calling one synchronously. */
        batchFunctions: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .default({ rules: {} }),
    /**
     * `xac fmt` with no paths: the hand-written .xs files or folders (relative to the root) it
     * formats. The compiled apps/<app>/xs are only checked (the build owns them).
     */
    fmt: z.object({ paths: z.array(z.string().min(1)).default([]) }).strict().default({ paths: [] }),
    /** `xac test` in the deploy gate: with `gate: false` a deploy no longer runs the workspace's tests. */
    tests: z.object({ gate: z.boolean().default(true) }).strict().default({ gate: true }),
    validation: z
      .object({
        tables: z.number().min(0).max(100).default(100),
        endpoints: z.number().min(0).max(100).default(96),
        dailySync: z.number().min(0).max(100).default(90),
        workers: z.number().min(0).max(100).default(95),
      })
      .strict()
      .default({ tables: 100, endpoints: 96, dailySync: 90, workers: 95 }),
    /**
     * Alert thresholds (`xac alert`, `xac health`): a value at or above `warning` / `critical` reaches
     * that level. Staging backlog in unprocessed rows, sync failure rate as a share of an
     * integration's sync-state entries, sync age and stuck (active) onboarding jobs in hours.
     */
    alerts: z
      .object({
        stagingBacklog: threshold.default(ALERT_DEFAULTS.stagingBacklog),
        syncFailureRate: threshold.default(ALERT_DEFAULTS.syncFailureRate),
        syncAgeHours: threshold.default(ALERT_DEFAULTS.syncAgeHours),
        stuckJobHours: threshold.default(ALERT_DEFAULTS.stuckJobHours),
      })
      .strict()
      .default(ALERT_DEFAULTS),
  })
  .strict();

/** The configuration as written (defaults optional). */
export type XacConfigInput = z.input<typeof configSchema>;
/** The configuration after validation (defaults filled in). */
export type XacConfig = z.output<typeof configSchema>;
export type Target = z.output<typeof targetSchema>;

/**
 * Types `xac.config.ts`.
 * @example export default defineConfig({ targets: { prod: { instanceUrl: 'https://x.xano.io', workspaceId: 5 } } });
 */
export function defineConfig(config: XacConfigInput): XacConfigInput {
  return config;
}
