// Per-record randomness for the stand-ins: record i of a collection is generated from its own seed
// (seed, collection, i), so any page is computed on demand, in any order, with nothing stored.
import { rng } from '@xac/xanoscript-dsl/parser';

/** A deterministic draw source for one record. */
export interface Draw {
  /** 0 ≤ n < 1. */
  next(): number;
  /** An integer from lo to hi inclusive. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** A v4-shaped uuid. */
  uuid(): string;
  /** An ISO timestamp within `days` before the stand-ins' fixed epoch. */
  isoBefore(days: number): string;
}

/** The stand-ins' fixed "now" (2026-01-26, the seed report's date): nothing depends on the clock. */
export const STAND_IN_EPOCH = Date.UTC(2026, 0, 26);

const hashName = (name: string): number => {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
};

const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0').slice(-width);

/**
 * The draws of record `index` of `collection` under `seed`.
 * @example drawFor(1, 'people', 0).int(1, 6) // the same number on every run
 */
export function drawFor(seed: number, collection: string, index: number): Draw {
  const next = rng((Math.imul(seed >>> 0, 2654435761) ^ hashName(collection) ^ Math.imul(index + 1, 40503)) >>> 0);
  next();
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    uuid: () =>
      `${hex(next() * 2 ** 32, 8)}-${hex(next() * 2 ** 16, 4)}-4${hex(next() * 2 ** 12, 3)}-${hex(0x8000 + next() * 0x3fff, 4)}-${hex(next() * 2 ** 24, 6)}${hex(next() * 2 ** 24, 6)}`,
    isoBefore: (days) => new Date(STAND_IN_EPOCH - Math.floor(next() * days * 86_400_000)).toISOString(),
  };
}
