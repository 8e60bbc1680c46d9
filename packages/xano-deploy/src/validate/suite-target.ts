// The validation suites' target over the Meta API client (any instance, or the embedded emulator).
// Endpoint serving and table content are not Meta API calls, so this target has neither: the suites
// that need them report their cases untestable.
import type { SuiteTarget } from '@xac/validators/suites';
import type { XanoClient } from '../client/xano-client.js';

/**
 * A SuiteTarget reading tables through the client.
 * @example const results = await runSuites(['tables'], ws, clientSuiteTarget('emulator', target.client), config.validation);
 */
export function clientSuiteTarget(name: string, client: Pick<XanoClient, 'tables'>): SuiteTarget {
  return {
    name,
    listTables: async () => (await client.tables.list({ includeXanoscript: true })).map((t) => ({ name: t.name, ...(typeof t.xanoscript?.value === 'string' ? { xanoscript: t.xanoscript.value } : {}) })),
  };
}
