import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `xac test` (docs/runtime.md "Tests"): per-test lines with the failing expectation's file:line:col,
// JUnit XML with --format junit --output, and the exit codes of DESIGN Conventions.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, '.test-tmp', `test-${process.pid}`);

const ADD = `function "add" {
  input {
    int a
    int b
  }
  stack {
    var $sum { value = $input.a + $input.b }
  }
  response = $sum

  test "adds two numbers" {
    input = { a: 5, b: 3 }
    expect.to_equal ($response) { value = 8 }
  }
}
`;
const BROKEN = ADD.replace('"add"', '"add_broken"').replace('value = 8', 'value = 9').replace('adds two numbers', 'off by one');
const FLOW = `workflow_test "sum flow" {
  stack {
    function.call "add" {
      input = { a: 1, b: 2 }
    } as $r
    expect.to_equal ($r) { value = 3 }
  }
}
`;

const xac = (...args: string[]) => spawnSync(process.execPath, [cli, 'test', ...args], { cwd: tmp, encoding: 'utf8' });

beforeAll(() => {
  mkdirSync(join(tmp, 'apps', 'functions', 'xs', 'function'), { recursive: true });
  mkdirSync(join(tmp, 'extra'), { recursive: true });
  writeFileSync(join(tmp, 'pnpm-workspace.yaml'), 'packages: []\n');
  writeFileSync(join(tmp, 'apps', 'functions', 'xs', 'function', 'add.xs'), ADD);
  writeFileSync(join(tmp, 'extra', 'broken.xs'), BROKEN);
  writeFileSync(join(tmp, 'extra', 'flow.xs'), FLOW);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac test', () => {
  it('with no paths runs the tests of apps/*/xs; all pass: exit 0', () => {
    const r = xac();
    expect(r.stdout).toBe('✓ apps/functions/xs/function/add.xs:11 adds two numbers\n');
    expect(r.stderr).toBe('1 test: 1 passed, 0 failed\n');
    expect(r.status).toBe(0);
  });

  it('a failing expectation prints its file:line:col and exits 1; a workflow test calls the workspace function', () => {
    const r = xac('extra');
    expect(r.stdout).toBe([
      '✗ extra/broken.xs:11 off by one', '    extra/broken.xs:13:5: expect.to_equal failed: expected 9, got 8',
      '✓ extra/flow.xs:1 sum flow', '',
    ].join('\n'));
    expect(r.stderr).toBe('2 tests: 1 passed, 1 failed\n');
    expect(r.status).toBe(1);
  });

  it('--format junit --output writes JUnit XML with the failure and its location', () => {
    const r = xac('extra', '--format', 'junit', '--output', 'report.xml');
    expect(r.status).toBe(1);
    const xml = readFileSync(join(tmp, 'report.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="xac test" tests="2" failures="1" errors="0"');
    expect(xml).toContain('<testsuite name="extra/broken.xs" tests="1" failures="1"');
    expect(xml).toMatch(/<testcase name="off by one" classname="add_broken" file="extra\/broken.xs" line="11" time="[\d.]+">\n {6}<failure message="expect.to_equal failed: expected 9, got 8" type="ExpectationError">extra\/broken.xs:13:5: expect.to_equal failed: expected 9, got 8<\/failure>/);
    expect(xml).toMatch(/<testcase name="sum flow" classname="sum flow" file="extra\/flow.xs" line="1" time="[\d.]+"\/>/);
  });

  it('--format json gives the results; an unknown format is a usage error (exit 2)', () => {
    const r = xac('extra/flow.xs', '--format', 'json');
    expect(JSON.parse(r.stdout).results.map((x: { name: string; status: string }) => [x.name, x.status])).toEqual([['sum flow', 'passed']]);
    expect(xac('--format', 'tap').status).toBe(2);
  });

  it('a file that does not parse is reported with file:line:col and exits 1', () => {
    writeFileSync(join(tmp, 'bad.xs'), 'function "x" {\n  stack {\n    var $a {\n  }\n');
    const r = xac('bad.xs');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: bad\.xs:\d+:\d+: /);
  });
});
