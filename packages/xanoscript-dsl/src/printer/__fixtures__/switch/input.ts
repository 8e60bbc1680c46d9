// `switch` with several cases and a default.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Utils/SkySlope Stage To Lifecycle',
  { input: [t.text('stage')] },
  (s) => {
    const lifecycle = s.var('lifecycle', 'open');
    s.switch(s.input.stage.toLower())
      .case('pending', (b) => {
        b.update(lifecycle, 'pending');
      })
      .case('closed', (b) => {
        b.update(lifecycle, 'closed');
        b.debugLog('closed deal');
      })
      .case('cancelled', (b) => {
        b.update(lifecycle, 'terminated');
      })
      .default((b) => {
        b.update(lifecycle, 'open');
      });
    return lifecycle;
  },
);
