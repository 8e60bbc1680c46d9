import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

// Node 20 cannot import .ts; tsx's loader hooks can. They are registered once for the whole process
// (not per import, as tsx's namespaced `tsImport` does) so every DSL module is loaded once and a
// table imported by two apps is the same object in both.

let registered = false;

/**
 * Imports a TypeScript (or JavaScript) module by path.
 * @example const mod = await importTs('/repo/xac.config.ts');
 */
export async function importTs(file: string): Promise<Record<string, unknown>> {
  if (!registered) {
    register();
    registered = true;
  }
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}
