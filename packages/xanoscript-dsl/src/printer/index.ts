export { print, printWithOwners, type Printable, type PrintResult } from './print.js';
export { printExpr, quote, printKey } from './print-exprs.js';
export { fieldHead } from './print-fields.js';
export { stmtKeyword } from './print-stmts.js';
