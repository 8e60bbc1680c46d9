import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed output of the seed's function 8140 carries both fixes of the report.

const xs = (path: string) => readFileSync(join(import.meta.dirname, '..', 'xs', path), 'utf8');

describe('Workers/Metrics - Create Snapshot (seed function 8140)', () => {
  const text = xs('function/workers/metrics_create_snapshot.xs');
  it('looks the user up by the text input converted to int with a default', () => {
    expect(text).toContain('value = $input.user_id|to_int|first_notempty:0');
    expect(text).toMatch(/db\.get "user" \{\n\s+field_name = "id"\n\s+field_value = \$user_id_int\n/);
  });
  it('reads the sub-call result through data with defaults', () => {
    expect(text).toContain('$lifecycle_open_result|get:"data":({})|get:"transactions_updated":0');
    expect(text).not.toMatch(/\$lifecycle_\w+_result\.(data|transactions_updated)/);
  });
});
