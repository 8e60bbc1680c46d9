// A WORKERS test endpoint: POST `test-function-<id>-<slug>` with `{user_id}` (int), running the worker
// with function.run and answering its result as it is — a skip stays the skip shape at the top level.
// Beside it: its endpoint cases and its worker declaration (docs/validation.md).
import { query, t, type FunctionDef, type QueryDef } from '@xac/xanoscript-dsl/dsl';
import { endpointTests, workerTest, type EndpointTests, type WorkerDeclInput, type WorkerTest } from '@xac/validators/suites';
import { z } from 'zod';
import { workers } from './api_group.ts';

/** A worker's answer: the FP Result, or the project's skip shape (at the top level). */
export const workerAnswer = z.union([
  z.object({ success: z.literal(true), skipped: z.literal(true), reason: z.string(), step: z.string() }),
  z.object({ success: z.boolean(), data: z.unknown(), error: z.unknown(), step: z.string() }),
]);

/** The seed's test user (domain §1.3: every step is sent `{user_id: 60}`). */
export const TEST_USER = { user_id: 60 } as const;

export interface UserWorker {
  readonly endpoint: QueryDef<{ user_id: 'int' }>;
  readonly tests: EndpointTests;
  readonly decl: WorkerTest;
}

/**
 * The test endpoint (POST `path` in WORKERS) and endpoint cases of a worker that takes `{user_id}`,
 * with no worker declaration: for the workers that are not among the seed's 22.
 * @example export const { endpoint: testSkyslopeListingsSync, tests: testSkyslopeListingsSyncTests } = userEndpoint('test-skyslope-listings-sync', skyslopeListingsSync);
 */
export function userEndpoint(path: string, worker: FunctionDef<{ user_id: 'int' }>): Omit<UserWorker, 'decl'> {
  const endpoint = query(path, {
    verb: 'POST',
    api_group: workers,
    description: `Runs ${worker.name} for one user and answers its result.`,
    input: [t.int('user_id').description('The user to run the worker for')],
  }, (s) => s.run(worker, { user_id: s.input.user_id }, 'worker_result'));
  const tests = endpointTests(endpoint, [
    { name: 'the test user', input: TEST_USER, response: workerAnswer },
    { name: 'a user_id that is no integer', input: { user_id: 'sixty' }, status: 400 },
  ]);
  return { endpoint, tests };
}

/**
 * The test endpoint, endpoint cases and worker declaration of a worker that takes `{user_id}`.
 * @example export const { endpoint: testFunction8073Contributions, tests: testFunction8073Tests, decl: worker8073 } = userWorker(8073, 'contributions', 'reZEN - Onboarding Process Contributions', onboardingContributions, [contribution]);
 */
export function userWorker(id: number, slug: string, name: string, worker: FunctionDef<{ user_id: 'int' }>, writes: WorkerDeclInput['writes']): UserWorker {
  const { endpoint, tests } = userEndpoint(`test-function-${id}-${slug}`, worker);
  return { endpoint, tests, decl: workerTest({ id, name, endpoint, input: TEST_USER, writes }) };
}
