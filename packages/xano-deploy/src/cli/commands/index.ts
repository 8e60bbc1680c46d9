import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerEmulator } from './emulator.js';
import { registerFmt } from './fmt.js';
import { registerImport } from './import.js';
import { registerApply, registerDeploy } from './apply.js';
import { registerPlan } from './plan.js';
import { registerDiff, registerPull } from './pull.js';
import { registerRollback } from './rollback.js';
import { registerLint } from './lint.js';
import { registerRun } from './run.js';
import { registerSeed } from './seed.js';
import { registerStandIns } from './stand-ins.js';
import { registerValidate } from './validate.js';
import { registerTest } from './test.js';
import { registerAlert } from './alert.js';
import { registerHealth } from './health.js';
import { registerReport } from './report.js';

/** Every `xac` sub-command registers itself here (one line each). */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerBuild, registerEmulator, registerImport, registerFmt,
  registerPlan, registerApply, registerDeploy, registerRollback, registerPull, registerDiff, registerLint, registerRun, registerSeed, registerStandIns,
  registerValidate, registerTest, registerAlert, registerHealth, registerReport];
