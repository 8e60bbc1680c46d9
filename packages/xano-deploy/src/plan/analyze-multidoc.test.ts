import { describe, expect, it } from 'vitest';
import { analyzeXs } from './analyze.js';

// A deployed file is one object: a multidoc file in the desired tree is an error at its second object,
// never a deploy of the first object alone.
describe('analyzeXs on a multidoc file', () => {
  it('refuses it at the second object and names the fix', () => {
    const fn = (n: string) => `function "${n}" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n`;
    const { errors } = analyzeXs(`${fn('a')}---\n${fn('b')}`, 'function/a.xs');
    expect(errors.map((e) => `${e.loc.start.line}:${e.loc.start.column} ${e.code}`)).toEqual(['9:1 multidoc']);
    expect(errors[0]!.message).toMatch(/holds 2 objects.*xac import/);
  });
});
