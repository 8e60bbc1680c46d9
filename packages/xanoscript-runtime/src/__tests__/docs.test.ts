import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_GENERIC } from '../exec/generic.js';
import { SUPPORTED_FILTERS } from '../filters/apply.js';

// docs/runtime.md lists what the runtime supports; this keeps the list and the code together.

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'runtime.md'), 'utf8');

describe('docs/runtime.md', () => {
  it('names every generic statement and filter the runtime runs', () => {
    expect(SUPPORTED_GENERIC.filter((k) => !doc.includes(`\`${k}\``))).toEqual([]);
    expect(SUPPORTED_FILTERS.filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });

  it('has an "Unverified" section', () => {
    expect(doc).toMatch(/^## Unverified$/m);
  });
});
