export { compileApps, compileDefinition, loadDefinitions, checkIdentities, type CompiledObject } from './compile.js';
export { findApps, findSources, listFiles } from './discover.js';
export { expectedFiles, syncFolder, SOURCEMAP_FILE, type AppSourceMap, type SyncReport } from './write.js';
export { buildProject, type BuildResult } from './build.js';
export { BuildError, TypeCheckError } from './errors.js';
export { typecheckApps, TYPECHECK_CACHE } from './typecheck.js';
