// `try_catch` with try, catch (reading $error) and finally.
import { fn, now, t, table } from '../../../dsl/index.js';

export const jobs = table('fub_onboarding_jobs', {
  schema: [
    t.int('id'),
    t.enum('status', ['New', 'In Process', 'Complete', 'Failed']),
    t.timestamp('finished').optional().nullable(),
    t.text('error_message').optional().nullable(),
  ],
});

export default fn(
  'Workers/FUB - Run Onboarding Job',
  { input: [t.int('job_id')] },
  (s) => {
    const ok = s.var('ok', false);
    s.tryCatch(
      (b) => {
        b.run('Workers/FUB - Import Account', { job_id: s.input.job_id }, 'import_result');
        b.update(ok, true);
      },
      (b, error) => {
        b.db.edit(jobs, {
          field_name: 'id',
          field_value: s.input.job_id,
          data: { status: 'Failed', error_message: error.get('message', 'unknown error') },
        });
        b.debugLog(error);
      },
      (b) => {
        b.db.patch(jobs, { field_name: 'id', field_value: s.input.job_id, data: { finished: now } });
      },
    );
    s.tryCatch(
      (b) => b.sleep(1),
      (b) => b.comment('best effort'),
    );
    return ok;
  },
);
