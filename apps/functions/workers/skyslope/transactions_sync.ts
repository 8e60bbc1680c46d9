// "Workers/SkySlope - Transactions Sync": the user's SkySlope transaction files
// (`/api/files/transactions`) through stage_transactions_skyslope into transaction (upsert on
// transaction_id_raw = the `transactionGuid`, sync_source `skyslope`); the frame is shared_files.ts.
// SkySlope's status Active / Closed / Canceled is the row's status and gives lifecycle_state open /
// closed / terminated and the closed and terminated flags.
import { now } from '@xac/xanoscript-dsl/dsl';
import { stageTransactionsSkyslope } from '../../tables/stage_transactions_skyslope.ts';
import { transaction } from '../../tables/transaction.ts';
import { orNull } from '../fub/shared_fub.ts';
import { SKYSLOPE, skyslopeFilesWorker } from './shared_files.ts';

export const skyslopeTransactionsSync = skyslopeFilesWorker({
  name: 'Workers/SkySlope - Transactions Sync',
  description: 'Syncs the user\'s SkySlope transaction files into transaction through stage_transactions_skyslope.',
  collection: 'transactions',
  singular: 'transaction',
  guidField: 'transactionGuid',
  stage: stageTransactionsSkyslope,
  heldBy: (s, rawId) => s.db.get(transaction, { field_name: 'transaction_id_raw', field_value: rawId, as: 'transaction_held' }).get('sync_source', ''),
  write: (s, rawId, p, userId) => {
    const status = s.var('transaction_status', p.get('status', ''));
    s.db.addOrEdit(transaction, {
      field_name: 'transaction_id_raw',
      field_value: rawId,
      data: {
        transaction_id_raw: rawId,
        status,
        lifecycle_state: status.eq('Closed').then('closed', status.eq('Canceled').then('terminated', 'open')),
        sale_price: p.get('salePrice', orNull.decimal),
        closing_date: p.get('closingDate', orNull.text),
        sync_source: SKYSLOPE,
        closed: status.eq('Closed'),
        terminated: status.eq('Canceled'),
        user_id: userId,
        updated_at: now,
      },
    });
  },
});
