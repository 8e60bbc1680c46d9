// A WORKERS test endpoint: POST `test-function-<id>-<slug>` with `{user_id}` (int), running the worker
// with function.run and answering its result as it is — a skip stays the skip shape at the top level.
import { query, t, type FunctionDef, type QueryDef } from '@xac/xanoscript-dsl/dsl';
import { workers } from './api_group.ts';

/**
 * The test endpoint of a worker that takes `{user_id}`.
 * @example export const testFunction8073 = userWorkerEndpoint(8073, 'contributions', onboardingContributions);
 */
export function userWorkerEndpoint(id: number, slug: string, worker: FunctionDef<{ user_id: 'int' }>): QueryDef<{ user_id: 'int' }> {
  return query(`test-function-${id}-${slug}`, {
    verb: 'POST',
    api_group: workers,
    description: `Runs ${worker.name} for one user and answers its result.`,
    input: [t.int('user_id').description('The user to run the worker for')],
  }, (s) => s.run(worker, { user_id: s.input.user_id }, 'worker_result'));
}
