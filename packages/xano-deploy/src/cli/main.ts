#!/usr/bin/env node
// A working directory deleted under the shell (a removed checkout, a cleaned temp folder) would
// otherwise fail inside the TypeScript loader as it loads: say so first, then load the CLI.
let cwdExists = true;
try {
  process.cwd();
} catch {
  cwdExists = false;
  process.stderr.write('error: the current directory no longer exists; cd into the project again\n');
}
process.exitCode = cwdExists ? await (await import('./program.js')).runCli(process.argv.slice(2)) : 2;
