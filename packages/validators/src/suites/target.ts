// What a validation suite may ask of a deployed workspace. xano-deploy's Meta API client implements
// it for any instance and the emulator; a capability a target lacks makes the cases that need it
// untestable, never passed (DESIGN: validation scores are honest).

/** A table as the target holds it: its XanoScript, when the target returns it. */
export interface RemoteTable {
  readonly name: string;
  readonly xanoscript?: string;
}

/** One call of a workspace endpoint. */
export interface EndpointCall {
  /** The API group's canonical (`Lrekz_3S` of `/api:Lrekz_3S`). */
  readonly canonical: string;
  readonly verb: string;
  /** The endpoint path without a leading slash (`reset-stuck-fub-jobs`). */
  readonly path: string;
  readonly input: Readonly<Record<string, unknown>>;
}

/** The answer: status and the JSON body (undefined when it was not JSON). */
export interface EndpointAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Row count and latest `updated_at` (epoch ms; null when the table has none) of a table. */
export interface TableStats {
  readonly count: number;
  readonly maxUpdatedAt: number | null;
}

/**
 * The target of `xac validate`.
 * @example const target: SuiteTarget = { name: 'emulator', listTables: async () => [{ name: 'user', xanoscript: 'table "user" {…}' }] };
 */
export interface SuiteTarget {
  /** Shown in the report: `emulator`, or the config's target name. */
  readonly name: string;
  /** Every table of the workspace and branch (Meta API `GET /table?include_xanoscript=true`). */
  listTables(): Promise<readonly RemoteTable[]>;
  /** Calls an endpoint; absent when the target cannot serve the workspace's endpoints. */
  readonly callEndpoint?: (call: EndpointCall) => Promise<EndpointAnswer>;
  /** Reads a table's row count and latest update; absent when the target gives no table content. */
  readonly tableStats?: (table: string) => Promise<TableStats>;
  /**
   * Resolves when the background work the calls so far started has finished (the emulator's job
   * queue); absent when the target cannot tell, and the suites poll the tables a while instead.
   */
  readonly settle?: () => Promise<void>;
  /**
   * Brings the target's rows back to where the run started (the embedded emulator: empty tables plus
   * the run's fixture rows) before each suite that calls the workspace, so the workers suite does not
   * meet the data the daily sync left (a second sync of the same data skips); absent on a real instance.
   */
  readonly reset?: () => Promise<void>;
}
