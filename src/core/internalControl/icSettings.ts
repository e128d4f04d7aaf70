import type { InternalControlSettings } from '../engine/settings';
import type { RiskBands } from './types';

/** Settings with every default filled in and every value checked. */
export interface ResolvedIcSettings {
  scale: number;
  bands: RiskBands;
  asOf?: string;
  maxOngoingFollowUps: number;
}

/** DOMAIN §3.8: 4 × 4, green 1–3, yellow 4–8, red 9–16. */
export const DEFAULT_SCALE = 4;
export const DEFAULT_BANDS: RiskBands = { green: [1, 3], yellow: [4, 8], red: [9, 16] };
export const DEFAULT_MAX_ONGOING_FOLLOW_UPS = 2;
const MAX_SCALE = 10;

/**
 * Settings come from the workbook, the pane or the command line; a value that makes no sense
 * falls back to its default rather than stopping the check. A scale given without bands keeps
 * the default green and yellow bands and lets red reach the top of the larger matrix.
 */
export function resolveIcSettings(s: InternalControlSettings = {}): ResolvedIcSettings {
  const scale = Number.isInteger(s.scale) && s.scale! >= 2 && s.scale! <= MAX_SCALE ? s.scale! : DEFAULT_SCALE;
  const bands = validBands(s.bands) ? copyBands(s.bands) : scaledDefaultBands(scale);
  const max = s.maxOngoingFollowUps;
  return {
    scale,
    bands,
    ...(isIsoDate(s.asOf) ? { asOf: s.asOf } : {}),
    maxOngoingFollowUps: Number.isInteger(max) && max! >= 0 ? max! : DEFAULT_MAX_ONGOING_FOLLOW_UPS,
  };
}

function scaledDefaultBands(scale: number): RiskBands {
  const top = Math.max(scale * scale, DEFAULT_BANDS.red[0]);
  return { green: [...DEFAULT_BANDS.green], yellow: [...DEFAULT_BANDS.yellow], red: [DEFAULT_BANDS.red[0], top] };
}

function copyBands(b: RiskBands): RiskBands {
  return { green: [b.green[0], b.green[1]], yellow: [b.yellow[0], b.yellow[1]], red: [b.red[0], b.red[1]] };
}

function validBands(b: unknown): b is RiskBands {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Record<string, unknown>;
  return ['green', 'yellow', 'red'].every((k) => {
    const v = o[k];
    return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) && v[0] <= v[1];
  });
}

/** "2025-08-15" that is a real calendar date. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
