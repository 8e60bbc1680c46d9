// A table: auth, description, tags, schema (defaults, optional/nullable, enum, foreign keys,
// description, sensitive) and indexes of every common shape.
import { t, table } from '../../../dsl/index.js';

export default table('fub_onboarding_jobs', {
  auth: false,
  description: 'Follow Up Boss onboarding jobs, one per user and FUB account.',
  tags: ['fub', 'jobs'],
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user').description('Owner of the FUB account'),
    t.int('fub_account_id').optional().nullable().references({ name: 'fub_accounts' }),
    t.enum('status', ['New', 'In Process', 'Complete', 'Failed']).default('New'),
    t.int('attempts').default(0),
    t.bool('priority').default(false),
    t.decimal('progress').optional().nullable(),
    t.text('fub_api_key').sensitive(),
    t.text('source').default('fub'),
    t.timestamp('started').optional().nullable(),
    t.text('error_message').optional().nullable(),
    t.json('last_response').optional(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started'] },
    { type: 'btree|unique', field: ['user_id', 'fub_account_id'], name: 'one_job_per_account' },
    { type: 'btree', field: [{ name: 'created_at', op: 'desc' }] },
    { type: 'gin', field: [{ name: 'last_response', op: 'jsonb_path_op' }] },
  ],
});
