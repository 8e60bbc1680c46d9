import { describe, expect, it } from 'vitest';
import { toJUnit } from '../testing/junit.js';
import type { TestResult } from '../testing/run-tests.js';

// JUnit XML for `xac test --format junit`: one testsuite per file, counts, a failure element with
// the location, and XML escaping of names and messages.

const base = { kind: 'test', object: 'f', durationMs: 1500 } as const;
const RESULTS: TestResult[] = [
  { ...base, name: 'a < b & "c"', path: 'function/f.xs', at: 'function/f.xs:10:3', status: 'passed' },
  { ...base, name: 'fails', path: 'function/f.xs', at: 'function/f.xs:14:3', status: 'failed', failure: { type: 'ExpectationError', message: "expected '<x>'", at: 'function/f.xs:16:5' } },
  { ...base, kind: 'workflow_test', object: 'w', name: 'w', path: 'workflow_test/w.xs', at: 'workflow_test/w.xs:1:1', status: 'passed' },
];

describe('toJUnit', () => {
  it('writes testsuites > testsuite per file > testcase, with failures and escaped text', () => {
    expect(toJUnit(RESULTS)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="xac test" tests="3" failures="1" errors="0" time="4.500">
  <testsuite name="function/f.xs" tests="2" failures="1" errors="0" time="3.000">
    <testcase name="a &lt; b &amp; &quot;c&quot;" classname="f" file="function/f.xs" line="10" time="1.500"/>
    <testcase name="fails" classname="f" file="function/f.xs" line="14" time="1.500">
      <failure message="expected &apos;&lt;x&gt;&apos;" type="ExpectationError">function/f.xs:16:5: expected &apos;&lt;x&gt;&apos;</failure>
    </testcase>
  </testsuite>
  <testsuite name="workflow_test/w.xs" tests="1" failures="0" errors="0" time="1.500">
    <testcase name="w" classname="w" file="workflow_test/w.xs" line="1" time="1.500"/>
  </testsuite>
</testsuites>
`);
  });
});
