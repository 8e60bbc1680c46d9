// Test cases declared beside an endpoint (inputs, expected status, a zod response shape), the
// manifest the build compiles them into (`apps/<app>/xs/endpoint-tests.json`, the shape as JSON
// Schema), and the check of one answer against one case.
import { z } from 'zod';
import { syncStepManifestSchema, workerManifestSchema } from './pipeline-decl.js';
import type { EndpointAnswer } from './target.js';

export interface EndpointCaseInput {
  readonly name: string;
  readonly input?: Readonly<Record<string, unknown>>;
  /** Default 200. */
  readonly status?: number;
  /** The response must parse with it. */
  readonly response?: z.ZodType;
}

const BRAND = Symbol.for('xac.endpointTests');

/** Cases for one endpoint, exported from a DSL module beside it. */
export interface EndpointTests {
  readonly [BRAND]: true;
  /** The endpoint's definition (a `query(…)` of the DSL). */
  readonly endpoint: unknown;
  readonly cases: readonly EndpointCaseInput[];
}

/**
 * Declares test cases for an endpoint; export the result from a module of the app.
 * @example export const resetTests = endpointTests(resetStuckFubJobs, [{ name: 'dry run', input: { execute: 0 }, response: z.object({ success: z.literal(true) }) }]);
 */
export function endpointTests(endpoint: unknown, cases: readonly EndpointCaseInput[]): EndpointTests {
  return { [BRAND]: true, endpoint, cases };
}

/** True for the value endpointTests() returns. */
export const isEndpointTests = (v: unknown): v is EndpointTests => typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[BRAND] === true;

const manifestCase = z.object({ name: z.string(), input: z.record(z.string(), z.unknown()), status: z.number().int(), response: z.record(z.string(), z.unknown()).optional() });
export const endpointManifestSchema = z.object({
  version: z.literal(1),
  /** By `VERB name` of the endpoint. */
  endpoints: z.record(z.string(), z.object({ verb: z.string(), name: z.string(), apiGroup: z.string(), cases: z.array(manifestCase) })),
  /** Declared workers (workerTest()), by id. */
  workers: z.array(workerManifestSchema).optional(),
  /** The declared daily sync (dailySync()), by step. */
  dailySync: z.array(syncStepManifestSchema).optional(),
});
export type EndpointManifest = z.infer<typeof endpointManifestSchema>;
export type ManifestCase = z.infer<typeof manifestCase>;

/** A declared case as the manifest holds it. */
export function toManifestCase(c: EndpointCaseInput): ManifestCase {
  return { name: c.name, input: { ...(c.input ?? {}) }, status: c.status ?? 200, ...(c.response ? { response: z.toJSONSchema(c.response, { io: 'input' }) as Record<string, unknown> } : {}) };
}

const preview = (body: unknown) => JSON.stringify(body)?.slice(0, 160) ?? 'undefined';

/**
 * Why an answer does not satisfy a case; empty when it does. A 2xx answer with an FP Result
 * `success` must have it true.
 * @example checkAnswer({ name: 'ok', input: {}, status: 200 }, { status: 500, body: {} }) // ['status 500, expected 200: {}']
 */
export function checkAnswer(c: ManifestCase, a: EndpointAnswer): string[] {
  if (a.status !== c.status) return [`status ${a.status}, expected ${c.status}: ${preview(a.body)}`];
  const out: string[] = [];
  if (c.status < 300 && typeof a.body === 'object' && a.body !== null && 'success' in a.body && (a.body as { success: unknown }).success !== true) {
    out.push(`success is ${preview((a.body as { success: unknown }).success)}, not true: ${preview(a.body)}`);
  }
  if (c.response) {
    const r = z.fromJSONSchema(c.response as Parameters<typeof z.fromJSONSchema>[0]).safeParse(a.body);
    if (!r.success) out.push(...r.error.issues.slice(0, 3).map((i) => `response ${i.path.join('.') || '(top)'}: ${i.message}`));
  }
  return out;
}
