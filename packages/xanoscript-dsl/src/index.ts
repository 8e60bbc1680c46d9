export * from './ast/index.js';
export * from './printer/index.js';
