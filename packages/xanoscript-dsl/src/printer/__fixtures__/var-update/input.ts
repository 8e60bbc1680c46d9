// `var.update` on counters, lists, objects and text.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/FUB - Tally Sync Results',
  { input: [t.json('results')] },
  (s) => {
    const created = s.var('created', 0);
    const failed = s.var('failed_ids', [] as number[]);
    const summary = s.var('summary', { created: 0, skipped: 0 });
    const log = s.var('log', 'FUB sync:');
    s.update(created, created.add(1));
    s.update(failed, failed.push(s.input.results.get('failed_id', 0)));
    s.update(summary, summary.set('created', created).set('skipped', s.input.results.get('skipped', 0)));
    s.update(log, log.concat(' created ', created));
    return summary;
  },
);
