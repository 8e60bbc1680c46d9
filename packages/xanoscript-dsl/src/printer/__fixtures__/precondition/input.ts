// `precondition` with every attribute, with some, and with none.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/reZEN - Validate Webhook',
  { input: [t.text('event_type'), t.text('transaction_id'), t.int('agent_id').optional()] },
  (s) => {
    s.precondition(s.input.transaction_id.strlen().gt(0), {
      error_type: 'inputerror',
      error: 'transaction_id is required',
      payload: { field: 'transaction_id', received: s.input.transaction_id },
    });
    s.precondition(s.input.agent_id.notNull(), { error_type: 'notfound', error: 'Unknown reZEN agent' });
    s.precondition(s.input.event_type.ne('TEST'), { error_type: 'accessdenied' });
    s.precondition(s.input.event_type.startsWith('TRANSACTION_'));
    return true;
  },
);
