import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('plural', () => {
  it('"1 warning", "1 object", "0 files", "2 files"', () => {
    expect(plural(1, 'warning')).toBe('1 warning');
    expect(plural(1, 'object')).toBe('1 object');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(2, 'file')).toBe('2 files');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
