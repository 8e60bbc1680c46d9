import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-redeclare.js';

const v = (kw: string, name: string, value: string, indent = '    ') => `${indent}${kw} $${name} {\n${indent}  value = ${value}\n${indent}}`;
const tryCatch = (inCatch: string) => `    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n${inCatch}\n      }\n    }`;

// No block scope (docs/lint.md, "Variables"): a nested `var` of an existing name is `var.update`.
// Only the seed's 8069 shape — inside a catch — is reported.
ruleTester(rule, {
  valid: [
    { name: 'same level re-declaration is legal', code: fn(`${v('var', 's', '1')}\n${v('var', 's', '2')}`) },
    { name: 'var.update in catch', code: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var.update', 's', '"Error"', '        '))}`) },
    { name: 'first definition inside a block', code: fn(tryCatch(v('var', 's', '"Error"', '        '))) },
    {
      name: 'defined in a branch only, then in another block',
      code: fn(`    conditional {\n      if (true) {\n${v('var', 's', '1', '        ')}\n      }\n    }\n${tryCatch(v('var', 's', '2', '        '))}`),
    },
    // Look-alikes of the corpus (a nested var used as an update, on purpose):
    { name: 'accumulator in a loop body', code: fn(`${v('var', 'n', '0')}\n    for (3) {\n      each as $i {\n${v('var', 'n', '$n + $i', '        ')}\n      }\n    }`) },
    { name: 'flag set in a branch', code: fn(`${v('var', 'found', 'false')}\n    conditional {\n      if ($input.q) {\n${v('var', 'found', 'true', '        ')}\n      }\n    }`, '    bool q') },
    { name: 'value replaced inside try', code: fn(`${v('var', 's', '"pending"')}\n    try_catch {\n      try {\n${v('var', 's', '"done"', '        ')}\n      }\n      catch {\n      }\n    }`) },
  ],
  invalid: [
    {
      name: 'the seed 8069: var in catch',
      code: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var', 's', '"Error"', '        '))}`),
      errors: [{ messageId: 'redeclare', line: 13, column: 9 }],
      output: fn(`${v('var', 's', '"Started"')}\n${tryCatch(v('var.update', 's', '"Error"', '        '))}`),
    },
    {
      name: 'var in a branch inside the catch',
      code: fn(`${v('var', 's', '"Started"')}\n${tryCatch(`        conditional {\n          if (true) {\n${v('var', 's', '"Error"', '            ')}\n          }\n        }`)}`),
      errors: [{ messageId: 'redeclare', line: 15, column: 13 }],
      output: fn(`${v('var', 's', '"Started"')}\n${tryCatch(`        conditional {\n          if (true) {\n${v('var.update', 's', '"Error"', '            ')}\n          }\n        }`)}`),
    },
  ],
});
