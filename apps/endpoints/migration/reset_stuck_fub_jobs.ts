// Endpoint 18374 `reset-stuck-fub-jobs` (reconstructed, reference/domain.md §4.3): FUB onboarding
// jobs claimed ("In Process") but never started (`started` null) are invisible to the poller, which
// only picks up "New". Without `execute = 1` it only previews them.
import { fubOnboardingJobs } from '@xac-app/functions';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { endpointTests } from '@xac/validators/suites';
import { z } from 'zod';
import { migration } from './api_group.ts';

export const resetStuckFubJobs = query(
  'reset-stuck-fub-jobs',
  {
    verb: 'POST',
    api_group: migration,
    description: 'Previews (default) or resets FUB onboarding jobs stuck In Process with no start time.',
    input: [t.int('execute').default(0).description('1 resets the jobs; anything else previews them')],
  },
  (s) => {
    const stuck = s.db.query(fubOnboardingJobs, {
      where: (c) => c.status.eq('In Process').and(c.started.isNull()),
      sort: { created_at: 'asc' },
      as: 'stuck_jobs',
    });
    const jobIds = s.var('job_ids', [] as number[]);
    const reset = s.var('reset_count', 0);
    s.foreach(stuck, 'job', (job, b) => {
      b.update(jobIds, jobIds.push(job.id));
      b.if(s.input.execute.eq(1), (run) => {
        run.db.edit(fubOnboardingJobs, { field_name: 'id', field_value: job.id, data: { status: 'New' } });
        run.update(reset, reset.add(1));
      });
    });
    return {
      success: true,
      data: {
        mode: s.input.execute.eq(1).then('execute', 'preview'),
        stuck_count: stuck.count(),
        reset_count: reset,
        job_ids: jobIds,
      },
      error: null,
      step: 'complete',
    };
  },
);

const counts = (mode: 'preview' | 'execute') => z.object({
  success: z.literal(true),
  data: z.object({ mode: z.literal(mode), stuck_count: z.number().int(), reset_count: z.number().int(), job_ids: z.array(z.number().int()) }),
  error: z.null(),
  step: z.literal('complete'),
});

export const resetStuckFubJobsTests = endpointTests(resetStuckFubJobs, [
  { name: 'previews the stuck jobs without changing them', input: {}, response: counts('preview') },
  { name: 'resets them with execute = 1', input: { execute: 1 }, response: counts('execute') },
]);
