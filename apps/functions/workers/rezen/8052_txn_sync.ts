// Function 8052 "Workers/reZEN - Transactions Sync" (daily-sync step 6, domain §1.3): the user's reZEN
// transactions (every lifecycle group), new or changed (`updatedAt`) ones staged in
// stage_transactions_rezen_onboarding, then each unprocessed staged row written to transaction
// (upsert on transaction_id_raw) and each of its participants to participant (upsert on
// `<transaction id>:<yentaId>`). Nothing new or changed → the skip shape.
import { now } from '@xac/xanoscript-dsl/dsl';
import { participant } from '../../tables/participant.ts';
import { stageTransactionsRezenOnboarding } from '../../tables/stage_transactions_rezen_onboarding.ts';
import { transaction } from '../../tables/transaction.ts';
import { fetchPages } from '../shared_paging.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { rezenSyncWorker, transactionsList } from './shared_sync.ts';

export const rezenTransactionsSync = rezenSyncWorker({
  name: 'Workers/reZEN - Transactions Sync',
  description: 'Syncs the user\'s reZEN transactions into transaction and their participants into participant.',
  entity: 'transactions',
  run: (s, ctx) => {
    const staged = s.var('transactions_staged', 0);
    const fetched = fetchPages(s, transactionsList(s, ctx.yentaId), (record, b) => {
      const changed = stageIfChanged(b, stageTransactionsRezenOnboarding, ctx.userId, record, record.get('id', ''), (p) => p.get('updatedAt', ''), 'transaction');
      b.if(changed, (c) => c.update(staged, staged.add(1)));
    }, (error, b) => ctx.fail(b, error));
    const participants = s.var('participants_written', 0);
    const written = processStaged(s, stageTransactionsRezenOnboarding, ctx.userId, 'transaction', (row, p, b) => {
      const state = b.var('transaction_state', p.get('lifecycleState', {}).get('state', 'OPEN'));
      const txn = b.db.addOrEdit(transaction, {
        field_name: 'transaction_id_raw',
        field_value: row.external_id,
        data: {
          transaction_id_raw: row.external_id,
          status: state,
          stage: p.get('transactionType', ''),
          lifecycle_state: state.toLower(),
          sale_price: p.get('price', {}).get('amount', 0),
          gross_commission: p.get('grossCommission', {}).get('amount', 0),
          closing_date: p.get('closingDateEstimated', ''),
          sync_source: 'rezen',
          closed: state.eq('CLOSED'),
          terminated: state.eq('TERMINATED'),
          user_id: ctx.userId,
          updated_at: now,
        },
        as: 'txn_upserted',
      });
      b.foreach<'json'>(p.get('participants', []), 'transaction_participant', (who, c) => {
        const rawId = c.var('participant_raw_id', row.external_id.concat(':', who.get('yentaId', '')));
        c.db.addOrEdit(participant, {
          field_name: 'participant_id_raw',
          field_value: rawId,
          data: { participant_id_raw: rawId, agent_id_raw: who.get('yentaId', ''), role: who.get('role', ''), transaction_id: txn.id, user_id: ctx.userId, updated_at: now },
        });
        c.update(participants, participants.add(1));
      });
    });
    return { records: written, data: { fetched, staged, written, participants } };
  },
});
