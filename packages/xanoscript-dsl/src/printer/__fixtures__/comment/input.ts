// Stack comments, at the top level and inside a nested block.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/FUB - Reset Counters',
  { input: [t.int('user_id')] },
  (s) => {
    s.comment('Counters are rebuilt from scratch on every run.');
    const count = s.var('count', 0);
    s.if(s.input.user_id.gt(0), (b) => {
      b.comment('TODO: read the last count from metrics_snapshots');
      b.update(count, 1);
    });
    return count;
  },
);
