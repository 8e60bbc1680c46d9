import { describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { functionsOf, parseScript } from '../run.js';
import { testsOf } from '../testing/discover.js';
import { EXPECT_KEYWORDS } from '../testing/expect.js';
import { runTests, type TestResult } from '../testing/run-tests.js';
import { objectsOf } from '../testing/workspace.js';

// unit-testing.md "Assertions" and workflow-tests.md "Assertions": every expect.* kind, each with a
// value it accepts and one it refuses (the failure names what was expected, at the expect's line).

/** Run one workflow test whose stack sets `$v` and checks it with `assertion`. */
async function check(value: string, assertion: string): Promise<TestResult> {
  const src = `workflow_test "t" {\n  stack {\n    var $v { value = ${value} }\n    ${assertion}\n  }\n}\n`;
  const docs = parseScript(src, 'workflow_test/t.xs').map((document) => ({ document, path: 'workflow_test/t.xs' }));
  const [result] = await runTests(testsOf(docs), { context: { clock: manualClock(Date.UTC(2026, 0, 1)), functions: functionsOf(docs), objects: objectsOf(docs) } });
  return result!;
}

// [assertion, a value that passes, a value that fails]
const TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ['expect.to_equal ($v) { value = {a: [1, 2]} }', '{a: [1, 2]}', '{a: [1]}'],
  ['expect.to_equal ($v) { value = 8 }', '8', '"8"'],
  ['expect.to_not_equal ($v) { value = "deleted" }', '"active"', '"deleted"'],
  ['expect.to_be_true ($v)', 'true', '1'],
  ['expect.to_be_false ($v)', 'false', 'null'],
  ['expect.to_be_null ($v)', 'null', '0'],
  ['expect.to_not_be_null ($v)', '0', 'null'],
  ['expect.to_be_defined ($v.id)', '{id: null}', '{name: "x"}'],
  ['expect.to_not_be_defined ($v.optional_field)', '{}', '{optional_field: 1}'],
  ['expect.to_be_empty ($v)', '[]', '[0]'],
  ['expect.to_be_empty ($v)', '""', '" "'],
  ['expect.to_be_greater_than ($v) { value = 100 }', '101', '100'],
  ['expect.to_be_less_than ($v) { value = 10 }', '9.5', '10'],
  ['expect.to_be_within ($v) {\n      min = 20\n      max = 30\n    }', '20', '30.5'],
  ['expect.to_contain ($v) { value = "featured" }', '["new", "featured"]', '["new"]'],
  ['expect.to_contain ($v) { value = "sub" }', '"a substring"', '"none"'],
  ['expect.to_start_with ($v) { value = "John" }', '"John Smith"', '"Jo"'],
  ['expect.to_end_with ($v) { value = ".pdf" }', '"a.pdf"', '"a.pdf.txt"'],
  ['expect.to_match ($v) { value = "^\\\\+1\\\\d{10}$" }', '"+15551234567"', '"5551234567"'],
  ['expect.to_be_in_the_past ($v)', '"2025-12-31 23:59:59+0000"', '1767225600001'],
  ['expect.to_be_in_the_future ($v)', '1767225600001', '"2025-01-01"'],
];

describe('expect.* (unit-testing.md, workflow-tests.md "Assertions")', () => {
  it.each(TABLE)('%s passes on %s and fails on %s', async (assertion, good, bad) => {
    expect((await check(good, assertion)).status).toBe('passed');
    const failed = await check(bad, assertion);
    expect(failed.status).toBe('failed');
    expect(failed.failure?.type).toBe('ExpectationError');
    expect(failed.failure?.at).toBe('workflow_test/t.xs:4:5');
    expect(failed.failure?.message).toMatch(/^expect\.\w+ failed: expected /);
  });

  it('every expect.* of the catalogue has a row in the table (to_throw has its own tests)', () => {
    const covered = new Set(TABLE.map(([a]) => a.split(' ')[0]));
    expect(EXPECT_KEYWORDS.filter((k) => !covered.has(k))).toEqual([]);
  });

  it('an expect with a value read from another variable compares with that value', async () => {
    expect((await check('3', 'var $w { value = 3 }\n    expect.to_equal ($v) { value = $w }')).status).toBe('passed');
  });
});
