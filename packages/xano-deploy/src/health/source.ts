// Where a health check's facts come from: a JSON file (a stored result, or a pipeline-health-check
// answer in our shape), the URL of a deployed pipeline-health-check endpoint, or the workspace's
// database folder (the local runtime's PGlite, as `xac run --data-dir` keeps it).
import { existsSync, readFileSync } from 'node:fs';
import { Database, pgliteAdapter } from '@xac/xanoscript-runtime';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { collectHealth } from './collect-db.js';
import { healthFactsSchema, type HealthFacts } from './types.js';
import type { AlertThresholds } from './verdict.js';

const reportedSchema = healthFactsSchema.shape.reported.unwrap();

export type HealthSource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'data-dir'; readonly dir: string };

/** A health source that cannot be read, or holds no health check. */
export class HealthSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HealthSourceError';
  }
}

function parseFacts(json: unknown, where: string): HealthFacts {
  const r = healthFactsSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HealthSourceError(`${where}: not a health check: ${issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'no detail'}`);
}

/** `stagingBacklog.warning` → `staging_backlog_warning`: the endpoint's threshold inputs. */
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The URL with the thresholds as the endpoint's query inputs (a parameter the URL already names is kept).
 * @example withThresholds('http://127.0.0.1:4010/api:LIdBL1AN/pipeline-health-check', config.alerts) // …?staging_backlog_warning=1000&…
 */
export function withThresholds(url: string, thresholds: AlertThresholds | undefined): string {
  if (thresholds === undefined) return url;
  const u = new URL(url);
  for (const [key, pair] of Object.entries(thresholds)) {
    for (const level of ['warning', 'critical'] as const) {
      const name = `${snake(key)}_${level}`;
      if (!u.searchParams.has(name)) u.searchParams.set(name, String(pair[level]));
    }
  }
  return u.toString();
}

/** A pipeline-health-check answer: the FP Result with the check in `data`, or the check itself. */
function unwrap(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('success' in json) || !('data' in json)) return json;
  const r = json as { success: unknown; data: unknown; error?: unknown };
  if (r.success !== true) throw new HealthSourceError(`answered success: false (${JSON.stringify(r.error ?? null)})`);
  return r.data;
}

async function fromUrl(url: string, thresholds: AlertThresholds | undefined): Promise<HealthFacts> {
  let res: Response;
  try {
    res = await fetch(withThresholds(url, thresholds), { signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    throw new HealthSourceError(`${url}: no answer (${err instanceof Error ? err.message : String(err)})`);
  }
  if (res.status !== 200) throw new HealthSourceError(`${url}: answered ${res.status}`);
  let body: unknown;
  try {
    body = unwrap(await res.json().catch(() => undefined));
  } catch (err) {
    throw new HealthSourceError(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const facts = parseFacts(body, url);
  const own = reportedSchema.safeParse(body);
  return own.success ? { ...facts, reported: own.data } : facts;
}

async function fromDataDir(dir: string, tables: readonly TableDecl[], now: number): Promise<HealthFacts> {
  if (!existsSync(dir)) throw new HealthSourceError(`${dir}: no such database folder (run the workspace with --data-dir first)`);
  const db = await Database.open(tables, await pgliteAdapter(dir));
  try {
    return await collectHealth(db.sql, tables, now);
  } finally {
    await db.sql.close();
  }
}

/**
 * The facts of a health source at `now`; the tables decide which table is staging, sync state, jobs.
 * A URL is sent `thresholds` as the endpoint's inputs, and its own verdict is kept in `reported`.
 * @example const facts = await readHealthFacts({ kind: 'data-dir', dir: '.xac/data' }, tables, Date.now());
 */
export async function readHealthFacts(source: HealthSource, tables: readonly TableDecl[], now: number, thresholds?: AlertThresholds): Promise<HealthFacts> {
  if (source.kind === 'url') return fromUrl(source.url, thresholds);
  if (source.kind === 'data-dir') return fromDataDir(source.dir, tables, now);
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch {
    throw new HealthSourceError(`${source.path}: cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new HealthSourceError(`${source.path}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return parseFacts(json, source.path);
}

