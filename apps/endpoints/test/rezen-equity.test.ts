// reZEN - Equity (8055) through its WORKERS test endpoint on the emulator, against the stand-ins:
// every served equity transaction lands in equity_transactions, field by field, keyed by reZEN's id;
// a second run writes nothing, answers the skip shape and leaves the table as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

let p: Pipeline;
let equity: Row[];
beforeAll(async () => {
  p = await startPipeline({ size: 600 });
  equity = await served(`${p.standIns.baseUrls.rezen}/arrakis/api/v1/equity/participant/agent-60/transactions`, 'rezen');
  await p.seed(testUser());
}, 60_000);
afterAll(async () => p?.close());

const run = () => p.call('4UsTtl3m', 'test-function-8055-equity', { user_id: 60 });

describe('reZEN - Equity', () => {
  it('writes every served equity transaction', async () => {
    const n = equity.length;
    expect(n).toBe(p.standIns.counts['rezen.equity']);
    expect(await run()).toEqual({ success: true, error: null, step: 'equity', data: { fetched: n, written: n } });
    const rows = new Map((await p.rows('equity_transactions')).map((r) => [r['equity_transaction_id_raw'], r]));
    expect(rows.size).toBe(n);
    for (const e of equity) {
      expect(rows.get(e['id'])).toMatchObject({
        user_id: 60, transaction_id_raw: e['transactionId'], equity_type: e['equityType'], shares: e['shares'], amount: (e['amount'] as Row)['amount'], status: e['status'], issue_date: e['issueDate'],
      });
    }
  });

  it('a second run writes nothing, skips and leaves equity_transactions as it was', async () => {
    const before = await p.rows('equity_transactions');
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No reZEN equity changed since the last sync', step: 'equity' });
    expect(await p.rows('equity_transactions')).toEqual(before);
  });
});
