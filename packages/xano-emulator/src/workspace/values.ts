// The runtime's values as the emulator passes them on.
import type { Value } from '@xac/xanoscript-runtime';

export type AuthValue = { [key: string]: Value };

export const isObjectValue = (v: Value | undefined): v is AuthValue => typeof v === 'object' && v !== null && !Array.isArray(v);
