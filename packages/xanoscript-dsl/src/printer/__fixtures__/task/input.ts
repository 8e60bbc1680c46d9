// A scheduled task: description, tags, active, a stack, and two schedule events (one with ends_on).
import { t, table, task } from '../../../dsl/index.js';

export const jobs = table('fub_onboarding_jobs', {
  schema: [t.int('id'), t.timestamp('created_at').default('now'), t.enum('status', ['New', 'In Process', 'Complete'])],
});

export default task(
  'FUB - Poll Onboarding Jobs',
  {
    description: 'Starts the FUB onboarding worker whenever New jobs are waiting.',
    tags: ['fub', 'jobs'],
    active: true,
    schedule: [
      { starts_on: '2026-01-05 06:00:00+0000', freq: 300 },
      { starts_on: '2026-01-05 00:00:00+0000', freq: 86400, ends_on: '2026-12-31 23:59:59+0000' },
    ],
  },
  (s) => {
    const waiting = s.db.query(jobs, { where: (c) => c.status.eq('New'), return: { type: 'count' }, as: 'waiting' });
    s.if(waiting.gt(0), (b) => {
      b.run('Workers/FUB - Process Onboarding Jobs', { limit: 25 }, 'batch_result');
    });
  },
);
