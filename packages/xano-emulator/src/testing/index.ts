export { startEmulatorHarness, pushDocuments, tempDir, fx, type EmulatorHarness } from './harness.js';
export { kx } from './kind-docs.js';
