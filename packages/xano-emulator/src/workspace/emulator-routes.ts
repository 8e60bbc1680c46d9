// Meta-API-authenticated routes of the emulator itself (not Xano's): what ran in the background and
// a task run on demand, a table's rows. `GET /api:meta/emulator/jobs`,
// `POST /api:meta/emulator/task/{name}/run`, `GET /api:meta/emulator/table/{name}/rows`.
import { UnknownTableError } from '@xac/xanoscript-runtime';
import { notFound } from '../http-error.js';
import { route, type Route } from '../router.js';
import type { WorkspaceHost } from './workspace-host.js';

/**
 * Runs the task `name` of a live branch now (queued on the background worker); undefined if no
 * live branch has it.
 */
export function startTaskByName(host: WorkspaceHost, name: string, at = 'on demand') {
  for (const live of host.live()) {
    const entry = live.tasks.find((t) => t.decl.name === name);
    if (entry) return host.startTask(live, entry, at);
  }
  return undefined;
}

export function emulatorRoutes(host: WorkspaceHost): Route[] {
  return [
    route('GET', '/emulator/jobs', () => ({ json: host.jobs.list() })),
    route('GET', '/emulator/table/:name/rows', async (c) => {
      try {
        return { json: await host.rows(c.params.name ?? '') };
      } catch (err) {
        if (err instanceof UnknownTableError) throw notFound();
        throw err;
      }
    }),
    route('POST', '/emulator/task/:name/run', async (c) => {
      const job = startTaskByName(host, c.params.name ?? '');
      if (!job) throw notFound();
      if (c.query.get('wait') === 'true') await host.worker.idle();
      return { json: { ...job } };
    }),
  ];
}
