// Every field builder and modifier in an input block.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/reZEN - Import Transaction',
  {
    description: 'Imports one reZEN transaction with its participants.',
    input: [
      t.int('user_id').filters(['min', 1]).description('Owner of the transaction'),
      t.decimal('commission_rate').default(0.03).filters(['min', 0], ['max', 1]),
      t.text('transaction_id_raw').filters('trim', ['max', 64]),
      t.text('stage').optional(),
      t.text('notes').nullable(),
      t.text('sync_source').optional().nullable().default('rezen'),
      t.text('zip_code').optional().filters(['pattern', '^\\d{5}$']),
      t.email('agent_email').filters('trim', 'lower'),
      t.password('portal_password').filters(['min', 12], ['minDigit', 1]).sensitive(),
      t.uuid('import_id').optional(),
      t.bool('dry_run').default(true),
      t.timestamp('received_at').default('now'),
      t.date('closing_date').optional().nullable(),
      t.json('raw_payload').description('The transaction exactly as reZEN sent it').sensitive(),
      t.image('listing_photo').optional().nullable(),
      t.file('contract_pdf').optional(),
      t.field('geo_point', 'property_location').optional(),
      t.int('tag_ids').list(),
      t.text('labels').list({ min: 1, max: 10 }).optional(),
      t.int('agent_ids').list({ max: 50 }),
      t.enum('lifecycle_state', ['open', 'pending', 'closed', 'terminated']).default('open').description('Lifecycle group'),
      t.object('address', [
        t.text('street'),
        t.text('city'),
        t.text('state').filters('upper', ['max', 2]),
        t.text('unit').optional(),
      ]).description('Property address'),
      t.object('participants', [t.int('agent_id'), t.enum('role', ['buyer', 'seller']), t.decimal('split').default(1)]).list(),
    ],
  },
  (s) => {
    // Nested object fields are read with .get: `s.input.address.city` is typed but undefined at run time.
    const city = s.var('city', s.input.address.get('city', ''));
    return { user_id: s.input.user_id, city, dry_run: s.input.dry_run };
  },
);
