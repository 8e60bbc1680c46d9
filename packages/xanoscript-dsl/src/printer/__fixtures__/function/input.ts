// A plain function: description, tags, typed inputs, a stack and a response.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Utils/Format Agent Name',
  {
    description: 'Builds the display name Follow Up Boss shows for an agent.',
    tags: ['fub', 'utils'],
    input: [t.text('first_name'), t.text('last_name'), t.bool('last_first').default(false)],
  },
  (s) => {
    const first = s.var('first', s.input.first_name.trim());
    const last = s.var('last', s.input.last_name.trim());
    return s.input.last_first.then(last.concat(', ', first), first.concat(' ', last));
  },
);
