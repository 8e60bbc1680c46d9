// API group "TASKS" (canonical api:4psV7fp6, reference: the seed's daily sync, domain §1.3): test
// endpoints of task functions (daily-sync steps 5 and 11).
import { apiGroup } from '@xac/xanoscript-dsl/dsl';

export const tasks = apiGroup('TASKS', {
  canonical: '4psV7fp6',
  description: 'Test endpoints that run one task function each and answer its result.',
  tags: ['tasks'],
});
