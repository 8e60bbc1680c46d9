import { pathToFileURL } from 'node:url';
import { register as registerCjs } from 'tsx/cjs/api';
import { register } from 'tsx/esm/api';

// Node 20 cannot import .ts; tsx's loader hooks can. They are registered once for the whole process
// (not per import, as tsx's namespaced `tsImport` does) so every DSL module is loaded once and a
// table imported by two apps is the same object in both. Both hooks: a project whose package.json
// has no `"type": "module"` makes its .ts files CommonJS, which only the require hook compiles.

let registered = false;

/** A CommonJS module's `export default` arrives as `{ default: { default, … } }`: unwrap it once. */
function unwrap(mod: Record<string, unknown>): Record<string, unknown> {
  const inner = mod['default'];
  const cjs = inner !== null && typeof inner === 'object' && (inner as { __esModule?: unknown }).__esModule === true;
  return cjs ? (inner as Record<string, unknown>) : mod;
}

/**
 * Imports a TypeScript (or JavaScript) module by path.
 * @example const mod = await importTs('/repo/xac.config.ts');
 */
export async function importTs(file: string): Promise<Record<string, unknown>> {
  if (!registered) {
    register();
    registerCjs();
    registered = true;
  }
  return unwrap((await import(pathToFileURL(file).href)) as Record<string, unknown>);
}
