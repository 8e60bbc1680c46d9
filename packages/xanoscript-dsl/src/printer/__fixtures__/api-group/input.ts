// An API group: canonical, description, tags, active.
import { apiGroup } from '../../../dsl/index.js';

export default apiGroup('Transactions Sync', {
  canonical: 'tXn_Sync9',
  description: 'reZEN and SkySlope transaction sync endpoints.',
  tags: ['rezen', 'skyslope', 'sync'],
  active: true,
});
