import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.js';
import { checkMutant, mutate, rng } from './fuzz.js';

// A bounded, seeded slice of the fuzzer (the full run over the training corpus is `pnpm bench fuzz`).
describe('fuzz: seeded mutants of the canonical fixtures', () => {
  it('never crash, always locate their errors, and round-trip whenever accepted', () => {
    const all = fixtures('');
    const random = rng(20261201);
    const problems: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const f = all[Math.floor(random() * all.length)]!;
      let text = f.text;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, random);
      const problem = checkMutant(text);
      if (problem !== undefined) problems.push(`${f.name} #${n}: ${problem}\n${text}`);
    }
    expect(problems.slice(0, 3)).toEqual([]);
  });
  it('flags what the fuzzer must catch', () => {
    expect(checkMutant('function "f" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n')).toBeUndefined();
    expect(checkMutant('function')).toBeUndefined();
  });
});
