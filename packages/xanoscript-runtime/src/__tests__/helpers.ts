import type { RunContext } from '../context.js';
import { functionsOf, parseScript, run, type RunResult } from '../run.js';
import type { Value } from '../values.js';

/** Run the first object of a script, with any other functions of `library` resolvable by name. */
export async function runXs(src: string, input: unknown = {}, ctx: RunContext = {}, library: readonly string[] = []): Promise<RunResult> {
  const [doc] = parseScript(src, 'test.xs');
  const lib = library.flatMap((text, i) => parseScript(text, `lib${i}.xs`).map((document) => ({ document, path: `lib${i}.xs` })));
  return run(doc!, input, { path: 'test.xs', functions: functionsOf(lib), ...ctx });
}

/** A function whose stack is `body` and whose response is `response`. */
export const fn = (body: string, response = '$r', inputs = ''): string =>
  `function "t" {\n  input {\n${inputs}\n  }\n  stack {\n${body}\n  }\n  response = ${response}\n}\n`;

/** The value of one XanoScript expression. */
export async function evalXs(expr: string, ctx: RunContext = {}): Promise<Value> {
  return (await runXs(fn(`    var $r { value = ${expr} }`), {}, ctx)).response;
}
