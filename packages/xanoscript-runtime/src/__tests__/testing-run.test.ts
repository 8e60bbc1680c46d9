import { describe, expect, it } from 'vitest';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { pgliteAdapter } from '../db/adapter.js';
import { Database } from '../db/database.js';
import { functionsOf, parseScript } from '../run.js';
import { testsOf } from '../testing/discover.js';
import { runTests, type TestResult } from '../testing/run-tests.js';
import { objectsOf } from '../testing/workspace.js';

// unit-testing.md ("Basic Test", "Mocking", "Testing API Endpoints", "Error Assertions") and
// workflow-tests.md ("Call Functions", "Error Assertion", "Data Sources"): tests run on the local runtime.

type Files = Record<string, string>;

async function runAll(files: Files, opts: { tables?: boolean } = {}): Promise<TestResult[]> {
  const docs = Object.entries(files).flatMap(([path, text]) => parseScript(text, path).map((document) => ({ document, path })));
  const tables = docs.flatMap((d) => (d.document.object.kind === 'TableDecl' ? [d.document.object as TableDecl] : []));
  const db = opts.tables ? async () => Database.open(tables, await pgliteAdapter()) : undefined;
  return runTests(testsOf(docs), { context: { functions: functionsOf(docs), objects: objectsOf(docs) }, ...(db ? { db } : {}) });
}
const summary = (rs: readonly TestResult[]) => rs.map((r) => [r.name, r.status, r.failure?.at ?? null]);

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

  test "wrong on purpose" {
    input = { a: -5, b: 3 }
    expect.to_equal ($response) { value = 2 }
  }
}
`;

describe('test blocks (unit-testing.md "Basic Test")', () => {
  it('runs the function on the test input and checks $response; a failure is at the expect', async () => {
    const rs = await runAll({ 'function/add.xs': ADD });
    expect(summary(rs)).toEqual([['adds two numbers', 'passed', null], ['wrong on purpose', 'failed', 'function/add.xs:18:5']]);
    expect(rs[1]?.failure?.message).toBe('expect.to_equal failed: expected 2, got -2');
    expect(rs[0]?.at).toBe('function/add.xs:11:3');
  });

  it('an error of the function under test fails the test with that error, where it was raised', async () => {
    const rs = await runAll({ 'function/f.xs': `function "f" {
  input {
    int a
  }
  stack {
    var $r { value = $input.a.nope }
  }
  response = $r

  test "reads a missing key" {
    input = { a: 1 }
    expect.to_be_true ($response.ok)
  }
}
` });
    // The function's own error, not the first expect on a null $response.
    expect(rs[0]?.failure).toMatchObject({ type: 'UnableToLocateError', at: 'function/f.xs:6:22' });
  });
});

describe('expect.to_throw (unit-testing.md "Error Assertions", workflow-tests.md "Error Assertion")', () => {
  const AGE = `function "validate_age" {
  input {
    int age
  }
  stack {
    precondition ($input.age >= 0) {
      error_type = "inputerror"
      error = "Age cannot be negative"
    }
  }
  response = { valid: true }

  test "rejects negative age" {
    input = { age: -5 }
    expect.to_throw { value = "Age cannot be negative" }
  }
  test "any error" {
    input = { age: -5 }
    expect.to_throw
  }
  test "by error type" {
    input = { age: -5 }
    expect.to_throw { value = "inputerror" }
  }
  test "wrong message" {
    input = { age: -5 }
    expect.to_throw { value = "Age is unrealistic" }
  }
  test "nothing thrown" {
    input = { age: 5 }
    expect.to_throw
  }
  test "missing input is a validation error" {
    input = {}
    expect.to_throw { value = "Missing param: age" }
  }
}
`;
  it('matches the error of the object under test by message, part of it or error type', async () => {
    expect(summary(await runAll({ 'function/validate_age.xs': AGE }))).toEqual([
      ['rejects negative age', 'passed', null], ['any error', 'passed', null], ['by error type', 'passed', null],
      ['wrong message', 'failed', 'function/validate_age.xs:27:5'], ['nothing thrown', 'failed', 'function/validate_age.xs:31:5'],
      ['missing input is a validation error', 'passed', null],
    ]);
  });

  it('with a stack: the stack must throw an error matching exception', async () => {
    const rs = await runAll({ 'workflow_test/w.xs': `workflow_test "w" {
  stack {
    expect.to_throw {
      stack {
        throw {
          name = "BadThing"
          value = "it broke"
        }
      }
      exception = "it broke"
    }
    expect.to_throw {
      stack {
        var $x { value = 1 }
      }
      exception = "error"
    }
  }
}
` });
    expect(rs[0]?.failure).toMatchObject({ type: 'ExpectationError', at: 'workflow_test/w.xs:12:5' });
    expect(rs[0]?.failure?.message).toContain('nothing was thrown');
  });
});

describe('mocks (unit-testing.md "Mocking", "Mock Matching", "Mocking Variables")', () => {
  const WEATHER = `function "get_weather" {
  input {
    text city
  }
  stack {
    api.request {
      url = "http://127.0.0.1:9/current"
      method = "GET"
      params = { city: $input.city }
      mock = {
        "returns sunny for Paris": { response: { weather: "sunny", temp: 22 } },
        "returns rainy for London": { response: { weather: "rainy", temp: 15 } }
      }
    } as $weather
    var $greeting {
      value = "Hello " ~ $input.city
      mock = { "custom greeting": "Custom greeting!" }
    }
  }
  response = { weather: $weather.response, greeting: $greeting }

  test "returns sunny for Paris" {
    input = { city: "Paris" }
    expect.to_equal ($response.weather.weather) { value = "sunny" }
    expect.to_equal ($response.greeting) { value = "Hello Paris" }
  }
  test "returns rainy for London" {
    input = { city: "London" }
    expect.to_equal ($response.weather.temp) { value = 15 }
  }
  test "unmocked calls out" {
    input = { city: "Rome" }
    expect.to_be_defined ($response)
  }
}
`;
  it('a mock named after the running test replaces the statement; others run (and here fail to connect)', async () => {
    const rs = await runAll({ 'function/get_weather.xs': WEATHER });
    expect(summary(rs).slice(0, 2)).toEqual([['returns sunny for Paris', 'passed', null], ['returns rainy for London', 'passed', null]]);
    expect(rs[2]?.failure?.type).toBe('ApiRequestError');
  });

  it('mocks a function.run result, and a mock inside the called function applies to the same test', async () => {
    const rs = await runAll({
      'function/rate.xs': 'function "rate" {\n  input {\n  }\n  stack {\n    api.request {\n      url = "http://127.0.0.1:9/rate"\n      method = "GET"\n      mock = { "inner mock": { response: { result: 3 } } }\n    } as $r\n  }\n  response = $r.response.result\n}\n',
      'function/price.xs': `function "price" {
  input {
    int qty
  }
  stack {
    function.run "rate" {
      mock = { "outer mock": 10 }
    } as $rate
  }
  response = $input.qty * $rate

  test "outer mock" {
    input = { qty: 2 }
    expect.to_equal ($response) { value = 20 }
  }
  test "inner mock" {
    input = { qty: 2 }
    expect.to_equal ($response) { value = 6 }
  }
}
`,
    });
    expect(summary(rs)).toEqual([['outer mock', 'passed', null], ['inner mock', 'passed', null]]);
  });

  it('mocks a var and a db.get of an endpoint (unit-testing.md "Testing API Endpoints")', async () => {
    const rs = await runAll({ 'api/p.xs': `query "products/{id}" verb=GET {
  api_group = "shop"
  input {
    int id
  }
  stack {
    db.get "product" {
      field_name = "id"
      field_value = $input.id
      mock = {
        "returns product": { id: 1, name: "Widget", price: 29.99 },
        "handles not found": null
      }
    } as $product
  }
  response = $product

  test "returns product" {
    input = { id: 1 }
    expect.to_equal ($response.name) { value = "Widget" }
  }
  test "handles not found" {
    input = { id: 999 }
    expect.to_be_null ($response)
  }
}
` });
    expect(summary(rs)).toEqual([['returns product', 'passed', null], ['handles not found', 'passed', null]]);
  });
});

describe('workflow tests (workflow-tests.md)', () => {
  const TABLE = `table "note" {
  auth = false
  schema {
    int id
    text body
  }
}
`;
  const ENDPOINT = `query "notes" verb=POST {
  api_group = "app"
  input {
    text body
  }
  stack {
    db.add "note" {
      data = { body: $input.body }
    } as $note
    db.query "note" {
      return = { type: "count" }
    } as $count
  }
  response = { note: $note, count: $count }
}
`;
  it('function.call and api.call run the workspace\'s objects; each test starts from empty tables', async () => {
    const flow = (name: string) => `workflow_test "${name}" {
  datasource = "test"
  stack {
    api.call "notes" verb=POST {
      api_group = "app"
      input = { body: "hi" }
    } as $r
    function.call "add" {
      input = { a: $r.count, b: 10 }
    } as $sum
    expect.to_equal ($r.note.id) { value = 1 }
    expect.to_equal ($sum) { value = 11 }
  }
  tags = ["e2e"]
}
`;
    const rs = await runAll({ 'table/note.xs': TABLE, 'api/notes.xs': ENDPOINT, 'function/add.xs': ADD.replace(/\n {2}test[\s\S]*\n}\n$/, '\n}\n'), 'workflow_test/a.xs': flow('first'), 'workflow_test/b.xs': flow('second') }, { tables: true });
    expect(summary(rs)).toEqual([['first', 'passed', null], ['second', 'passed', null]]);
  }, 60_000);

  it('api.call headers are the endpoint\'s $env.$http_headers and $env.$request_method (syntax.md "System Variables")', async () => {
    const rs = await runAll({
      'api/who.xs': 'query "who" verb=GET {\n  api_group = "app"\n  input {\n  }\n  stack {\n  }\n  response = { secret: $env.$http_headers|get:"X-Secret":null, method: $env.$request_method }\n}\n',
      'workflow_test/w.xs': `workflow_test "w" {
  stack {
    api.call "who" verb=GET {
      api_group = "app"
      headers = '["X-Secret: s3", "Content-Type: application/json"]'
    } as $r
    expect.to_equal ($r) { value = { secret: "s3", method: "GET" } }
    expect.to_equal ($env.$http_headers) { value = {} }
  }
}
`,
    });
    expect(summary(rs)).toEqual([['w', 'passed', null]]);
  });

  it('a call of an object the workspace lacks fails at the call', async () => {
    const rs = await runAll({ 'workflow_test/w.xs': 'workflow_test "w" {\n  stack {\n    task.call "nightly" as $t\n  }\n}\n' });
    expect(rs[0]?.failure).toMatchObject({ type: 'CalledObjectNotFoundError', message: 'task.call: no task nightly in the workspace', at: 'workflow_test/w.xs:3:5' });
  });

  it('an unsupported statement in a test is a typed "not supported by the local runtime" failure at its line', async () => {
    const rs = await runAll({ 'workflow_test/w.xs': 'workflow_test "w" {\n  stack {\n    redis.get {\n      key = "k"\n    } as $x\n  }\n}\n' });
    expect(rs[0]?.failure).toMatchObject({ type: 'UnsupportedStatementError', message: 'not supported by the local runtime: redis.get', at: 'workflow_test/w.xs:3:5' });
  });
});
