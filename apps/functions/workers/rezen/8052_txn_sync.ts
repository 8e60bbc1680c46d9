// Function 8052 "Workers/reZEN - Transactions Sync" (daily-sync step 6, domain §1.3): the user's reZEN
// transactions (every lifecycle group), new or changed (`updatedAt`) ones staged in
// stage_transactions_rezen_onboarding, then each unprocessed staged row written to transaction
// (upsert on transaction_id_raw) and each of its participants to participant (upsert on
// `<transaction id>:<yentaId>`); a raw id a SkySlope row already holds is left to it
// (shared_source.ts, counted in `other_source`). Nothing new or changed → the skip shape.
import { now, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { participant } from '../../tables/participant.ts';
import { stageTransactionsRezenOnboarding } from '../../tables/stage_transactions_rezen_onboarding.ts';
import { transaction } from '../../tables/transaction.ts';
import { fetchPages } from '../shared_paging.ts';
import { writeIfOwn } from '../shared_source.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { rezenSyncWorker, transactionsList } from './shared_sync.ts';

type In = { user_id: 'int' };

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
    const written = s.var('transactions_written', 0);
    const otherSource = s.var('transactions_other_source', 0);
    processStaged(s, stageTransactionsRezenOnboarding, ctx.userId, 'transaction', (row, p, b) => {
      const held = b.db.get(transaction, { field_name: 'transaction_id_raw', field_value: row.external_id, as: 'transaction_held' });
      writeIfOwn(b, held.get('sync_source', ''), 'rezen', 'transaction', { written, otherSource }, (w) => writeTransaction(w, row.external_id, p, ctx.userId, participants));
    });
    return { records: written, data: { fetched, staged, written, participants, other_source: otherSource } };
  },
});

/** Upserts the transaction of a staged reZEN record, then each of its participants. */
function writeTransaction(b: Stack<In>, rawId: X<'text'>, p: X<'json'>, userId: X<'int'>, participants: X<'int'>): void {
  const state = b.var('transaction_state', p.get('lifecycleState', {}).get('state', 'OPEN'));
  const txn = b.db.addOrEdit(transaction, {
    field_name: 'transaction_id_raw',
    field_value: rawId,
    data: {
      transaction_id_raw: rawId,
      status: state,
      stage: p.get('transactionType', ''),
      lifecycle_state: state.toLower(),
      sale_price: p.get('price', {}).get('amount', 0),
      gross_commission: p.get('grossCommission', {}).get('amount', 0),
      closing_date: p.get('closingDateEstimated', ''),
      sync_source: 'rezen',
      closed: state.eq('CLOSED'),
      terminated: state.eq('TERMINATED'),
      user_id: userId,
      updated_at: now,
    },
    as: 'txn_upserted',
  });
  b.foreach<'json'>(p.get('participants', []), 'transaction_participant', (who, c) => {
    const rawParticipant = c.var('participant_raw_id', rawId.concat(':', who.get('yentaId', '')));
    c.db.addOrEdit(participant, {
      field_name: 'participant_id_raw',
      field_value: rawParticipant,
      data: { participant_id_raw: rawParticipant, agent_id_raw: who.get('yentaId', ''), role: who.get('role', ''), transaction_id: txn.id, user_id: userId, updated_at: now },
    });
    c.update(participants, participants.add(1));
  });
}
