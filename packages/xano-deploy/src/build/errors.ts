// Why a build wrote nothing. Each problem is one line, positioned at the DSL source (file:line:col);
// the CLI maps both classes to exit 1.

/**
 * DSL mistakes found while loading or compiling the apps.
 * @example throw new BuildError(['apps/a/x.ts:3:5: function name must not be empty']);
 */
export class BuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'BuildError';
  }
}

/**
 * TypeScript errors in the apps, one `file:line:col TS<code> message` line each; nothing was written.
 * @example throw new TypeCheckError(['apps/a/x.ts:4:20 TS2339 Property \'trim\' does not exist on type \'IntExpr\'.']);
 */
export class TypeCheckError extends Error {
  constructor(readonly diagnostics: readonly string[]) {
    super(`${diagnostics.join('\n')}\n${diagnostics.length} type error${diagnostics.length === 1 ? '' : 's'} in the apps; nothing was written`);
    this.name = 'TypeCheckError';
  }
}
