// API group "SYSTEM" (canonical api:LIdBL1AN, reference: the seed's system group, domain §5): counts
// and status endpoints the daily-sync check and the alerts read.
import { apiGroup } from '@xac/xanoscript-dsl/dsl';

export const system = apiGroup('SYSTEM', {
  canonical: 'LIdBL1AN',
  description: 'Table counts and pipeline status for the validation suites and the health check.',
  tags: ['system'],
});
