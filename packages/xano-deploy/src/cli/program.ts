import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { createRedactor, MIN_SECRET_LENGTH } from '../client/redact.js';
import { COMMANDS } from './commands/index.js';
import { mapError } from './error-map.js';
import { EXIT, InternalError } from './errors.js';

/** The version of this package (`xac --version`). */
export function xacVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Builds the `xac` command tree. */
export function createProgram(): Command {
  const program = new Command('xac')
    .description('Keep a Xano workspace as code: build, format, lint, plan and deploy XanoScript.')
    .version(xacVersion(), '-V, --version', 'print the xac version')
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
    const code = reportError(err);
    // Under --detailed-exitcode 2 means "changes" (as in Terraform), so every error is 1.
    return argv.includes('--detailed-exitcode') && code !== EXIT.ok ? EXIT.findings : code;
  }
}

/** Whatever reaches the terminal is scrubbed of the token, even when a library forgot to. */
function redactEnvToken(text: string): string {
  const token = process.env['XANO_TOKEN'];
  return token !== undefined && token.length >= MIN_SECRET_LENGTH ? createRedactor([token])(text) : text;
}

function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  const mapped = mapError(err);
  if (mapped) {
    process.stderr.write(redactEnvToken(`error: ${mapped.message}\n`));
    return mapped.exit;
  }
  const detail = err instanceof InternalError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(redactEnvToken(`internal error: ${detail}\nThis is a bug in xac; please report it with the command you ran.\n`));
  return EXIT.internal;
}
