// Typed filter methods on text, numbers, arrays, timestamps and untyped json (get chains).
import { fn, now, t } from '../../../dsl/index.js';

export default fn(
  'Workers/reZEN - Normalize Payload',
  {
    input: [
      t.text('agent_name'),
      t.text('mls_number'),
      t.decimal('sale_price'),
      t.int('flags'),
      t.text('tags').list(),
      t.int('agent_ids').list(),
      t.timestamp('closed_at'),
      t.json('payload'),
    ],
  },
  (s) => {
    const name = s.input.agent_name;
    s.var('text', {
      clean: name.trim().toLower(),
      shout: name.toUpper(),
      length: name.strlen(),
      initials: name.substr(0, 2),
      parts: name.split(' '),
      dashed: name.replace(' ', '-'),
      digits: s.input.mls_number.regexReplace('[^0-9]', ''),
      is_team: name.contains('Team'),
      is_mls: s.input.mls_number.startsWith('MLS'),
      is_llc: name.endsWith('LLC'),
      at: name.index('@'),
      mls_int: s.input.mls_number.toInt().firstNotEmpty(0),
      decoded: s.input.mls_number.jsonDecode(),
    });
    const price = s.input.sale_price;
    s.var('numbers', {
      floor: price.floor(),
      ceil: price.ceil(),
      rounded: price.round(2),
      whole: price.round(),
      abs: price.abs(),
      root: price.sqrt(),
      squared: price.pow(2),
      capped: price.min(1000000),
      floored: price.max(0),
      commission: price.multiply(0.03),
      low_bits: s.input.flags.bitwiseAnd(255),
      toggled: s.input.flags.bitwiseXor(1),
      as_decimal: s.input.flags.toDecimal(),
      as_text: price.toText(),
      as_bool: s.input.flags.toBool(),
      as_time: s.input.flags.toTimestamp(),
    });
    const tags = s.input.tags;
    s.var('arrays', {
      count: tags.count(),
      first: tags.first(),
      last: tags.last(),
      page: tags.slice(0, 10),
      reversed: tags.reverse(),
      unique: tags.unique(),
      sorted: tags.sort(),
      joined: tags.unique().sort().join(', '),
      pushed: tags.push('rezen'),
      appended: tags.append('synced'),
      merged: s.input.agent_ids.merge([1, 2]),
      popped: s.input.agent_ids.pop(),
      second: s.input.agent_ids.get(1, 0),
      empty: tags.isEmpty(),
      encoded: tags.jsonEncode(),
    });
    s.var('times', {
      day: s.input.closed_at.formatTimestamp('Y-m-d', 'America/New_York'),
      iso: now.formatTimestamp('c'),
      week_ago: now.transformTimestamp('-7 days'),
      in_an_hour: s.input.closed_at.addSeconds(3600),
      ms: s.input.closed_at.toInt(),
    });
    const p = s.input.payload;
    return {
      agent_email: p.get('agent', {}).get('email', '').toLower(),
      price: p.get('price', {}).get('amount', 0).round(2),
      has_team: p.has('team'),
      without_id: p.unset('id'),
      marked: p.set('synced', true).merge({ source: 'rezen' }),
      keys: p.keys(),
      size: p.count(),
      owner: p.get('owner_id', null).firstNotNull(0),
    };
  },
);
