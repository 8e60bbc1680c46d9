// `throw` with a literal name and a literal or computed message.
import { fn, t } from '../../../dsl/index.js';

export default fn(
  'Workers/SkySlope - Check Response',
  { input: [t.json('response')] },
  (s) => {
    const status = s.var('status', s.input.response.get('status', 0));
    s.if(status.gte(500), (b) => {
      b.throw('SkySlopeUnavailable', status.toText().concat(' from SkySlope'));
    });
    s.if(status.eq(401), (b) => {
      b.throw('SkySlopeAuthError', 'The SkySlope token was rejected');
    });
    return status;
  },
);
