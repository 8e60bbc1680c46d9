// The health check's typed shape (the pipeline-health-check endpoint's answer, with the real backlog,
// stuck jobs and a verdict added). Facts are collected; the verdict is computed from them and the
// `alerts` thresholds of xac.config.ts.
import { z } from 'zod';

export const INTEGRATIONS = ['fub', 'rezen', 'skyslope'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

const ms = z.number().int().nullable();
const statusSchema = z.enum(['pending', 'active', 'complete', 'partial', 'error', 'unknown']);
const reasonSchema = z.object({ level: z.enum(['warning', 'critical']), category: z.enum(['staging', 'sync', 'jobs']), message: z.string() });

export const healthFactsSchema = z.object({
  /** Epoch ms. */
  checkedAt: z.number().int(),
  /** Every staging table: all rows, and the backlog (`is_processed = false`). */
  staging: z.array(z.object({ table: z.string(), total: z.number().int(), backlog: z.number().int() })),
  /** Row counts of the final tables. */
  finalTables: z.record(z.string(), z.number().int()),
  /** Rows of `<integration>_sync_state`. */
  syncState: z.array(z.object({
    integration: z.enum(INTEGRATIONS), entityType: z.string(), status: statusSchema, rawStatus: z.string().nullable(),
    lastSyncAt: ms, errorMessage: z.string().nullable(), recordsSynced: z.number().nullable(),
  })),
  /** Rows of `<integration>_onboarding_jobs`, reduced to what the verdict needs. */
  jobs: z.array(z.object({ integration: z.enum(INTEGRATIONS), table: z.string(), id: z.number(), status: statusSchema, rawStatus: z.string().nullable(), started: ms })),
  /** The verdict the source computed itself (the pipeline-health-check endpoint does), beside ours. */
  reported: z.object({ verdict: z.enum(['healthy', 'warning', 'critical']), reasons: z.array(reasonSchema) }).optional(),
});
export type HealthFacts = z.infer<typeof healthFactsSchema>;
export type SyncStateEntry = HealthFacts['syncState'][number];
export type JobRow = HealthFacts['jobs'][number];

export type Level = 'warning' | 'critical';
export type Verdict = 'healthy' | Level;

export interface Reason {
  readonly level: Level;
  readonly category: 'staging' | 'sync' | 'jobs';
  readonly message: string;
}

export interface JobCounts {
  readonly total: number;
  readonly pending: number;
  readonly active: number;
  /** Active and started longer ago than the stuck-job warning threshold, or with no start time. */
  readonly stuck: number;
  readonly error: number;
}

export interface StuckJob {
  readonly integration: Integration;
  readonly table: string;
  readonly id: number;
  readonly rawStatus: string | null;
  readonly started: number | null;
  /** null when the job has no start time (the seed's own failure). */
  readonly ageHours: number | null;
}

/** A health check: the facts, what was computed from them, and the verdict with its reasons. */
export interface HealthResult extends HealthFacts {
  readonly backlog: number;
  readonly onboardingJobs: Readonly<Record<Integration, JobCounts>>;
  readonly stuckJobs: readonly StuckJob[];
  /** Per integration: the share of sync-state entries in error (0 with none). */
  readonly syncFailureRate: Readonly<Record<Integration, number>>;
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
}
