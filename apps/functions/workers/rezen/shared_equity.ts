// The user's reZEN equity transactions and how one is written to equity_transactions (keyed by reZEN's
// id), shared by Equity (8055, daily: new or changed ones only) and Onboarding Process Equity (8069,
// every one, once per onboarding job).
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { equityTransactions } from '../../tables/equity_transactions.ts';
import { rezenList } from './shared_onboarding.ts';

/**
 * The user's equity list (`/arrakis/api/v1/equity/participant/{yentaId}/transactions`).
 * @example fetchPages(s, equityList(s, ctx.yentaId, 'equity'), each, (e, b) => ctx.fail(b, e));
 */
export function equityList<I extends Shape>(s: Stack<I>, yentaId: X<'text'>, prefix: string) {
  return rezenList(s.env('REZEN_BASE_URL').concat('/arrakis/api/v1/equity/participant/', yentaId, '/transactions'), prefix);
}

/**
 * The columns of equity_transactions a served equity transaction gives (besides its ids).
 * @example const fields = equityFields(record);
 */
export function equityFields(record: X<'json'>) {
  return {
    equity_type: record.get('equityType', ''),
    shares: record.get('shares', 0),
    amount: record.get('amount', {}).get('amount', 0),
    status: record.get('status', ''),
    issue_date: record.get('issueDate', ''),
  } as const;
}

/**
 * Upserts one served equity transaction of the user into equity_transactions.
 * @example writeEquity(b, ctx.userId, id, record);
 */
export function writeEquity<I extends Shape>(b: Stack<I>, userId: X<'int'>, id: X<'text'>, record: X<'json'>): void {
  b.db.addOrEdit(equityTransactions, {
    field_name: 'equity_transaction_id_raw',
    field_value: id,
    data: { equity_transaction_id_raw: id, user_id: userId, transaction_id_raw: record.get('transactionId', ''), ...equityFields(record), updated_at: now },
  });
}
