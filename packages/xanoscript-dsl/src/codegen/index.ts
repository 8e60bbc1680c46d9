export { generateModules, type ImportSource, type ImportedModule, type GenerateOptions } from './import.js';
