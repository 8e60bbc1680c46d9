// `db.add_or_edit`: upsert a reZEN transaction by its raw id.
import { fn, now, t, table } from '../../../dsl/index.js';

export const transaction = table('transaction', {
  schema: [
    t.int('id'),
    t.text('transaction_id_raw'),
    t.int('user_id'),
    t.text('status'),
    t.decimal('sale_price').optional().nullable(),
    t.text('sync_source'),
    t.timestamp('updated_at').optional().nullable(),
  ],
});

export default fn(
  'Workers/reZEN - Upsert Transaction',
  { input: [t.int('user_id'), t.json('rezen')] },
  (s) => {
    const rawId = s.var('raw_id', s.input.rezen.get('id', ''));
    const row = s.db.addOrEdit(transaction, {
      field_name: 'transaction_id_raw',
      field_value: rawId,
      data: {
        transaction_id_raw: rawId,
        user_id: s.input.user_id,
        status: s.input.rezen.get('lifecycleState', 'UNKNOWN'),
        sale_price: s.input.rezen.get('price', 0).toDecimal(),
        sync_source: 'rezen',
        updated_at: now,
      },
      as: 'transaction_row',
    });
    return row.id;
  },
);
