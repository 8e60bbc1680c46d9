// Endpoint test cases declared beside the endpoints (`endpointTests(query, cases)` exported from an
// app's module) compiled into one manifest per app, `apps/<app>/xs/endpoint-tests.json`, the
// response shapes as JSON Schema (docs/validation.md).
import { relative, sep } from 'node:path';
import { isEndpointTests, toManifestCase, type EndpointManifest } from '@xac/validators/suites';
import { asDefinition } from '@xac/xanoscript-dsl/dsl';
import { importTs } from '../config/ts-loader.js';
import { findSources } from './discover.js';
import { BuildError } from './errors.js';

export const ENDPOINT_TESTS_FILE = 'endpoint-tests.json';

type Entry = EndpointManifest['endpoints'][string];

function entryOf(endpoint: unknown, file: string): Entry {
  const decl = asDefinition(endpoint)?.toDecl();
  if (decl?.kind !== 'QueryDecl') throw new BuildError([`${file}: endpointTests() takes an endpoint (a query(…) definition) as its first argument`]);
  const group = decl.attrs.find((a) => a.name === 'api_group')?.value;
  return { verb: decl.verb.toUpperCase(), name: decl.name, apiGroup: group?.kind === 'StringLit' ? group.value : '', cases: [] };
}

/**
 * The manifest of each app that declares endpoint tests (by app folder relative to the root).
 * @example (await endpointManifests(root, findApps(root))).get('apps/endpoints')?.endpoints['POST reset-stuck-fub-jobs']
 */
export async function endpointManifests(root: string, appDirs: readonly string[]): Promise<Map<string, EndpointManifest>> {
  const out = new Map<string, EndpointManifest>();
  for (const appDir of appDirs) {
    const endpoints: Record<string, Entry> = {};
    for (const file of findSources(appDir)) {
      const mod = await importTs(file);
      const where = relative(root, file).split(sep).join('/');
      for (const value of Object.values(mod)) {
        if (!isEndpointTests(value)) continue;
        const e = entryOf(value.endpoint, where);
        const key = `${e.verb} ${e.name}`;
        endpoints[key] = { ...e, cases: [...(endpoints[key]?.cases ?? []), ...value.cases.map(toManifestCase)] };
      }
    }
    const sorted = Object.fromEntries(Object.entries(endpoints).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (Object.keys(sorted).length > 0) out.set(relative(root, appDir).split(sep).join('/'), { version: 1, endpoints: sorted });
  }
  return out;
}
