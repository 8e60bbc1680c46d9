// Function 7960 "Tasks/FUB - Daily Update People" (daily-sync step 5, domain §1.3, body `{}`): runs
// Workers/FUB - Get People for every user whose FUB onboarding is Complete (fub_onboarding_jobs), one
// user at a time, collecting failures instead of stopping. No such user, or no person changed for any
// of them → the skip shape; any failure → `{success: false, data: null, error: {message, failures}}`.
import { fn, op } from '@xac/xanoscript-dsl/dsl';
import { fubOnboardingJobs } from '../tables/fub_onboarding_jobs.ts';
import { fubGetPeople } from '../workers/fub/8091_get_people.ts';
import { skipped } from '../workers/fub/shared_fub.ts';

export const fubDailyUpdatePeople = fn('Tasks/FUB - Daily Update People', { description: 'Updates the Follow Up Boss people of every user whose FUB onboarding is complete.' }, (s) => {
  const jobs = s.db.query(fubOnboardingJobs, { where: (c) => c.status.eq('Complete'), sort: { user_id: 'asc' }, as: 'onboarded_jobs' });
  s.if(jobs.count().eq(0), (b) => b.return(skipped('No FUB account has completed onboarding', 'select_users')));
  const previous = s.var('previous_user_id', 0);
  const users = s.var('users', 0);
  const fetched = s.var('people_fetched', 0);
  const written = s.var('people_written', 0);
  const failures = s.var('failures', [] as Record<string, never>[]);
  // Sorted by user, so a user with several complete jobs is updated once.
  s.foreach(jobs, 'onboarded', (job, b) => {
    b.if(job.user_id.ne(previous), (u) => {
      u.update(previous, job.user_id);
      u.update(users, users.add(1));
      u.tryCatch(
        (t) => {
          const result = t.run(fubGetPeople, { user_id: job.user_id }, 'people_result');
          t.if(op.cmp(result.get('success', false), '==', true), (ok) => {
            ok.update(fetched, fetched.add(result.get('data', {}).get('fetched', 0)));
            ok.update(written, written.add(result.get('data', {}).get('written', 0)));
          }).else((bad) => bad.update(failures, failures.push({ user_id: job.user_id, error: result.get('error', {}) })));
        },
        (c, error) => c.update(failures, failures.push({ user_id: job.user_id, error: { message: error.get('message', 'failed') } })),
      );
    });
  });
  s.if(failures.count().gt(0), (b) => b.return({
    success: false, data: null, error: { message: 'The FUB people update failed for some users', users, failures }, step: 'update_people',
  }));
  s.if(written.eq(0), (b) => b.return(skipped('No FUB people changed since the last sync', 'update_people')));
  return { success: true, data: { users, fetched, written }, error: null, step: 'complete' };
});
