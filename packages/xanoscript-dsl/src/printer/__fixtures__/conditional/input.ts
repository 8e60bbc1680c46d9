// `conditional` with if / elseif / else, a nested conditional, and an if with no else.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Utils/Lifecycle Group From reZEN Status',
  { input: [t.text('status'), t.bool('terminated').default(false)] },
  (s) => {
    const group = s.var('group', 'unknown');
    s.if(s.input.terminated, (b) => {
      b.update(group, 'terminated');
    })
      .elseIf(s.input.status.eq('CLOSED').or(s.input.status.eq('SETTLED')), (b) => {
        b.update(group, 'closed');
      })
      .elseIf(s.input.status.startsWith('PENDING'), (b) => {
        b.update(group, 'pending');
        b.if(s.input.status.contains('CONTINGENT'), (c) => {
          c.update(group, 'pending_contingent');
        });
      })
      .else((b) => {
        b.update(group, 'open');
      });
    s.if(group.eq('unknown'), (b) => b.debugLog(s.input.status));
    return group;
  },
);
