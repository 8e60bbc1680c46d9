import { defineConfig } from 'vitest/config';

// Hooks start emulators and databases: on a loaded 2-core CI machine one took over vitest's default
// 10 s (reset-stuck-fub-jobs' beforeAll, 2026-12-03), so they get a minute everywhere.
const HOOK_TIMEOUT = 60_000;
const pkg = (name: string, dir: string, testTimeout = 10_000) => ({
  test: { name, root: dir, include: ['src/**/*.test.ts'], testTimeout, hookTimeout: HOOK_TIMEOUT },
});

export default defineConfig({
  test: {
    projects: [
      pkg('@xac/xanoscript-dsl', 'packages/xanoscript-dsl', 60_000),
      pkg('@xac/validators', 'packages/validators'),
      pkg('@xac/xanoscript-runtime', 'packages/xanoscript-runtime'),
      pkg('@xac/xano-emulator', 'packages/xano-emulator', 60_000),
      pkg('@xac/xano-deploy', 'packages/xano-deploy', 60_000),
      { test: { name: 'apps', root: '.', include: ['apps/*/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: HOOK_TIMEOUT } },
    ],
  },
});
