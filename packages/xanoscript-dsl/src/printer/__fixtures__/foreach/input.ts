// `foreach` over table rows, reading each row's columns, with a nested foreach.
import { fn, now, t, table } from '../../../dsl/index.js';

export const transaction = table('transaction', {
  schema: [
    t.int('id'),
    t.int('user_id'),
    t.text('lifecycle_state'),
    t.decimal('sale_price').optional().nullable(),
    t.timestamp('metrics_updated_at').optional().nullable(),
  ],
});

export default fn(
  'Workers/Metrics - Refresh Open Transactions',
  { input: [t.int('user_id'), t.text('tags').list()] },
  (s) => {
    const rows = s.db.query(transaction, {
      where: (c) => c.user_id.eq(s.input.user_id).and(c.lifecycle_state.eq('open')),
      as: 'transactions',
    });
    const total = s.var('total_volume', 0);
    s.foreach(rows, 'txn', (txn, b) => {
      b.update(total, total.add(txn.sale_price.firstNotNull(0).toDecimal()));
      b.db.edit(transaction, { field_name: 'id', field_value: txn.id, data: { metrics_updated_at: now } });
    });
    const labels = s.var('labels', [] as string[]);
    s.foreach(s.input.tags, 'tag', (tag, b) => {
      b.update(labels, labels.push(tag.toLower()));
    });
    return { total_volume: total, labels };
  },
);
