// SYSTEM endpoint `table-counts` (domain §1.3: the seed's daily-sync check reads it before and after
// the sync and flattens `core_tables`, `network_tables`, `staging_tables`, `fub_tables`). Every table
// the functions app declares is counted, in the group its name puts it in.
import * as functions from '@xac-app/functions';
import { query, Table, type Shape } from '@xac/xanoscript-dsl/dsl';
import { system } from './api_group.ts';
import { endpointTests } from '@xac/validators/suites';
import { z } from 'zod';

type AnyTable = Table<string, Shape>;
const tables = (Object.values(functions) as unknown[]).filter((v): v is AnyTable => v instanceof Table).sort((a, b) => a.name.localeCompare(b.name));

/** The seed's four groups: stage_*, fub_* and lambda_* (the FUB jobs), network_*, everything else. */
export const groupOf = (name: string) =>
  name.startsWith('stage_') ? 'staging_tables' : name.startsWith('fub_') || name.startsWith('lambda_') ? 'fub_tables' : name.startsWith('network_') ? 'network_tables' : 'core_tables';

export const tableCounts = query('table-counts', {
  verb: 'GET',
  api_group: system,
  description: 'Row counts of every table of the workspace, by group (core, network, staging, FUB).',
  input: [],
}, (s) => {
  const groups: Record<string, Record<string, unknown>> = { core_tables: {}, network_tables: {}, staging_tables: {}, fub_tables: {} };
  for (const t of tables) {
    const group = groups[groupOf(t.name)];
    if (group) group[t.name] = s.db.query(t, { return: { type: 'count' }, as: `${t.name}_count` });
  }
  return { success: true, data: groups, error: null, step: 'complete', ...groups } as never;
});

const group = z.record(z.string(), z.number().int());

export const tableCountsTests = endpointTests(tableCounts, [
  {
    name: 'counts every table by group',
    input: {},
    response: z.object({ success: z.literal(true), error: z.null(), step: z.literal('complete'), core_tables: group, network_tables: group, staging_tables: group, fub_tables: group }),
  },
]);
