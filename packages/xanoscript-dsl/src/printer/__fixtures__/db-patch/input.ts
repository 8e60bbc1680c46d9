// `db.patch` with a variable as `data` and with an object literal.
import { fn, t, table } from '../../../dsl/index.js';

export const transaction = table('transaction', {
  schema: [t.int('id'), t.text('status'), t.text('stage').optional(), t.decimal('sale_price').optional().nullable()],
});

export default fn(
  'Workers/SkySlope - Apply Changes',
  { input: [t.int('transaction_id'), t.json('changes')] },
  (s) => {
    const changes = s.var('changes', s.input.changes.unset('id'));
    const row = s.db.patch(transaction, { field_name: 'id', field_value: s.input.transaction_id, data: changes, as: 'patched' });
    s.db.patch(transaction, { field_name: 'id', field_value: s.input.transaction_id, data: { stage: 'synced' } });
    return row.status;
  },
);
