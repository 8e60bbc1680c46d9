// `util.sleep` with a literal and with a computed back-off.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/SkySlope - Back Off',
  { input: [t.int('attempt')] },
  (s) => {
    s.sleep(2);
    s.sleep(s.input.attempt.mul(5).min(60));
    return s.input.attempt.add(1);
  },
);
