// `return` as an early exit, with a literal and with an object value.
import { fn, t, table } from '../../../dsl/index.js';

export const user = table('user', {
  schema: [t.int('id'), t.bool('demo_account').default(false), t.int('fub_user_id').optional().nullable()],
});

export default fn(
  'Workers/FUB - Should Sync User',
  { input: [t.int('user_id')] },
  (s) => {
    const row = s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'user_row' });
    s.if(row.isNull(), (b) => {
      b.return({ sync: false, reason: 'missing_user' });
    });
    s.if(row.get('demo_account', false), (b) => {
      b.return(false);
    });
    return { sync: row.get('fub_user_id', 0).gt(0), reason: null };
  },
);
