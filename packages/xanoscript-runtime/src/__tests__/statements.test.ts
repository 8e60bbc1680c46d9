import { describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { DatabaseMissingError, LoopLimitError, RunTimeoutError, MissingVarError, PreconditionError, ThrownError, UnsupportedStatementError } from '../errors.js';
import { fn, runXs } from './helpers.js';

// essentials.md "Variable Declaration", "Conditionals", "Switch", "Loops", "Error Handling",
// "Error Types", "Early Return"; syntax.md "Try-Catch", "Throwing Errors".

const body = async (stmts: string, response = '$r', input: unknown = {}, inputs = ''): Promise<unknown> =>
  (await runXs(fn(stmts, response, inputs), input)).response;

describe('var and var.update', () => {
  it('var.update replaces a value, and a path inside it (creating objects on the way)', async () => {
    expect(await body(`
    var $r { value = {a: [1, 2]} }
    var.update $r.a[1] { value = 20 }
    var.update $r.b.c { value = "new" }`)).toEqual({ a: [1, 20], b: { c: 'new' } });
  });

  it('values are copied on assignment', async () => {
    expect(await body(`
    var $a { value = {n: 1} }
    var $r { value = $a }
    var.update $a.n { value = 2 }`)).toEqual({ n: 1 });
  });

  it('var.update of an undeclared variable is "Missing var entry"', async () => {
    await expect(body('    var.update $nope { value = 1 }')).rejects.toThrow(MissingVarError);
  });
});

describe('conditional and switch', () => {
  const grade = (age: number): Promise<unknown> => body(`
    conditional {
      if ($input.age >= 18) { var $r { value = "adult" } }
      elseif ($input.age >= 13) { var $r { value = "teen" } }
      else { var $r { value = "child" } }
    }`, '$r', { age }, '    int age');

  it('if / elseif / else (essentials.md "Conditionals")', async () => {
    expect([await grade(30), await grade(15), await grade(3)]).toEqual(['adult', 'teen', 'child']);
  });

  it('switch picks the matching case, else default (essentials.md "Switch")', async () => {
    const sw = (status: string): Promise<unknown> => body(`
    switch ($input.status) {
      case ("active") { var $r { value = "User is active" } } break
      case ("pending") { var $r { value = "User is pending" } } break
      default { var $r { value = "Unknown status" } }
    }`, '$r', { status }, '    text status');
    expect([await sw('active'), await sw('pending'), await sw('x')]).toEqual(['User is active', 'User is pending', 'Unknown status']);
  });
});

describe('loops (essentials.md "Loops")', () => {
  it('foreach with continue and break', async () => {
    expect(await body(`
    var $r { value = [] }
    foreach ([1, 2, 3, 4, 5]) {
      each as $item {
        conditional { if ($item == 2) { continue } }
        conditional { if ($item == 4) { break } }
        var.update $r { value = $r|push:$item }
      }
    }`)).toEqual([1, 3]);
  });

  it('for gives the index from 0', async () => {
    expect(await body(`
    var $r { value = [] }
    for (3) { each as $i { var.update $r { value = $r|push:$i } } }`)).toEqual([0, 1, 2]);
  });

  it('while runs until its test is false', async () => {
    expect(await body(`
    var $r { value = 0 }
    while ($r < 10) { each { var.update $r { value = $r + 3 } } }`)).toBe(12);
  });

  it('a for past the loop limit is refused before it starts', async () => {
    await expect(runXs(fn('    var $r { value = 0 }\n    for (1000) { each as $i { var.update $r { value = $i } } }'), {}, { loopLimit: 50 })).rejects.toThrow(LoopLimitError);
  });

  it('a run past its time budget stops at the next statement', async () => {
    const src = fn('    var $r { value = 0 }\n    while (true) { each { var.update $r { value = $r + 1 } } }');
    await expect(runXs(src, {}, { timeoutMs: 50 })).rejects.toThrow(RunTimeoutError);
  });

  it('a while that never ends stops at the loop limit', async () => {
    const src = fn('    var $r { value = 0 }\n    while (true) { each { var.update $r { value = $r + 1 } } }');
    await expect(runXs(src, {}, { loopLimit: 50 })).rejects.toThrow(LoopLimitError);
  });
});

describe('errors (syntax.md "Error Handling"; essentials.md "Error Types")', () => {
  it.each([['inputerror', 400], ['accessdenied', 403], ['notfound', 404], ['standard', 500]])('precondition error_type %s → HTTP %i', async (type, status) => {
    const err = await body(`    precondition (1 == 2) {\n      error_type = "${type}"\n      error = "nope"\n    }`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PreconditionError);
    expect((err as PreconditionError).status).toBe(status);
    expect((err as PreconditionError).message).toBe('nope at test.xs:6:5');
  });

  it('a passing precondition lets the stack go on', async () => {
    expect(await body('    precondition (1 == 1) { error = "no" }\n    var $r { value = 1 }')).toBe(1);
  });

  it('try_catch gives $error name and message; finally always runs', async () => {
    expect(await body(`
    var $r { value = [] }
    try_catch {
      try { throw { name = "ValidationError" value = "Custom error message" } }
      catch { var.update $r { value = $r|push:$error.name|push:$error.message } }
      finally { var.update $r { value = $r|push:"finally" } }
    }`)).toEqual(['ValidationError', 'Custom error message', 'finally']);
  });

  it('try_catch without catch swallows the error', async () => {
    expect(await body('    var $r { value = 1 }\n    try_catch { try { throw { name = "E" value = "v" } } }')).toBe(1);
  });

  it('an uncaught throw is a ThrownError with its name and value', async () => {
    const err = await body('    throw { name = "ValidationError" value = "bad" }').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThrownError);
    expect((err as ThrownError).errorName).toBe('ValidationError');
  });
});

describe('return, group, debug.log, util.sleep', () => {
  it('return exits early with its value (essentials.md "Early Return")', async () => {
    expect(await body('    var $r { value = 1 }\n    conditional { if (true) { return { value = "early" } } }\n    var.update $r { value = 2 }')).toBe('early');
  });

  it('group runs its stack', async () => {
    expect(await body('    group { stack { var $r { value = "in group" } } }')).toBe('in group');
  });

  it('debug.log values are collected with their location', async () => {
    const { logs } = await runXs(fn('    debug.log { value = "a" }\n    debug.log { value = {n: 1} }\n    var $r { value = 0 }'));
    expect(logs).toEqual([{ value: 'a', at: 'test.xs:6:5' }, { value: { n: 1 }, at: 'test.xs:7:5' }]);
  });

  it('util.sleep waits through the injected clock, in seconds (database.md "value = seconds")', async () => {
    const clock = manualClock(1000);
    const { response } = await runXs(fn('    util.sleep { value = 2 }\n    var $r { value = now }'), {}, { clock });
    expect(response).toBe(3000);
    expect(clock.slept).toEqual([2000]);
  });

  it('a disabled statement is skipped', async () => {
    expect(await body('    var $r { value = 1 }\n    !var.update $r { value = 2 }')).toBe(1);
  });
});

describe('statements the runtime lacks are typed errors with file:line:col', () => {
  it('db.get without a database in the context names what to pass', async () => {
    const err = await body('    db.get "user" { field_name = "id" field_value = 1 } as $r').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseMissingError);
    expect((err as Error).message).toBe('db.get needs a database: pass db (Database.open(tables)) in the run context at test.xs:6:5');
  });

  it('a generic statement of the catalogue without a handler', async () => {
    await expect(body('    redis.get { key = "k" } as $r')).rejects.toThrow(/not supported by the local runtime: redis\.get at test\.xs:6:5/);
  });
});
