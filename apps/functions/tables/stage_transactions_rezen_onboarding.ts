// Staging table 483 of the seed report → transaction.
import { stagingTable } from './staging.ts';

export const stageTransactionsRezenOnboarding = stagingTable('stage_transactions_rezen_onboarding', 'Staged reZEN transactions of onboarding, processed into transaction.');
