export { generateModules, type ImportSource, type ImportedModule } from './import.js';
