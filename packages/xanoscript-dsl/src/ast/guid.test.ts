import { describe, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';
import { withGuid, withoutGuid } from './guid.js';
import { guidOf } from './schema/identity.js';

const fn = 'function "f" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n  guid = "old"\n}\n';

describe('guid transforms', () => {
  it('strips the guid attribute and leaves the rest as it was', () => {
    const doc = parse(fn).ast!;
    expect(guidOf(doc.object as never)).toBe('old');
    const bare = withoutGuid(doc);
    expect(print(bare)).toBe(fn.replace('  guid = "old"\n', ''));
    expect(withoutGuid(bare)).toBe(bare);
  });

  it('puts the guid last, replacing the one there', () => {
    const doc = withGuid(parse(fn).ast!, 'new');
    expect(print(doc)).toBe(fn.replace('"old"', '"new"'));
    expect(print(withGuid(withoutGuid(doc), 'x'))).toBe(fn.replace('"old"', '"x"'));
  });
});
