import { ruleTester } from '../rule-tester.js';
import rule from './empty-endpoint.js';

const query = (stack: string, response: string) => `query "sync" verb=POST {\n  api_group = "Migration"\n  input {\n  }\n  stack {\n${stack}\n  }\n  response = ${response}\n}\n`;
const one = '    var $a {\n      value = 1\n    }';

ruleTester(rule, {
  valid: [{ code: query(one, '$a') }, { name: 'functions are not endpoints', code: 'function "f" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n' }],
  invalid: [
    { name: 'the seed 17495: empty stack, null response', code: query('    // todo', 'null'), errors: [{ messageId: 'emptyStack', line: 1, column: 1 }, { messageId: 'nullResponse', line: 8, column: 14 }] },
    { name: 'null response only', code: query(one, 'null'), errors: [{ messageId: 'nullResponse', line: 10, column: 14 }] },
  ],
});
