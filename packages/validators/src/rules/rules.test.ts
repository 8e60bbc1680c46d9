import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintProject } from '../run-rules.js';

// The two seed bugs, found in the seed's own scripts and in small cases, with messageId, line, column.

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../xanoscript-dsl/src/parser/__fixtures__', name, 'input.xs'), 'utf8');
const lint = (...texts: string[]) =>
  lintProject(texts.map((text, i) => ({ path: `f${i}.xs`, text }))).findings.map((f) => ({
    rule: f.rule, messageId: f.messageId, path: f.path, line: f.loc?.start.line, column: f.loc?.start.column,
  }));
const fnWith = (input: string, stack: string) =>
  `function "t" {\n  input {\n${input}\n  }\n  stack {\n${stack}\n  }\n  response = null\n}\n`;
const get = (value: string) => `    db.get "user" {\n      field_name = "id"\n      field_value = ${value}\n    } as $u`;

describe('the seed function 8140', () => {
  it('before the fix: lookup-value-type and no-unsafe-result-access at the right lines', () => {
    expect(lint(fixture('seed-8140-before-fix'), fixture('seed-table-user'))).toEqual([
      { rule: 'lookup-value-type', messageId: 'textInput', path: 'f0.xs', line: 11, column: 21 },
      { rule: 'no-unsafe-result-access', messageId: 'dotPath', path: 'f0.xs', line: 28, column: 28 },
      { rule: 'no-unsafe-result-access', messageId: 'dotPath', path: 'f0.xs', line: 29, column: 30 },
    ]);
  });
  it('after the fix: clean', () => {
    expect(lint(fixture('seed-8140-after-fix'), fixture('seed-table-user'))).toEqual([]);
  });
  it('8091 before the fix: $transform_result.people', () => {
    expect(lint(fixture('seed-8091-fub-get-people-before')).map((f) => f.rule)).toContain('no-unsafe-result-access');
    expect(lint(fixture('seed-8091-fub-get-people-after')).map((f) => f.rule)).not.toContain('no-unsafe-result-access');
  });
});

describe('lookup-value-type', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    ['text input', '    text user_id', '$input.user_id', 'textInput'],
    ['optional int input', '    int user_id?', '$input.user_id', 'optionalInput'],
    ['to_int without a default', '    text user_id', '$input.user_id|to_int', 'noDefault'],
    ['default before to_int', '    text user_id', '$input.user_id|first_notempty:"0"|to_int', 'noDefault'],
    ['to_int then first_notempty', '    text user_id', '$input.user_id|to_int|first_notempty:0', undefined],
    ['required int input', '    int user_id', '$input.user_id', undefined],
    ['optional int with a default', '    int user_id?', '$input.user_id|first_notnull:0', undefined],
  ];
  for (const [what, input, value, messageId] of cases) {
    it(what, () => {
      const found = lint(fnWith(input, get(value)));
      expect(found).toEqual(messageId ? [{ rule: 'lookup-value-type', messageId, path: 'f0.xs', line: 8, column: 21 }] : []);
    });
  }
  it('a text column takes text', () => {
    const table = 'table "user" {\n  schema {\n    int id\n    email email\n  }\n}\n';
    const stack = '    db.get "user" {\n      field_name = "email"\n      field_value = $input.e\n    } as $u';
    expect(lint(fnWith('    text e', stack), table)).toEqual([]);
  });
});

describe('no-unsafe-result-access', () => {
  it('flags dots on function.run, api.request and json_decode results, not get chains', () => {
    const stack = [
      '    function.run "x" as $r',
      '    api.request {\n      url = "https://a"\n      method = "GET"\n    } as $api',
      '    var $j {\n      value = "{}"|json_decode\n    }',
      '    var $a {\n      value = $r.data.count\n    }',
      '    var $b {\n      value = $api.response.result\n    }',
      '    var $c {\n      value = $j.k\n    }',
      '    var $ok {\n      value = $r|get:"data":({})|get:"count":0\n    }',
    ].join('\n');
    expect(lint(fnWith('', stack)).map((f) => [f.messageId, f.line, f.column])).toEqual([
      ['dotPath', 15, 15],
      ['dotPath', 18, 15],
      ['dotPath', 21, 15],
    ]);
  });
  it('a file that does not parse is a finding', () => {
    const [first] = lint('function "x" {\n');
    expect(first).toMatchObject({ rule: 'parse', path: 'f0.xs' });
    expect(first?.line).toBeGreaterThan(0);
  });
});
