import type { Value } from '../values.js';

// Control flow that is not an error: break, continue and return unwind the JS stack as these
// signals, which are not Errors, so try_catch never catches them.

export class BreakSignal {}
export class ContinueSignal {}
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
