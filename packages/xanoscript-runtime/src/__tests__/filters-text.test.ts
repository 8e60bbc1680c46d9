import { describe, expect, it } from 'vitest';
import { ValueTypeError } from '../errors.js';
import { evalXs } from './helpers.js';

// syntax/string-filters.md "String Filters", "Case-Insensitive Variants", "Regex",
// "String Escape Filters", "Encoding Filters", "Security Filters"; syntax.md "Common Filters".

const rows: ReadonlyArray<readonly [string, unknown]> = [
  ['"  hi  "|trim', 'hi'],
  ['"  hi"|ltrim', 'hi'],
  ['"hi  "|rtrim', 'hi'],
  ['"xxhixx"|trim:"x"', 'hi'],
  ['"Hi"|to_lower', 'hi'],
  ['"Hi"|to_upper', 'HI'],
  ['"hi there"|capitalize', 'Hi There'],
  ['"hello"|strlen', 5],
  ['"hello"|substr:1:3', 'ell'],
  ['"hello"|substr:-3', 'llo'],
  ['"a,b,c"|split:","', ['a', 'b', 'c']],
  ['"hello"|replace:"l":"x"', 'hexxo'],
  ['"hello"|contains:"ell"', true],
  ['"hello"|starts_with:"he"', true],
  ['"hello"|ends_with:"lo"', true],
  ['"a"|concat:"b":"-"', 'a-b'],
  ['"Hello World"|icontains:"WORLD"', true],
  ['"Hello"|istarts_with:"HE"', true],
  ['"Hello"|iends_with:"LO"', true],
  ['"hello"|index:"l"', 2],
  ['"hello"|index:"z"', false],
  ['"%s has %d items (%.2f)"|sprintf:"cart":3:1.5', 'cart has 3 items (1.50)'],
  ['"/^a.c$/"|regex_matches:"abc"', true],
  ['"/(\\\\w+)/"|regex_get_first_match:"test"', ['test', 'test']],
  ['"/\\\\w+/"|regex_get_all_matches:"a b c"', [['a', 'b', 'c']]],
  ['"/\\\\s+/"|regex_replace:"-":"a  b"', 'a-b'],
  ['"<script>"|escape', '&lt;script&gt;'],
  ['"^test$"|regex_quote', '\\^test\\$'],
  ['"<b>x</b>"|strip_html', 'x'],
  // Encoding Filters
  ['{a:1}|json_encode', '{"a":1}'],
  ['"{\\"a\\":1}"|json_decode', { a: 1 }],
  ['"hello"|base64_encode', 'aGVsbG8='],
  ['"aGVsbG8="|base64_decode', 'hello'],
  ['"a b"|url_encode', 'a+b'],
  ['"a%20b"|url_decode', 'a b'],
  ['"a b!"|url_encode_rfc3986', 'a%20b%21'],
  ['"https://x.io/p?a=1"|url_addarg:"b":"2 3"', 'https://x.io/p?a=1&b=2%203'],
  ['"a=1&b=2"|querystring_parse', { a: '1', b: '2' }],
  // Security Filters
  ['"text"|md5', '1cb251ec0d568de6a929b520c4aed8d1'],
  ['"abc"|sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['"msg"|hmac_sha256:"key"', '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628'],
];

describe('text filters (syntax/string-filters.md)', () => {
  it.each(rows)('%s', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });

  it('text filters refuse arrays (syntax.md "Filters Are Type-Specific")', async () => {
    await expect(evalXs('[1]|strlen')).rejects.toThrow(ValueTypeError);
  });

  // security.md ("Permission Checks", "CORS Configuration") tests a list of allowed values with
  // `contains`; syntax.md's table of type mistakes calls the same form db-only. The runtime follows
  // the worked examples (docs/runtime.md "Unverified"); six corpus programs rely on it.
  it('contains on an array is membership (security.md "CORS Configuration")', async () => {
    expect(await evalXs('["https://a.example", "https://b.example"]|contains:"https://b.example"')).toBe(true);
    expect(await evalXs('["a", "b"]|contains:"c"')).toBe(false);
  });

  it('uuid is a v4 uuid', async () => {
    expect(await evalXs('|uuid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
