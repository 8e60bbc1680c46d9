// `equity_transactions`: the first table of the seed's equity pipeline (§6 of the seed report:
// equity_transactions → equity_monthly → equity_annual). One row per reZEN equity transaction (stock
// bought with commission, or a stock award), with the fields reZEN's equity list serves.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const equityTransactions = table('equity_transactions', {
  description: 'reZEN equity (stock purchases and awards) of each user, one row per reZEN equity transaction id.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    t.int('user_id').references('user'),
    // reZEN's id of the equity transaction: unique, the key a re-sync updates by.
    t.text('equity_transaction_id_raw'),
    // The reZEN transaction a stock purchase was bought from (null for an award).
    t.text('transaction_id_raw').optional().nullable(),
    // equityType (STOCK_PURCHASE or an award), shares, amount.amount, status (ISSUED, PENDING), issueDate.
    t.text('equity_type'),
    t.int('shares').default(0),
    t.decimal('amount').optional().nullable(),
    t.text('status'),
    t.date('issue_date').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['equity_transaction_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
