// `db.get` with and without `output`, then requireFound / whenFound on the row.
import { fn, t, table } from '../../../dsl/index.js';

export const user = table('user', {
  auth: true,
  schema: [t.int('id'), t.email('email'), t.text('first_name'), t.int('team_id').optional().nullable()],
});

export const team = table('team', { schema: [t.int('id'), t.text('name')] });

export default fn(
  'Workers/Users - Load Profile',
  { input: [t.int('user_id'), t.email('email')] },
  (s) => {
    const byId = s.db.get(user, { field_name: 'id', field_value: s.input.user_id, output: ['id', 'email', 'team_id'], as: 'user_row' });
    const found = s.requireFound(byId, 'User not found');
    const byEmail = s.db.get(user, { field_name: 'email', field_value: s.input.email, as: 'email_row' });
    const teamRow = s.db.get(team, { field_name: 'id', field_value: found.team_id.firstNotNull(0), as: 'team_row' });
    const teamName = s.var('team_name', '');
    s.whenFound(teamRow, (tm, b) => {
      b.update(teamName, tm.name);
    });
    return { email: found.email, same_user: byEmail.get('id', 0).eq(found.id), team: teamName };
  },
);
