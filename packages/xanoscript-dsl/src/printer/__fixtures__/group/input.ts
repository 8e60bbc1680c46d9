// `group` with and without a description, nested.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/Metrics - Summaries',
  { input: [t.int('open_count'), t.int('closed_count')] },
  (s) => {
    const total = s.var('total', 0);
    s.group('Totals', (g) => {
      g.update(total, s.input.open_count.add(s.input.closed_count));
      g.group(undefined, (inner) => {
        inner.debugLog(total);
      });
    });
    return total;
  },
);
