// API group 650 "Migration: V1 to V2" (canonical api:Lrekz_3S), reconstructed from
// reference/domain.md §2 and §5.
import { apiGroup } from '@xac/xanoscript-dsl/dsl';

export const migration = apiGroup('Migration: V1 to V2', {
  canonical: 'Lrekz_3S',
  description: 'V1 to V2 migration: health checks, comparisons and one-off repairs.',
  tags: ['migration'],
});
