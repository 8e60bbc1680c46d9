// Configuration mistakes: xac.config.ts, the XANO_* variables and the target flags. The CLI maps
// ConfigError to exit 2; its message names the file position or the variable to check.

/**
 * A configuration value is missing, malformed or refused.
 * @example throw new ConfigError('XANO_WORKSPACE_ID must be a positive integer, got "abc"');
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
