// `debug.log` with text, expressions and objects.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/reZEN - Log Webhook',
  { input: [t.text('event_type'), t.json('payload')] },
  (s) => {
    s.debugLog('reZEN webhook received');
    s.debugLog(s.input.event_type);
    s.debugLog({ event: s.input.event_type, id: s.input.payload.get('id', null), keys: s.input.payload.keys() });
    return null;
  },
);
