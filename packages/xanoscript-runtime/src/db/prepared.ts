// Which statements the adapters keep prepared (pglite-statements.ts; postgres-adapter.ts through pg's
// named statements). A row statement (select, insert, update, delete, with) changes no table's columns,
// so a statement prepared before it stays valid; anything else may be DDL and lets go of them all.
// Transaction control keeps them.

/** Statements kept prepared per connection. */
export const PREPARED_MAX = 256;

const ROWS = /^\s*(select|insert|update|delete|with)\b/i;
const CONTROL = /^\s*(begin|commit|rollback)\s*;?\s*$/i;

/** Whether `sql` is a row statement, run prepared. */
export const isRowStatement = (sql: string): boolean => ROWS.test(sql);

/** Whether `sql` (given to exec) is BEGIN, COMMIT or ROLLBACK, which leaves prepared statements alone. */
export const isTransactionControl = (sql: string): boolean => CONTROL.test(sql);
