// One staged reZEN contribution written to `contribution` (upsert on contribution_id_raw), shared by
// the onboarding (8073) and daily-sync (8056) contribution workers: `transaction_id` is filled when
// the reZEN transaction is already in `transaction`.
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { contribution } from '../../tables/contribution.ts';
import { transaction } from '../../tables/transaction.ts';

/**
 * Upserts a staged contribution (its payload as reZEN served it) for the user.
 * @example processStaged(s, stageContributionsRezenDailySync, ctx.userId, 'contribution', (row, payload, b) => upsertContribution(b, row.external_id, payload, ctx.userId));
 */
export function upsertContribution<I extends Shape>(b: Stack<I>, rawId: X<'text'>, payload: X<'json'>, userId: X<'int'>): void {
  const txn = b.db.get(transaction, { field_name: 'transaction_id_raw', field_value: payload.get('transactionId', ''), as: 'contribution_transaction' });
  b.db.addOrEdit(contribution, {
    field_name: 'contribution_id_raw',
    field_value: rawId,
    data: {
      contribution_id_raw: rawId,
      user_id: userId,
      amount: payload.get('amount', {}).get('amount', 0),
      contribution_type: payload.get('contributionType', ''),
      status: payload.get('status', ''),
      contribution_date: payload.get('contributionDate', ''),
      tier: payload.get('tier', 0),
      transaction_id: txn.get('id', null),
      updated_at: now,
    },
  });
}
