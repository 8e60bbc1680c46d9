// The emulator: a real HTTP server on 127.0.0.1 speaking the Meta API (reference/meta-api.md §6).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadParse, type ParseFn } from '@xac/xanoscript-dsl/layout';
import { systemClock, type Clock, type SqlAdapter, type Value } from '@xac/xanoscript-runtime';
import { FaultInjector, type FaultCounters, type FaultOptions } from './faults.js';
import { EmulatorHttpError, notFound } from './http-error.js';
import { bodyTooLarge, declaresTooMuch, DEFAULT_MAX_BODY_BYTES, readBodyLimited } from './request-body.js';
import { parseTarget, type RequestTarget } from './request-target.js';
import { matchRoute, type Reply, type Route, type RouteContext } from './router.js';
import { KNOWLEDGE_ROUTES } from './routes-knowledge.js';
import { MULTIDOC_ROUTES } from './routes-multidoc.js';
import { OBJECT_ROUTES } from './routes-objects.js';
import { SCHEMA_ROUTES } from './routes-schema.js';
import { WORKSPACE_ROUTES } from './routes-workspace.js';
import type { EmulatorState } from './state.js';
import { StateStore } from './store.js';
import { createValidator, type DocumentValidator } from './validate.js';
import { serveEndpoint } from './workspace/api-handler.js';
import { apiTarget, type ApiTarget } from './workspace/endpoint-match.js';
import { contentRoutes } from './workspace/content-routes.js';
import { emulatorRoutes, startTaskByName } from './workspace/emulator-routes.js';
import type { JobRecord } from './workspace/job-log.js';
import { TaskScheduler } from './workspace/task-scheduler.js';
import { WorkspaceHost } from './workspace/workspace-host.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly dataDir: string;
  /** The bearer token to accept; a random one when absent. */
  readonly token?: string;
  readonly faults?: FaultOptions;
  /** Base of syntax-error `payload.line/col` (default 0, reference §2.15). */
  readonly positionBase?: 0 | 1;
  /** The parser to validate with; default '@xac/xanoscript-dsl/parser'. */
  readonly parse?: ParseFn;
  readonly canonicalize?: (text: string) => string;
  /** Largest request body accepted; a larger one is 413 before it is read (default 32 MiB). */
  readonly maxBodyBytes?: number;
  /** Time for the workspace's scripts and the task schedule (default: the system clock; tests pass manualClock). */
  readonly clock?: Clock;
  /** How often the task schedule is checked, in ms (default 1000; 0: only when `runDueTasks()` is called). */
  readonly schedulerIntervalMs?: number;
  /** `$env` for the workspace's scripts (a target's environment block), read before `processEnv`. */
  readonly env?: Readonly<Record<string, Value>>;
  /** The environment `$env` falls back to (default: none, so a test never reads the real one). */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
  /** Opens the workspace's database on the first db statement (default: PGlite in memory). */
  readonly openDatabase?: () => Promise<SqlAdapter>;
}

export interface EmulatorHandle {
  /** The instance origin, e.g. `http://127.0.0.1:43121` (clients append `/api:meta`). */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Faults injected so far. */
  readonly faults: Readonly<FaultCounters>;
  /** A deep copy of the state, for tests. */
  snapshot(): EmulatorState;
  /** Issues a token of the auth table, as `security.create_auth_token` does (`$auth` = `{id, …extras}`). */
  issueAuthToken(claims: { table: string; id: Value; extras?: Value; expiration?: number }): string;
  /** What ran in the background (async function.run calls and task runs), oldest first. */
  jobs(): readonly JobRecord[];
  /** Queues the tasks due since the last check (the schedule, on the emulator's clock). */
  runDueTasks(): JobRecord[];
  /** Queues a run of the task `name` now; undefined if no live branch has it. */
  runTask(name: string): JobRecord | undefined;
  /** Loads fixture rows (`{"<table>": [rows…]}`) into the live tables; rows inserted per table. */
  seed(fixtures: unknown): Promise<Record<string, number>>;
  /** Resolves when the background worker has nothing left to run. */
  idle(): Promise<void>;
  /** Waits for the background work, then removes every row of the live tables and restarts their ids. */
  empty(): Promise<void>;
  stop(): Promise<void>;
}

const META_ROUTES: readonly Route[] = [...WORKSPACE_ROUTES, ...OBJECT_ROUTES, ...SCHEMA_ROUTES, ...MULTIDOC_ROUTES, ...KNOWLEDGE_ROUTES];

const errorBody = (code: string, message: string, payload: unknown = null) => ({ code, message, payload });

function send(res: ServerResponse, status: number, reply: Reply): void {
  const isText = reply.text !== undefined;
  const body = isText ? (reply.text ?? '') : JSON.stringify(reply.json ?? null);
  res.writeHead(status, { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' });
  res.end(body);
}

function authorized(req: IncomingMessage, token: string): boolean {
  const got = Buffer.from(req.headers.authorization ?? '');
  const want = Buffer.from(`Bearer ${token}`);
  return got.length === want.length && timingSafeEqual(got, want);
}

async function runHandler(route: Route, ctx: RouteContext): Promise<{ status: number; reply: Reply }> {
  try {
    const reply = await route.handler(ctx);
    return { status: reply.status ?? 200, reply };
  } catch (err) {
    if (err instanceof SyntaxError) return { status: 400, reply: { json: errorBody('ERROR_CODE_BAD_REQUEST', 'Invalid JSON body') } };
    return errorReply(err);
  }
}

interface Server {
  readonly store: StateStore;
  readonly validate: DocumentValidator;
  readonly faults: FaultInjector;
  readonly token: string;
  readonly maxBodyBytes: number;
  readonly routes: readonly Route[];
  readonly host: WorkspaceHost;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rateLimitBody(f: FaultInjector) {
  const rl = f.options.rateLimit;
  const per = rl ? `${rl.max} requests per ${rl.windowMs / 1000} seconds` : 'its request rate';
  return errorBody('ERROR_CODE_TOO_MANY_REQUESTS', `This account is limited to ${per}. Please see https://docs.xano.com/ for plan limits.`);
}

function errorReply(err: unknown): { status: number; reply: Reply } {
  if (err instanceof EmulatorHttpError) return { status: err.status, reply: { json: errorBody(err.code, err.message, err.payload) } };
  return { status: 500, reply: { json: errorBody('ERROR_FATAL', 'Internal emulator error') } };
}

/** 413 with `connection: close`: the rest of an oversized body is never read. */
function refuseBody(res: ServerResponse, limit: number): void {
  res.shouldKeepAlive = false;
  const { status, reply } = errorReply(bodyTooLarge(limit));
  send(res, status, reply);
}

/** Target, size, auth and route are settled before a byte of the body is read. */
function admit(s: Server, req: IncomingMessage): { target: RequestTarget; found: NonNullable<ReturnType<typeof matchRoute>> } {
  const target = parseTarget(req.url ?? '/');
  if (!authorized(req, s.token)) throw new EmulatorHttpError(401, 'ERROR_CODE_UNAUTHORIZED', 'Invalid token.');
  const found = matchRoute(s.routes, req.method ?? 'GET', target.segments);
  if (!found) throw notFound();
  return { target, found };
}

/** A call of one of the workspace's endpoints (workspace/api-handler.ts). */
async function handleApi(s: Server, t: ApiTarget, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: string;
  try {
    body = await readBodyLimited(req, s.maxBodyBytes);
  } catch {
    return refuseBody(res, s.maxBodyBytes);
  }
  const reply = await serveEndpoint(s.host, req, t, body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
  res.end(JSON.stringify(reply.json ?? null));
}

function workspaceApi(req: IncomingMessage): ApiTarget | undefined {
  try {
    return apiTarget(req.url ?? '/');
  } catch {
    return undefined;
  }
}

async function handle(s: Server, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (declaresTooMuch(req, s.maxBodyBytes)) return refuseBody(res, s.maxBodyBytes);
  const api = workspaceApi(req);
  if (api) return handleApi(s, api, req, res);
  let admitted: ReturnType<typeof admit>;
  let body: string;
  try {
    admitted = admit(s, req);
    body = await readBodyLimited(req, s.maxBodyBytes);
  } catch (err) {
    if (err instanceof EmulatorHttpError && err.status === 413) return refuseBody(res, s.maxBodyBytes);
    const { status, reply } = errorReply(err);
    return send(res, status, reply);
  }
  const { target, found } = admitted;
  if (s.faults.delayMs() > 0) await sleep(s.faults.delayMs());
  const fault = s.faults.decide(found.route.write);
  if (fault.rateLimited) return send(res, 429, { json: rateLimitBody(s.faults) });
  if (fault.drop === 'before') return void req.socket.destroy();
  if (fault.fail === 'before') return send(res, 500, { json: errorBody('ERROR_FATAL', 'Injected failure (nothing was changed).') });
  const contentType = req.headers['content-type'] ?? '';
  const ctx: RouteContext = { params: found.params, query: target.query, body, contentType, store: s.store, validate: s.validate };
  const { status, reply } = await runHandler(found.route, ctx);
  const applied = status < 400;
  if (fault.drop === 'after' && applied) return void req.socket.destroy();
  if (fault.fail === 'after' && applied) return send(res, 500, { json: errorBody('ERROR_FATAL', 'Injected failure after the change was applied.') });
  send(res, status, reply);
}

/**
 * Starts the emulator on 127.0.0.1 with its state in `dataDir`.
 * @example const emu = await startEmulator({dataDir: '.xac/emulator'}); … await emu.stop();
 */
export async function startEmulator(o: EmulatorOptions): Promise<EmulatorHandle> {
  const store = await StateStore.open(o.dataDir);
  const parse = o.parse ?? (await loadParse());
  const validate = createValidator({ parse, positionBase: o.positionBase ?? 0, ...(o.canonicalize ? { canonicalize: o.canonicalize } : {}) });
  const clock = o.clock ?? systemClock;
  const host = new WorkspaceHost(store, {
    clock, ...(o.env ? { env: o.env } : {}), ...(o.processEnv ? { processEnv: o.processEnv } : {}), ...(o.openDatabase ? { openDatabase: o.openDatabase } : {}),
  });
  const s: Server = {
    store, validate, faults: new FaultInjector(o.faults), token: o.token ?? randomBytes(24).toString('base64url'),
    maxBodyBytes: o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, routes: [...META_ROUTES, ...contentRoutes(host), ...emulatorRoutes(host)], host,
  };
  const scheduler = new TaskScheduler({ clock, tasks: () => host.live().flatMap((l) => l.tasks), startTask: (t, at) => startTaskByName(host, t.decl.name, at)! });
  scheduler.start(o.schedulerIntervalMs ?? 1000);
  const server = createServer((req, res) => {
    handle(s, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { json: errorBody('ERROR_FATAL', 'Internal emulator error') });
    });
  });
  // Node drops an idle keep-alive connection after 5 s, and a loaded client can reuse it at that very
  // moment (ECONNRESET); idle connections are kept longer than any client here waits between calls.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token: s.token,
    faults: s.faults.counters,
    snapshot: () => store.snapshot(),
    issueAuthToken: (c) => host.auth.issue({ table: c.table, id: c.id, extras: c.extras ?? {}, expiration: c.expiration ?? null }),
    jobs: () => host.jobs.list(),
    runDueTasks: () => scheduler.tick(),
    runTask: (name) => startTaskByName(host, name),
    idle: () => host.worker.idle(),
    empty: () => host.empty(),
    seed: (fixtures) => host.seed(fixtures),
    stop: async () => {
      scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.idle();
      await host.close();
    },
  };
}
