// State on disk: one JSON file replaced by atomic rename (write tmp + fsync + rename + fsync dir), so a
// kill at any instant leaves either the old or the new state, never a torn file. Transactions are
// serialized: each one works on a copy, is persisted, and only then becomes the live state.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@xac/xanoscript-dsl/layout';
import { initialState, type EmulatorState } from './state.js';

const STATE_FILE = 'state.json';

/** The state file is unreadable: it was not written by the emulator (atomic writes never tear). */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

/**
 * The emulator's persistent state.
 * @example const store = await StateStore.open('.xac/emulator'); await store.transaction((s) => { s.nextId += 1; });
 */
export class StateStore {
  private current: EmulatorState;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dataDir: string,
    state: EmulatorState,
  ) {
    this.current = state;
  }

  /** Loads the state from `dataDir` (creating it), removing temp files a kill left behind. */
  static async open(dataDir: string): Promise<StateStore> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    for (const f of await readdir(dataDir)) if (f.startsWith(`${STATE_FILE}.tmp-`)) await rm(join(dataDir, f), { force: true });
    const file = join(dataDir, STATE_FILE);
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text === undefined) return new StateStore(dataDir, initialState());
    try {
      return new StateStore(dataDir, JSON.parse(text) as EmulatorState);
    } catch {
      throw new StateFileError(`${file} is not valid JSON; move it away to start from an empty emulator`);
    }
  }

  /** The live state; treat it as read-only. */
  get state(): EmulatorState {
    return this.current;
  }

  /** A deep copy, for tests. */
  snapshot(): EmulatorState {
    return structuredClone(this.current);
  }

  /**
   * Runs `change` on a copy; if it returns without throwing, persists the copy and makes it live.
   * A throw changes nothing (all-or-nothing).
   */
  transaction<T>(change: (draft: EmulatorState) => T): Promise<T> {
    const run = async (): Promise<T> => {
      const draft = structuredClone(this.current);
      const result = change(draft);
      await writeFileAtomic(join(this.dataDir, STATE_FILE), `${JSON.stringify(draft)}\n`);
      this.current = draft;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every queued transaction has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }
}
