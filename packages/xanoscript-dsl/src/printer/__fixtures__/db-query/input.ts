// `db.query`: no attributes, where + sort + output, and each return type (list with paging,
// single, count, exists).
import { fn, t, table } from '../../../dsl/index.js';

export const transaction = table('transaction', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id'),
    t.text('status'),
    t.enum('lifecycle_state', ['open', 'pending', 'closed', 'terminated']),
    t.decimal('sale_price').optional().nullable(),
    t.date('closing_date').optional().nullable(),
    t.bool('closed').default(false),
    t.text('sync_source'),
  ],
});

export default fn(
  'Workers/Transactions - Dashboard',
  { input: [t.int('user_id'), t.decimal('min_price').default(0), t.int('page').default(1)] },
  (s) => {
    const all = s.db.query(transaction, { as: 'all_transactions' });
    const recent = s.db.query(transaction, {
      where: (c) =>
        c.user_id.eq(s.input.user_id).and(c.sale_price.gte(s.input.min_price)).and(c.closed.eq(false).or(c.closing_date.isNull())),
      sort: { created_at: 'desc', sale_price: 'asc' },
      output: ['id', 'status', 'sale_price', 'closing_date'],
      return: { type: 'list', paging: { page: s.input.page, per_page: 25, totals: true } },
      as: 'recent_page',
    });
    const latest = s.db.query(transaction, {
      where: (c) => c.user_id.eq(s.input.user_id),
      sort: { created_at: 'desc' },
      return: { type: 'single' },
      as: 'latest',
    });
    const openCount = s.db.query(transaction, {
      where: (c) => c.user_id.eq(s.input.user_id).and(c.lifecycle_state.eq('open')),
      return: { type: 'count' },
      as: 'open_count',
    });
    const hasSkySlope = s.db.query(transaction, {
      where: (c) => c.user_id.eq(s.input.user_id).and(c.sync_source.eq('skyslope')),
      return: { type: 'exists' },
      as: 'has_skyslope',
    });
    return {
      total: all.count(),
      page: recent,
      latest_status: latest.get('status', ''),
      open_count: openCount,
      has_skyslope: hasSkySlope,
    };
  },
);
