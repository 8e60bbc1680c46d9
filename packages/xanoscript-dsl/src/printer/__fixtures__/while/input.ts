// `while` with `continue` and `break` inside its body.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/FUB - Drain People Pages',
  { input: [t.int('max_pages').default(20)] },
  (s) => {
    const page = s.var('page', 0);
    const imported = s.var('imported', 0);
    s.while(page.lt(s.input.max_pages), (b) => {
      b.update(page, page.add(1));
      b.if(page.eq(13), (c) => {
        c.continue();
      });
      const batch = b.run('Workers/FUB - Import People Page', { page }, 'batch');
      b.update(imported, imported.add(batch.get('imported', 0)));
      b.if(batch.get('has_more', false).eq(false), (c) => {
        c.break();
      });
    });
    return { pages: page, imported };
  },
);
