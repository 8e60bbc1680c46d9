import { describe, expect, it } from 'vitest';
import { InputValidationError } from '../errors.js';
import { parseScript } from '../run.js';
import { evalXs, runXs } from './helpers.js';

// syntax.md "System Variables" ($env.$…), the unset-variable choice of `xac test`, and types.md
// "Database Link Inputs (dblink)" / "Modifiers" (an optional non-text input sent as "").

describe('$env system variables (syntax.md "System Variables")', () => {
  it('outside a request: headers are {}, the request variables null, $datasource "live"', async () => {
    expect(await evalXs('{h: $env.$http_headers, ip: $env.$remote_ip, m: $env.$request_method, ds: $env.$datasource, x: $env.$nope}'))
      .toEqual({ h: {}, ip: null, m: null, ds: 'live', x: null });
  });

  it('with unsetEnv: "null" an unset $env.NAME is null (a workspace without the variable); by default an error', async () => {
    expect(await evalXs('$env.API_AUTH_SECRET == null', { unsetEnv: 'null' })).toBe(true);
    await expect(evalXs('$env.API_AUTH_SECRET')).rejects.toThrow(/API_AUTH_SECRET/);
  });
});

const TABLE = `table "member" {
  schema {
    int id
    text name
    int age?
    email? email?
  }
}
`;
const [tableDoc] = parseScript(TABLE, 'table/member.xs');
const tables = [tableDoc!.object as never];
const DBLINK = (override = '') => `function "f" {
  input {
    dblink {
      table = "member"${override}
    }
  }
  stack {
  }
  response = $input
}
`;

describe('dblink inputs (types.md "Database Link Inputs")', () => {
  it('one input per column but id, as the table declares it', async () => {
    expect((await runXs(DBLINK(), { name: 'Ann', age: '7', id: 9 }, { tables })).response).toEqual({ name: 'Ann', age: 7, email: null });
    await expect(runXs(DBLINK(), {}, { tables })).rejects.toThrow(/Missing param: name/);
  });

  it('override hides columns; an unknown table is an input error', async () => {
    const hidden = '\n      override = {email: {hidden: true}, age: {hidden: true}}';
    expect((await runXs(DBLINK(hidden), { name: 'Ann', email: 'a@b.c' }, { tables })).response).toEqual({ name: 'Ann' });
    await expect(runXs(DBLINK(), { name: 'Ann' }, {})).rejects.toThrow(InputValidationError);
  });

  it('an optional int sent as "" is left out (null); a required one is still refused', async () => {
    expect((await runXs(DBLINK(), { name: 'Ann', age: '' }, { tables })).response).toEqual({ name: 'Ann', age: null, email: null });
  });
});
