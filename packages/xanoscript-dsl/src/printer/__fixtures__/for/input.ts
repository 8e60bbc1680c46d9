// `for` with a count expression and its index variable.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/SkySlope - Plan Pages',
  { input: [t.int('total_listings'), t.int('per_page').default(100)] },
  (s) => {
    const pages = s.var('pages', s.input.total_listings.div(s.input.per_page).ceil());
    const offsets = s.var('offsets', [] as number[]);
    s.for(pages, 'page_index', (i, b) => {
      b.update(offsets, offsets.push(i.mul(s.input.per_page)));
    });
    s.for(3, 'attempt', (attempt, b) => {
      b.debugLog(attempt);
    });
    return offsets;
  },
);
