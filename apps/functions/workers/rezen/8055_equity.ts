// Function 8055 "Workers/reZEN - Equity" (reference: the seed's workers, domain §1.4; the equity
// pipeline of §6 starts at equity_transactions): pages the user's reZEN equity transactions
// (`/arrakis/api/v1/equity/participant/{yentaId}/transactions`) into equity_transactions, keyed by
// reZEN's id, writing a transaction only when it is new or its type, shares, amount, status or issue
// date changed; a second run with nothing changed writes nothing and answers the skip shape. The
// seed has no staging table for equity, so it writes straight through.
import { equityTransactions } from '../../tables/equity_transactions.ts';
import { fetchPages } from '../shared_paging.ts';
import { equityFields, equityList, writeEquity } from './shared_equity.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenEquity = rezenSyncWorker({
  name: 'Workers/reZEN - Equity',
  description: 'Syncs the user\'s reZEN equity transactions into equity_transactions (new or changed ones only).',
  entity: 'equity',
  run: (s, ctx) => {
    const written = s.var('equity_written', 0);
    const fetched = fetchPages(s, equityList(s, ctx.yentaId, 'equity'), (record, b) => {
      const id = b.var('equity_id', record.get('id', ''));
      const fields = equityFields(record);
      const row = b.db.get(equityTransactions, { field_name: 'equity_transaction_id_raw', field_value: id, as: 'equity_row' });
      const keys = Object.keys(fields) as (keyof typeof fields)[];
      const changed = b.var('equity_changed', keys.map((k) => row.get(k, '').ne(fields[k])).reduce((x, y) => x.or(y), row.isNull()));
      b.if(changed, (c) => {
        writeEquity(c, ctx.userId, id, record);
        c.update(written, written.add(1));
      });
    }, (error, b) => ctx.fail(b, error));
    return { records: written, data: { fetched, written } };
  },
});
