export { startEmulator, type EmulatorHandle, type EmulatorOptions } from './server.js';
export { FaultInjector, parseRateLimit, type FaultOptions, type FaultSchedule, type FaultCounters } from './faults.js';
export { StateStore, StateFileError } from './store.js';
export type { EmulatorState, StoredObject, StoredBranch, StoredWorkspace, ObjectType } from './state.js';
export { ensureEmulatorToken, type EmulatorToken } from './token.js';
