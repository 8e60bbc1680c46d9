// Workers and daily-sync steps declared in the DSL beside their test endpoints: which endpoint runs
// each, with which input, and which tables it writes (the data a pass must change). `xac build`
// compiles them into the app's manifest (`apps/<app>/xs/endpoint-tests.json`, keys `workers` and
// `dailySync`), which the workers and daily-sync suites read (docs/validation.md).
import type { QueryDef, Shape, Table } from '@xac/xanoscript-dsl/dsl';
import { z } from 'zod';

/** A test endpoint (a `query(…)` definition); its input shape does not matter here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any QueryDef, whatever its input
export type TestEndpoint = QueryDef<any>;

/** The integrations a daily-sync step belongs to, in the order the sync runs them. */
export const INTEGRATIONS = ['FUB', 'reZEN', 'SkySlope'] as const;
export type Integration = (typeof INTEGRATIONS)[number];

/** What a worker declaration takes. */
export interface WorkerDeclInput {
  /** The seed's function id (8065 of `test-function-8065-fub-calls`). */
  readonly id: number;
  /** The worker's name (`FUB - Get Calls`). */
  readonly name: string;
  /** Its test endpoint (a `query(…)` definition), which runs the worker and answers its result. */
  readonly endpoint: TestEndpoint;
  /** The body (or query string, for GET) the suite sends; default `{}`. */
  readonly input?: Readonly<Record<string, unknown>>;
  /** The tables (DSL `table(…)` definitions) the worker writes: a success must change one of them. */
  readonly writes: readonly Table<string, Shape>[];
}

/** What a daily-sync step declaration takes. */
export interface SyncStepInput extends Omit<WorkerDeclInput, 'id'> {
  /** Its place in the sync (1–11 for the seed's steps); steps run in this order. */
  readonly step: number;
  readonly integration: Integration;
}

const WORKER = Symbol.for('xac.workerTest');
const SYNC = Symbol.for('xac.dailySync');

/** A declared worker, exported from a DSL module of the app. */
export interface WorkerTest extends WorkerDeclInput {
  readonly [WORKER]: true;
}

/** The declared daily sync: its steps in order. */
export interface DailySync {
  readonly [SYNC]: true;
  readonly steps: readonly SyncStepInput[];
}

/**
 * Declares a worker for the workers suite: its test endpoint, the input to send and the tables it
 * writes. Export the result from a module of the app (beside the test endpoint).
 * @example export const fubCallsWorker = workerTest({ id: 8065, name: 'FUB - Get Calls', endpoint: testFunction8065FubCalls, input: { user_id: 60 }, writes: [fubCalls] });
 */
export function workerTest(decl: WorkerDeclInput): WorkerTest {
  return { [WORKER]: true, ...decl };
}

/**
 * Declares the daily sync: its steps, each with its test endpoint, input and the tables it writes.
 * One per workspace; export it from a module of the app (`apps/endpoints/daily_sync.ts`).
 * @example export const sync = dailySync([{ step: 1, name: 'FUB - Calls Sync', integration: 'FUB', endpoint: testFunction8065FubCalls, input: { user_id: 60 }, writes: [fubCalls] }]);
 */
export function dailySync(steps: readonly SyncStepInput[]): DailySync {
  return { [SYNC]: true, steps };
}

/** True for the value workerTest() returns. */
export const isWorkerTest = (v: unknown): v is WorkerTest => typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[WORKER] === true;
/** True for the value dailySync() returns. */
export const isDailySync = (v: unknown): v is DailySync => typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[SYNC] === true;

const call = {
  name: z.string(),
  /** The test endpoint: verb, path, and its API group's name. */
  verb: z.string(),
  path: z.string(),
  apiGroup: z.string(),
  input: z.record(z.string(), z.unknown()),
  /** Table names. */
  writes: z.array(z.string()).min(1),
};
export const workerManifestSchema = z.object({ id: z.number().int(), ...call });
export const syncStepManifestSchema = z.object({ step: z.number().int().positive(), integration: z.enum(INTEGRATIONS), ...call });
export type WorkerManifest = z.infer<typeof workerManifestSchema>;
export type SyncStepManifest = z.infer<typeof syncStepManifestSchema>;

/** A declared worker as the suites get it: its API group's canonical resolved (undefined when the group has none). */
export type DeclaredWorker = WorkerManifest & { readonly canonical: string | undefined };
/** A declared daily-sync step as the suites get it. */
export type DeclaredStep = SyncStepManifest & { readonly canonical: string | undefined };
