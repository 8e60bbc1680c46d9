// The emulator's background worker: `function.run … { async = true }` returns at once and the call
// runs here, one job after another, off the request that started it (working.md "Async (fire and
// forget)"; the seed's Lambda coordinator must not block its HTTP caller, domain.md §2 step 4).
import { XanoRuntimeError, type Clock, type Value } from '@xac/xanoscript-runtime';
import type { JobLog, JobRecord } from './job-log.js';

/** A unit of background work: runs to its end and gives its result. */
export type Work = () => Promise<Value>;

export class BackgroundWorker {
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  constructor(private readonly log: JobLog, private readonly clock: Clock) {}

  /**
   * Queues `work` and returns its record at once; the record fills in as the work runs.
   * @example const job = worker.submit('async', 'sync_people', 'api/x.xs:4:5', () => run(...));
   */
  submit(kind: JobRecord['kind'], name: string, at: string, work: Work): JobRecord {
    const job = this.log.add(kind, name, at, this.clock.now());
    this.pending++;
    this.queue = this.queue.then(() => this.execute(job, work)).finally(() => void this.pending--);
    return job;
  }

  private async execute(job: JobRecord, work: Work): Promise<void> {
    job.status = 'running';
    job.startedAt = this.clock.now();
    try {
      job.result = await work();
      job.status = 'done';
    } catch (err) {
      job.status = 'failed';
      job.error = err instanceof XanoRuntimeError
        ? { name: err.name, message: err.message, status: err.status }
        : { name: 'InternalError', message: err instanceof Error ? err.message : String(err), status: 500 };
    } finally {
      job.finishedAt = this.clock.now();
    }
  }

  /** Jobs queued or running. */
  get busy(): number {
    return this.pending;
  }

  /** Resolves when every job queued so far has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }
}
