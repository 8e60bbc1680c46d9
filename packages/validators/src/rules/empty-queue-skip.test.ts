import { describe, expect, it } from 'vitest';
import { fn, ruleTester } from '../rule-tester.js';
import { isSkipResult } from '../skip-shape.js';
import rule from './empty-queue-skip.js';

const queue = '    db.query "job" {\n      where = $db.job.status == "New"\n    } as $jobs\n';
const branch = (test: string, value: string) => fn(`${queue}    conditional {\n      if (${test}) {\n        return {\n          value = ${value}\n        }\n      }\n    }`, '', '{success: true}');

ruleTester(rule, {
  valid: [
    { name: 'the skip shape', code: branch('($jobs|count) == 0', '{success: true, skipped: true, reason: "no jobs", step: "claim"}') },
    // Look-alikes: a real failure, a non-empty test, and an empty test that is not about a list.
    { name: 'success: false on a failed call, not an empty list', code: branch('$r.success == false', '{success: false, error: "call failed"}') },
    { name: 'a non-empty test', code: branch('($jobs|count) > 0', '{success: false, error: "busy"}') },
    { name: 'a count compared with another number', code: branch('($jobs|count) == 5', '{success: false, error: "too many"}') },
  ],
  invalid: [
    {
      name: 'an empty queue answered as a failure (8062/8118)',
      code: branch('($jobs|count) == 0', '{success: false, error: "no jobs", step: "claim"}'),
      errors: [{ messageId: 'failureOnEmpty', line: 11, column: 20, suggestions: [{ messageId: 'useSkip', output: branch('($jobs|count) == 0', '{success: true, skipped: true, reason: "no jobs", step: "claim"}') }] }],
    },
    {
      name: 'is_empty, no step: the function name is the step',
      code: branch('$jobs|is_empty', '{success: false}'),
      errors: [{ messageId: 'failureOnEmpty', line: 11, column: 20, suggestions: [{ messageId: 'useSkip', output: branch('$jobs|is_empty', '{success: true, skipped: true, reason: "nothing to process", step: "t"}') }] }],
    },
  ],
});

describe('the skip shape (shared with run-time validators)', () => {
  it('recognises exactly {success: true, skipped: true, reason, step}', () => {
    expect(isSkipResult({ success: true, skipped: true, reason: 'no jobs', step: 'claim' })).toBe(true);
    expect(isSkipResult({ success: false, skipped: true, reason: 'no jobs', step: 'claim' })).toBe(false);
    expect(isSkipResult({ success: true, reason: 'no jobs', step: 'claim' })).toBe(false);
    expect(isSkipResult(null)).toBe(false);
  });
});
