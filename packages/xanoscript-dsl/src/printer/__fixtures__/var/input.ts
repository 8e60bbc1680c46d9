// `var` with every kind of value: literals, arrays, objects, inputs, env, now and expressions.
import { fn, now, t } from '../../../dsl/index.js';

export default fn(
  'Workers/SkySlope - Build Sync Window',
  { input: [t.int('user_id'), t.int('lookback_days').default(7)] },
  (s) => {
    const page = s.var('page', 1);
    const rate = s.var('commission_rate', 0.025);
    const source = s.var('source', 'skyslope');
    const full = s.var('full_sync', false);
    const cursor = s.var('cursor', null);
    const ids = s.var('transaction_ids', [] as number[]);
    const statuses = s.var('statuses', ['Active', 'Pending', 'Closed']);
    const window = s.var('window_secs', s.input.lookback_days.mul(86400));
    const started = s.var('started_at', now);
    const apiBase = s.var('api_base', s.env('SKYSLOPE_API_BASE'));
    const state = s.var('sync_state', {
      user_id: s.input.user_id,
      page,
      cursor,
      source,
      full_sync: full,
      rate,
      statuses,
      window_secs: window,
      started_at: started,
      api_base: apiBase,
    });
    return { state, ids };
  },
);
