import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-redeclare.js';

const v = (kw: string, name: string, value: string, indent = '    ') => `${indent}${kw} $${name} {\n${indent}  value = ${value}\n${indent}}`;
const tryCatch = (inCatch: string) => `    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n${inCatch}\n      }\n    }`;

ruleTester(rule, {
  valid: [
    { name: 'same level re-declaration is legal', code: fn(`${v('var', 's', '1')}\n${v('var', 's', '2')}`) },
    { name: 'var.update in catch', code: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var.update', 's', '"Error"', '        '))}`) },
    { name: 'first definition inside a block', code: fn(tryCatch(v('var', 's', '"Error"', '        '))) },
    {
      name: 'defined in a branch only, then in another block',
      code: fn(`    conditional {\n      if (true) {\n${v('var', 's', '1', '        ')}\n      }\n    }\n${tryCatch(v('var', 's', '2', '        '))}`),
    },
  ],
  invalid: [
    {
      name: 'the seed 8069: var in catch',
      code: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var', 's', '"Error"', '        '))}`),
      errors: [{ messageId: 'redeclare', line: 13, column: 9 }],
      output: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var.update', 's', '"Error"', '        '))}`),
    },
    {
      name: 'var in a loop body',
      code: fn(`${v('var', 'n', '0')}\n    for (3) {\n      each as $i {\n${v('var', 'n', '$i', '        ')}\n      }\n    }`),
      errors: [{ messageId: 'redeclare', line: 10, column: 9 }],
      output: fn(`${v('var', 'n', '0')}\n    for (3) {\n      each as $i {\n${v('var.update', 'n', '$i', '        ')}\n      }\n    }`),
    },
  ],
});
