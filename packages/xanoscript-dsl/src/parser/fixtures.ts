import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The parser's fixture folders (STYLE habit 3): canonical cases, `_layout_` variants and `_error_`
// cases. Shared by the round-trip test, the property tests and the benchmark.

export const FIXTURES_DIR = fileURLToPath(new URL('./__fixtures__', import.meta.url));

export interface Fixture {
  readonly name: string;
  readonly dir: string;
  readonly text: string;
}

/** The fixtures of one group: `''` (canonical), `_layout_` or `_error_`. */
export function fixtures(group: '' | '_layout_' | '_error_'): Fixture[] {
  const root = group === '' ? FIXTURES_DIR : join(FIXTURES_DIR, group);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(root, d.name, 'input.xs')))
    .map((d) => ({ name: d.name, dir: join(root, d.name), text: readFileSync(join(root, d.name, 'input.xs'), 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
