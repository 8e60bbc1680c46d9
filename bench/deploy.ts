// Deploy: plan + apply of a 500-object workspace with ONE changed object sends exactly one write
// (requests counted at the embedded emulator; a dry-run is not a write), vs pushing every object.
import { runDeployBench } from '@xac/xano-deploy';

/** Figures for bench/run.ts. */
export async function benchDeploy(): Promise<Record<string, unknown>> {
  const f = await runDeployBench(500);
  if (f.oneChange.transaction.writes !== 1 || f.oneChange.objects.writes !== 1) {
    throw new Error(`one changed object sent ${f.oneChange.transaction.writes} (transaction) / ${f.oneChange.objects.writes} (per object) writes, expected 1`);
  }
  return { ...f };
}
