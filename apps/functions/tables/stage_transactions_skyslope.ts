// Staging table 468 of the seed report → transaction.
import { stagingTable } from './staging.ts';

export const stageTransactionsSkyslope = stagingTable('stage_transactions_skyslope', 'Staged SkySlope transactions, processed into transaction.');
