import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT, InternalError, UserError } from './errors.js';

/** Builds the `xac` command tree. */
export function createProgram(): Command {
  const program = new Command('xac')
    .description('Keep a Xano workspace as code: build, format, lint, plan and deploy XanoScript.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  return program;
}

/**
 * Runs `xac` with the given arguments and returns the exit code; the single top-level catch.
 * @example process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    return reportError(err);
  }
}

function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof UserError) {
    process.stderr.write(`error: ${err.message}\n`);
    return err.exitCode;
  }
  const detail = err instanceof InternalError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`internal error: ${detail}\nThis is a bug in xac; please report it with the command you ran.\n`);
  return EXIT.internal;
}
