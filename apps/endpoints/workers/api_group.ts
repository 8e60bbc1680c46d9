// API group "WORKERS" (canonical api:4UsTtl3m, reference: the seed's workers suite, domain §1.4): one
// POST `test-function-<id>-<slug>` endpoint per worker, since Xano functions cannot be called directly.
import { apiGroup } from '@xac/xanoscript-dsl/dsl';

export const workers = apiGroup('WORKERS', {
  canonical: '4UsTtl3m',
  description: 'Test endpoints that run one worker function each and answer its result.',
  tags: ['workers'],
});
