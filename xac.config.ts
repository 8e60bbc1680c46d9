// xano-as-code configuration (DESIGN "Configuration"). Secrets are never written here: the deploy
// token comes only from the XANO_TOKEN environment variable.
import { defineConfig } from '@xac/xano-deploy/config';

export default defineConfig({
  // With no target selected (and no XANO_INSTANCE_URL), commands use the embedded local emulator.
  targets: {
    v2: { instanceUrl: 'https://x2nu-xcjc-vhax.agentdashboards.xano.io', workspaceId: 5, branch: 'v1' },
  },
  apiGroups: {
    'Migration: V1 to V2': { canonical: 'Lrekz_3S' },
  },
  lint: { rules: {} },
  validation: { tables: 100, endpoints: 96, dailySync: 90, workers: 95 },
  alerts: {
    stagingBacklog: { warning: 1000, critical: 5000 },
    syncFailureRate: { warning: 0.1, critical: 0.3 },
    syncAgeHours: { warning: 24, critical: 72 },
    stuckJobHours: { warning: 4, critical: 24 },
  },
});
