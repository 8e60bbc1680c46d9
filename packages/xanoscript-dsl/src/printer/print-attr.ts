import type { Attribute } from '../ast/nodes/misc.js';
import type { Emitter } from './emitter.js';
import { printExpr } from './print-exprs.js';

/** `name = value` on its own line. */
export function printAttr(e: Emitter, a: Attribute): void {
  e.within(a, () => e.line(`${a.name} = ${printExpr(a.value)}`));
}
