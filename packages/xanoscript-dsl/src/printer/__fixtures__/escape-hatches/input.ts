// Escape hatches: raw.stmt for a statement the DSL lacks, raw.expr, raw.filter, and unsafe paths.
import { fn, raw, t, unsafe } from '../../../dsl/index.js';

export default fn(
  'Workers/FUB - Rate Limited Fetch',
  { input: [t.int('user_id'), t.json('webhook')] },
  (s) => {
    s.add(raw.stmt('redis.ratelimit {\n  key = "fub:" ~ $input.user_id\n  max = 10\n  ttl = 60\n  error = "FUB rate limit"\n}'));
    const key = s.var('cache_key', raw.expr('"fub:" ~ ($input.user_id|to_text)'));
    const encoded = s.var('encoded_key', raw.filter(key, 'url_encode'));
    const sig = s.var('signature', raw.filter(s.input.webhook.jsonEncode(), 'hmac_sha256', s.env('FUB_WEBHOOK_SECRET')));
    const eventId = s.var('event_id', unsafe(s.input.webhook, 'data.event.id'));
    const base = s.var('api_base', s.env('FUB_API_BASE'));
    return { encoded, sig, event_id: eventId, retries: unsafe(s.input.webhook, 'meta.retries'), api_base: base };
  },
);
