// `db.del` by id and by a text column.
import { fn, t, table } from '../../../dsl/index.js';

export const jobs = table('fub_onboarding_jobs', { schema: [t.int('id'), t.text('external_ref')] });

export default fn(
  'Workers/FUB - Remove Job',
  { input: [t.int('job_id'), t.text('external_ref').optional()] },
  (s) => {
    s.db.del(jobs, { field_name: 'id', field_value: s.input.job_id });
    s.if(s.input.external_ref.notNull(), (b) => {
      b.db.del(jobs, { field_name: 'external_ref', field_value: s.input.external_ref.firstNotEmpty('') });
    });
    return true;
  },
);
