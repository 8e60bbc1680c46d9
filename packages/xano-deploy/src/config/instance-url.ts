// XANO_INSTANCE_URL is the instance origin (DESIGN Conventions: the client appends /api:meta).
import { ConfigError } from './errors.js';

/**
 * The origin of `raw` (scheme, host, port), or ConfigError naming `variable` when it is not one.
 * @example checkInstanceUrl('https://x2nu-xcjc-vhax.n7.xano.io/', 'XANO_INSTANCE_URL') // 'https://x2nu-xcjc-vhax.n7.xano.io'
 */
export function checkInstanceUrl(raw: string, variable: string): string {
  const expected = 'expected the instance origin, such as https://x2nu-xcjc-vhax.n7.xano.io';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`${variable} is not a URL: "${raw}"; ${expected}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${variable} must be an http(s) URL, got "${url.protocol}"; ${expected}`);
  if (url.username !== '' || url.password !== '') throw new ConfigError(`${variable} must not hold credentials (the token goes in XANO_TOKEN); ${expected}`);
  if (url.search !== '' || url.hash !== '') throw new ConfigError(`${variable} must not have a query or fragment; ${expected}`);
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '') {
    const hint = path.endsWith('/api:meta') ? ' (leave out /api:meta: xac appends it)' : '';
    throw new ConfigError(`${variable} must be the origin only, without the path "${path}"${hint}; ${expected}`);
  }
  return url.origin;
}
