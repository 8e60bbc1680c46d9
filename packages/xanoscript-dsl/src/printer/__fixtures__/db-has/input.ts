// `db.has` on a text and an int column.
import { fn, t, table } from '../../../dsl/index.js';

export const transaction = table('transaction', {
  schema: [t.int('id'), t.text('transaction_id_raw'), t.int('user_id')],
});

export default fn(
  'Workers/SkySlope - Is Known Transaction',
  { input: [t.text('transaction_id_raw'), t.int('transaction_id')] },
  (s) => {
    const known = s.db.has(transaction, { field_name: 'transaction_id_raw', field_value: s.input.transaction_id_raw, as: 'known' });
    const byId = s.db.has(transaction, { field_name: 'id', field_value: s.input.transaction_id, as: 'exists_by_id' });
    return known.or(byId);
  },
);
