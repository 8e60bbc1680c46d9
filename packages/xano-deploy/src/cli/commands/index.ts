import type { Command } from 'commander';
import { registerBuild } from './build.js';

/** Every `xac` sub-command registers itself here (one line each). */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerBuild];
