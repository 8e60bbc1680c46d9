// `api.request` with url, method, params, headers and timeout; a bare GET; reading the response.
import { fn, t, val } from '../../../dsl/index.js';

export default fn(
  'Workers/FUB - Create Person',
  { input: [t.text('first_name'), t.email('email'), t.text('fub_api_key')] },
  (s) => {
    const created = s.request({
      url: s.env('FUB_API_BASE').concat('/v1/people'),
      method: 'POST',
      params: { firstName: s.input.first_name, emails: [{ value: s.input.email }], source: 'reZEN sync' },
      headers: ['Content-Type: application/json', val('Authorization: Basic ').concat(s.input.fub_api_key)],
      timeout: 30,
      as: 'fub_response',
    });
    const me = s.request({ url: 'https://api.followupboss.com/v1/me', method: 'GET', as: 'fub_me' });
    const status = s.var('status', created.get('response', {}).get('status', 0));
    s.precondition(status.lt(300), { error: 'FUB rejected the person' });
    return {
      person_id: created.get('response', {}).get('result', {}).get('id', 0),
      account: me.get('response', {}).get('result', {}).get('account', null),
    };
  },
);
