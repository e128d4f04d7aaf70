/**
 * The risk matrix's settings as the tab edits them (scale 4 or 5, a riskvärde interval per colour)
 * and as they are kept in the workbook: JSON under the store key "internalControl".
 */
import { resolveIcSettings } from '../../core/internalControl/icSettings';
import { IC_STORE_KEY, storedIcSettings } from '../../core/internalControl/storedSettings';
import type { RiskBand, RiskBands } from '../../core/internalControl/types';

export const STORE_KEY = IC_STORE_KEY;
export const SCALES = [4, 5] as const;
export const BAND_ORDER: RiskBand[] = ['green', 'yellow', 'red'];

export interface RiskSettings {
  scale: number;
  bands: RiskBands;
}

/** What the form holds: the bands as typed. */
export interface RiskSettingsDraft {
  scale: number;
  bands: Record<RiskBand, [string, string]>;
}

export type ParsedDraft = { ok: true; settings: RiskSettings } | { ok: false; message: string };

const BAND_TITLE: Record<RiskBand, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd' };

/** The stored JSON read back; anything unreadable gives the defaults (a 4 × 4 matrix). */
export function settingsFromStore(json: string | undefined): RiskSettings {
  // A damaged value counts as nothing stored and is replaced on the next save.
  const { scale, bands } = resolveIcSettings(storedIcSettings(json));
  return { scale, bands };
}

export function storeText(settings: RiskSettings): string {
  return JSON.stringify({ scale: settings.scale, bands: settings.bands });
}

export function draftOf(settings: RiskSettings): RiskSettingsDraft {
  const b = settings.bands;
  const pair = (band: RiskBand): [string, string] => [String(b[band][0]), String(b[band][1])];
  return { scale: settings.scale, bands: { green: pair('green'), yellow: pair('yellow'), red: pair('red') } };
}

/** A new scale keeps the user's bands but lets red reach the top of the new matrix. */
export function withScale(draft: RiskSettingsDraft, scale: number): RiskSettingsDraft {
  return { scale, bands: { ...draft.bands, red: [draft.bands.red[0], String(scale * scale)] } };
}

/** Whole riskvärden 1 … scale², each interval from ≤ to; a Swedish message otherwise. */
export function parseDraft(draft: RiskSettingsDraft): ParsedDraft {
  const top = draft.scale * draft.scale;
  const bands = {} as RiskBands;
  for (const band of BAND_ORDER) {
    const [from, to] = draft.bands[band].map((t) => Number(t.trim()));
    const name = `${BAND_TITLE[band]} riskvärde`;
    if (![from, to].every((v) => Number.isInteger(v) && v >= 1 && v <= top)) {
      return { ok: false, message: `${name}: ange heltal från 1 till ${top} (${draft.scale} × ${draft.scale}).` };
    }
    if (from > to) return { ok: false, message: `${name}: intervallet slutar (${to}) före det börjar (${from}).` };
    bands[band] = [from, to];
  }
  return { ok: true, settings: { scale: draft.scale, bands } };
}

export function bandTitle(band: RiskBand): string {
  return BAND_TITLE[band];
}
