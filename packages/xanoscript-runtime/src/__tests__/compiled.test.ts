import { describe, expect, it } from 'vitest';
import type { FunctionDecl } from '@xac/xanoscript-dsl/ast';
import { manualClock } from '../context.js';
import { compileExpr } from '../eval/expr.js';
import { compileBody } from '../exec/stmts.js';
import { parseScript } from '../run.js';
import { createState } from '../run.js';
import { Frame } from '../scope.js';
import { fn, runXs } from './helpers.js';

// The interpreter compiles each node once (eval/expr.ts, exec/stmts.ts): these pin the two
// properties the loop bench depends on, and the loops' behaviour once a body has to wait.

const stackOf = (src: string): FunctionDecl => parseScript(src, 't.xs')[0]!.object as FunctionDecl;

describe('compiled statements', () => {
  it('a body of var, var.update, filters and loops runs synchronously (no promise per step)', () => {
    const decl = stackOf(fn('    var $r { value = 0 }\n    for (10) {\n      each as $i {\n        var.update $r { value = $r + ($i|to_text|strlen) }\n      }\n    }'));
    const frame = new Frame(createState({}), {}, 't.xs');
    expect(compileBody(decl.stack!)(frame)).toBeUndefined();
    expect(frame.vars.get('r')).toBe(10);
  });

  it('a node is compiled once and reused', () => {
    const decl = stackOf(fn('    var $r { value = 1 + 2 }'));
    const stmt = decl.stack![0]!;
    const value = 'attrs' in stmt ? stmt.attrs[0]!.value : undefined;
    expect(compileExpr(value!)).toBe(compileExpr(value!));
    expect(compileBody(decl.stack!)).toBe(compileBody(decl.stack!));
  });

  it('break and continue still work once the loop body waits (util.sleep)', async () => {
    const body = [
      '    var $r { value = [] }',
      '    for (10) {',
      '      each as $i {',
      '        util.sleep { value = 1 }',
      '        conditional {',
      '          if ($i == 1) {',
      '            continue',
      '          }',
      '        }',
      '        conditional {',
      '          if ($i == 4) {',
      '            break',
      '          }',
      '        }',
      '        array.push $r { value = $i }',
      '      }',
      '    }',
    ].join('\n');
    const clock = manualClock(0);
    const { response } = await runXs(fn(body), {}, { clock });
    expect(response).toEqual([0, 2, 3]);
    expect(clock.slept).toEqual([1000, 1000, 1000, 1000, 1000]);
  });

  it('a statement after one that waited runs, and an error after the wait keeps its location', async () => {
    const body = '    var $r { value = 1 }\n    util.sleep { value = 0 }\n    var.update $r { value = $r + 1 }\n    var.update $missing { value = 1 }';
    await expect(runXs(fn(body), {}, { clock: manualClock(0) })).rejects.toThrow(/Missing var entry: missing at test\.xs:9:/);
  });
});
