export { splitDocuments, readDocument, DOCUMENT_SEPARATOR, type ReadDocument } from './documents.js';
export { cliPullFiles, type PulledFile, type SkippedDocument } from './cli-pull.js';
export { classifyFile, TREE_LAYOUTS, VSCODE_DEFAULT_PATHS, type TreeLayout } from './classify.js';
export { readWorkspaceTree, listXsFiles, type TreeObject, type TreeProblem, type WorkspaceTree } from './read-tree.js';
export * from './xs-document.js';
export { loadParse, firstError, type ParseFn, type LocalDiagnostic } from './local-parse.js';
export { writeFileAtomic } from './write-file-atomic.js';
