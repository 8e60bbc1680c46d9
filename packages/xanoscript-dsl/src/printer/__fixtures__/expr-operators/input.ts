// Operators: arithmetic, comparisons, && / ||, ~ concatenation, ternary (.then), ?? (orElse), !.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/Transactions - Commission Math',
  {
    input: [
      t.decimal('sale_price'),
      t.decimal('rate').default(0.03),
      t.int('split_percent').default(70),
      t.int('deal_count'),
      t.text('agent_name'),
      t.bool('is_team_lead').default(false),
      t.text('nickname').optional(),
    ],
  },
  (s) => {
    const gross = s.var('gross', s.input.sale_price.mul(s.input.rate));
    const net = s.var('net', gross.mul(s.input.split_percent).div(100));
    const fee = s.var('fee', gross.sub(net).add(25));
    const nested = s.var('nested', gross.sub(net.add(fee)));
    const odd = s.var('odd_deal', s.input.deal_count.mod(2).eq(1));
    const big = s.var('big_deal', s.input.sale_price.gte(1000000).and(s.input.deal_count.gt(3)).and(odd));
    const either = s.var('either', big.or(s.input.is_team_lead).or(s.input.deal_count.lte(0)));
    const notLead = s.var('not_lead', s.input.is_team_lead.not());
    const label = s.var('label', s.input.agent_name.concat(' (', s.input.deal_count, ' deals)'));
    const tier = s.var('tier', big.then('platinum', s.input.deal_count.gt(10).then('gold', 'silver')));
    const shown = s.var('shown_name', s.input.nickname.orElse(s.input.agent_name));
    const filteredCompare = s.var('long_name', s.input.agent_name.strlen().gt(20).and(s.input.agent_name.ne('')));
    return {
      gross,
      net,
      fee,
      nested,
      either,
      not_lead: notLead,
      label,
      tier,
      shown,
      long_name: filteredCompare,
      changed: s.input.rate.lt(0.03).or(s.input.split_percent.ne(70)),
    };
  },
);
