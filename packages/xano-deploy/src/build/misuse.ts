// A DSL body that throws something other than a DslError while it is being built: almost always a
// value read past the DSL's types (a cast, `as any`): `open.data.x` on a function.run result, a
// column removed from its table. It is the user's mistake, so it is reported at their line — the
// first stack frame inside an app (tsx maps frames to the .ts source) — or else at the definition.
import { relative, sep } from 'node:path';
import { formatOrigin, type Origin } from '@xac/xanoscript-dsl/dsl';

const FRAME = /\(?((?:file:\/\/)?\/[^\s()]+?):(\d+):(\d+)\)?$/;

/** The first stack frame of `err` inside one of the app folders, as `apps/a/x.ts:6:29`. */
export function userFrame(err: unknown, root: string, appDirs: readonly string[]): string | undefined {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME.exec(line.trim());
    if (!m?.[1]) continue;
    const file = m[1].replace(/^file:\/\//, '');
    if (file.includes(`${sep}node_modules${sep}`) || !appDirs.some((a) => file.startsWith(a + sep))) continue;
    return `${relative(root, file).split(sep).join('/')}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

const HINT =
  'a value was read past the DSL\'s types (a cast or `as any`?): results of function.run, api.request and ' +
  'untyped JSON are read with .get("key", default), and rows only have the columns their table declares';

/**
 * The one-line, positioned message for an unexpected error thrown while building `what`.
 * @example misuseMessage(new TypeError("Cannot read properties of undefined (reading 'x')"), root, apps, origin, 'function "F"')
 */
export function misuseMessage(err: unknown, root: string, appDirs: readonly string[], origin: Origin | undefined, what: string): string {
  const msg = err instanceof Error ? err.message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ') : String(err);
  const frame = userFrame(err, root, appDirs);
  const where = frame ?? formatOrigin(origin, root);
  const inside = frame === undefined ? ' (raised inside the DSL: if the code is valid, this is a bug in xac; please report it)' : '';
  return `${where}: building ${what} failed: ${msg}; ${HINT}${inside}`;
}
