// Runs the deployed tasks on their schedule while the emulator runs. Time comes from the emulator's
// clock: `tick()` runs every task with an occurrence since the last tick (once, however many were
// missed); the emulator calls it every `intervalMs`, tests call it after moving a manual clock.
import type { Clock } from '@xac/xanoscript-runtime';
import type { JobRecord } from './job-log.js';
import type { TaskEntry } from './live-workspace.js';
import { isDue, scheduleOf } from './schedule.js';

export interface SchedulerHost {
  readonly clock: Clock;
  tasks(): readonly TaskEntry[];
  /** Queues a task run on the background worker. */
  startTask(entry: TaskEntry, at: string): JobRecord;
}

export class TaskScheduler {
  private last: number;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly host: SchedulerHost) {
    this.last = host.clock.now();
  }

  /**
   * Queues every task due since the previous tick; the records of the runs it started.
   * @example clock.sleep(3_600_000); const runs = scheduler.tick();
   */
  tick(): JobRecord[] {
    const now = this.host.clock.now();
    const after = this.last;
    this.last = now;
    return this.host.tasks()
      .filter((t) => scheduleOf(t.decl).some((e) => isDue(e, after, now)))
      .map((t) => this.host.startTask(t, 'schedule'));
  }

  /** Ticks every `intervalMs` (0: never; tests tick by hand). */
  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
