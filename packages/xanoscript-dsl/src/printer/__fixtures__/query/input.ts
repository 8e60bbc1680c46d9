// An endpoint: verb, api_group, auth table, description, inputs, stack and response.
import { apiGroup, query, t, table } from '../../../dsl/index.js';

export const fubSync = apiGroup('FUB Sync', { canonical: 'fUb7sYnc' });

export const user = table('user', {
  auth: true,
  schema: [t.int('id'), t.email('email'), t.int('fub_user_id').optional().nullable()],
});

export default query(
  'fub/users/{user_id}',
  {
    verb: 'GET',
    api_group: fubSync,
    auth: user,
    description: 'Returns the Follow Up Boss link of the signed-in user.',
    tags: ['fub'],
    input: [t.int('user_id')],
  },
  (s) => {
    s.precondition(s.auth.id.eq(s.input.user_id), { error_type: 'accessdenied', error: 'You can only read your own FUB link' });
    const row = s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'user_row' });
    const found = s.requireFound(row, 'User not found');
    return { user_id: found.id, email: found.email, fub_user_id: found.fub_user_id };
  },
);
