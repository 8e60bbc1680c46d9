export { defineConfig, configSchema, type XacConfig, type XacConfigInput, type Target } from './schema.js';
export { loadConfig, findProjectRoot, locateKeyPath, CONFIG_FILE } from './load.js';
export { resolveTarget, type ResolvedTarget, type TargetFlags } from './target.js';
export { ConfigError } from './errors.js';
export { checkToken, MIN_TOKEN_LENGTH } from './token.js';
export { checkInstanceUrl } from './instance-url.js';
