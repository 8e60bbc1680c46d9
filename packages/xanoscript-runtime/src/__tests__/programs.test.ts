import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { functionsOf, parseScript, run } from '../run.js';

// Thirteen problems the xs-generator run.job programs solve, written anew for these fixtures (a run.job
// calling one function, as the corpus does: essentials.md "run.job"), each checked against an answer
// computed by hand. binary-runs reads text by index and first-unique-char defaults a missing key
// with ?? (docs/runtime.md "Unverified"); meeting-clash takes an `object[]` input whose block holds
// only a description, which Xano's parser accepts (docs/parser.md "Strictness").

const root = join(import.meta.dirname, '..', '__fixtures__', 'programs');

const EXPECTED: Readonly<Record<string, unknown>> = {
  'add-binary': '10010', // 11 + 7 = 18
  'add-digits': 2, // 38 → 11 → 2
  'atbash-cipher': 'zyx cba, svool!',
  'binary-runs': 6, // runs 00|11|00|11: min(2,2) × 3
  'binary-search': 3,
  'climbing-stairs': 89, // 1, 2, 3, 5, 8, 13, 21, 34, 55, 89
  'first-unique-char': 2, // "loveleetcode": v
  fizzbuzz: ['1', '2', 'Fizz', '4', 'Buzz', 'Fizz', '7', '8', 'Fizz', 'Buzz', '11', 'Fizz', '13', '14', 'FizzBuzz'],
  'majority-element': 2,
  // sorted by start: 9–10, 10–12, 11–13, 13–15; 10–12 and 11–13 overlap (10–12 after 9–10 does not)
  'meeting-clash': { can_attend_all: false, clash: [10, 11] },
  'merge-intervals': [[1, 6], [8, 10], [15, 18]],
  'pascals-triangle': [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1]],
  'two-sum': [2, 4], // 11 + 4
};

async function runProgram(name: string): Promise<unknown> {
  const dir = join(root, name);
  const load = (rel: string) => parseScript(readFileSync(join(dir, rel), 'utf8'), `${name}/${rel}`).map((document) => ({ document, path: `${name}/${rel}` }));
  const library = readdirSync(join(dir, 'function')).flatMap((f) => load(`function/${f}`));
  const [job] = load('run.xs');
  return (await run(job!.document, {}, { path: job!.path, functions: functionsOf(library), clock: manualClock(0), loopLimit: 10_000 })).response;
}

describe('run.job programs with hand-computed answers', () => {
  it('has a fixture for every expected answer and an answer for every fixture', () => {
    expect(readdirSync(root).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (name, answer) => {
    expect(await runProgram(name)).toEqual(answer);
  });
});
