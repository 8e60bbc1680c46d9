import { createHash, createHmac, randomUUID, randomInt } from 'node:crypto';
import { asText } from '../eval/cast.js';
import { toText, type Value } from '../values.js';
import type { EagerFilter, FilterCall } from './types.js';

// Encoding and security filters — syntax/string-filters.md "Encoding Filters", "Security Filters".
// Hashes are lowercase hex unless the second argument asks for raw output (then base64, unverified).

const t = (v: Value, call: FilterCall): string => asText(v, call.name, call.at);
const hash = (alg: string): EagerFilter => (v, [raw], call) => createHash(alg).update(t(v, call)).digest(raw === true ? 'base64' : 'hex');
const hmac = (alg: string): EagerFilter => (v, [key, raw], call) => createHmac(alg, toText(key ?? '')).update(t(v, call)).digest(raw === true ? 'base64' : 'hex');
const rfc3986 = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `url|url_addarg:key:value`: the url with `key=value` added to its query (replacing an existing key). */
function urlAddArg(v: Value, [key, value]: readonly Value[], call: FilterCall): string {
  const url = t(v, call);
  const [base = '', query = ''] = url.split('?', 2);
  const k = toText(key ?? '');
  const kept = query.split('&').filter((p) => p !== '' && decodeURIComponent(p.split('=')[0] ?? '') !== k);
  return `${base}?${[...kept, `${rfc3986(k)}=${rfc3986(toText(value ?? null))}`].join('&')}`;
}

export const ENCODING_FILTERS: Record<string, EagerFilter> = {
  base64_encode: (v, _a, call) => Buffer.from(t(v, call), 'utf8').toString('base64'),
  base64_decode: (v, _a, call) => Buffer.from(t(v, call), 'base64').toString('utf8'),
  base64_encode_urlsafe: (v, _a, call) => Buffer.from(t(v, call), 'utf8').toString('base64url'),
  base64_decode_urlsafe: (v, _a, call) => Buffer.from(t(v, call), 'base64url').toString('utf8'),
  url_encode: (v, _a, call) => encodeURIComponent(t(v, call)).replace(/%20/g, '+'),
  url_decode: (v, _a, call) => decodeURIComponent(t(v, call).replace(/\+/g, ' ')),
  url_encode_rfc3986: (v, _a, call) => rfc3986(t(v, call)),
  url_decode_rfc3986: (v, _a, call) => decodeURIComponent(t(v, call)),
  url_addarg: urlAddArg,
  querystring_parse: (v, _a, call) => Object.fromEntries(new URLSearchParams(t(v, call))),
  bin2hex: (v, _a, call) => Buffer.from(t(v, call), 'utf8').toString('hex'),
  hex2bin: (v, _a, call) => Buffer.from(t(v, call), 'hex').toString('utf8'),
  md5: hash('md5'), sha1: hash('sha1'), sha256: hash('sha256'), sha384: hash('sha384'), sha512: hash('sha512'),
  hmac_md5: hmac('md5'), hmac_sha1: hmac('sha1'), hmac_sha256: hmac('sha256'), hmac_sha384: hmac('sha384'), hmac_sha512: hmac('sha512'),
  uuid: () => randomUUID(),
  create_uid: () => randomInt(1, 2 ** 47),
};
