import { fn, ruleTester } from '../rule-tester.js';
import rule from './job-claim-without-start.js';

const jobs = 'table "fub_onboarding_jobs" {\n  schema {\n    int id\n    text status\n    timestamp? started?\n  }\n}\n';
const edit = (data: string, table = 'fub_onboarding_jobs') => fn(`    db.edit "${table}" {\n      field_name = "id"\n      field_value = 1\n      data = ${data}\n    }`);

ruleTester(rule, {
  valid: [
    { code: edit('{status: "In Process", started: now}'), files: [jobs] },
    { code: edit('{status: "Complete"}'), files: [jobs] },
    { name: 'table without a started column', code: edit('{status: "In Process"}', 't'), files: ['table "t" {\n  schema {\n    int id\n    text status\n  }\n}\n'] },
  ],
  invalid: [
    { name: 'the seed\'s stuck FUB jobs', code: edit('{status: "In Process"}'), files: [jobs], errors: [{ messageId: 'noStart', line: 8, column: 15 }] },
    { name: 'unknown table, other claimed state', code: edit('{events_status: "IN_PROGRESS"}', 'fub_sync_jobs'), errors: [{ messageId: 'noStart', line: 8, column: 15 }] },
    { name: 'configured claimed state', code: edit('{status: "Claimed"}'), files: [jobs], options: { claimedStates: ['Claimed'] }, errors: [{ messageId: 'noStart', line: 8, column: 15 }] },
  ],
});
