// `db.add` with a bound result and without one.
import { fn, now, t, table } from '../../../dsl/index.js';

export const jobs = table('fub_onboarding_jobs', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id'),
    t.int('fub_account_id').optional().nullable(),
    t.enum('status', ['New', 'In Process', 'Complete']).default('New'),
  ],
});

export const audit = table('audit_log', { schema: [t.int('id'), t.text('event'), t.json('detail')] });

export default fn(
  'Workers/FUB - Queue Onboarding',
  { input: [t.int('user_id'), t.int('fub_account_id').optional()] },
  (s) => {
    const job = s.db.add(jobs, {
      data: { created_at: now, user_id: s.input.user_id, fub_account_id: s.input.fub_account_id, status: 'New' },
      as: 'job',
    });
    s.db.add(audit, { data: { event: 'fub_onboarding_queued', detail: { job_id: job.id, user_id: s.input.user_id } } });
    return job.id;
  },
);
