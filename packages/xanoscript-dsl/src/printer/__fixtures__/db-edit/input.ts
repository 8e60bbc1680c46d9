// `db.edit` with an object literal `data`, with and without a bound result.
import { fn, now, t, table } from '../../../dsl/index.js';

export const jobs = table('fub_onboarding_jobs', {
  schema: [
    t.int('id'),
    t.enum('status', ['New', 'In Process', 'Complete']),
    t.timestamp('started').optional().nullable(),
    t.int('attempts').default(0),
  ],
});

export default fn(
  'Workers/FUB - Claim Job',
  { input: [t.int('job_id'), t.int('attempts')] },
  (s) => {
    const job = s.db.edit(jobs, {
      field_name: 'id',
      field_value: s.input.job_id,
      data: { status: 'In Process', started: now, attempts: s.input.attempts.add(1) },
      as: 'claimed_job',
    });
    s.db.edit(jobs, { field_name: 'id', field_value: s.input.job_id, data: { started: null } });
    return job.status;
  },
);
