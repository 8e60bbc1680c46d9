// What the emulator ran in the background: async `function.run` calls and task runs, each with its
// result or error (visible at `GET /api:meta/emulator/jobs`).
import type { Value } from '@xac/xanoscript-runtime';

export interface JobRecord {
  readonly id: number;
  readonly kind: 'async' | 'task';
  /** The function (async) or task name. */
  readonly name: string;
  /** Where the async call sits, or `schedule` / `on demand` for a task. */
  readonly at: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  readonly queuedAt: number;
  startedAt?: number;
  finishedAt?: number;
  result?: Value;
  error?: { readonly name: string; readonly message: string; readonly status: number };
}

/** Jobs in order; the last `limit` are kept. */
export class JobLog {
  private readonly jobs: JobRecord[] = [];
  private nextId = 1;
  constructor(private readonly limit = 1000) {}

  add(kind: JobRecord['kind'], name: string, at: string, now: number): JobRecord {
    const job: JobRecord = { id: this.nextId++, kind, name, at, status: 'queued', queuedAt: now };
    this.jobs.push(job);
    if (this.jobs.length > this.limit) this.jobs.shift();
    return job;
  }

  list(): readonly JobRecord[] {
    return this.jobs.map((j) => ({ ...j }));
  }
}
