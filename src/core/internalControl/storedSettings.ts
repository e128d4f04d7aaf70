/**
 * The risk matrix's scale and bands as the pane saves them in the workbook (store key
 * "internalControl"), so every host — the pane, the stand-alone page and `periodkoll check` —
 * colours the same plan the same way. Settings given explicitly win over the stored ones.
 */
import type { InternalControlSettings, ValidationSettings } from '../engine/settings';
import type { Workbook } from '../model/workbook';

export const IC_STORE_KEY = 'internalControl';

/** The stored JSON; anything unreadable counts as nothing stored (the defaults apply). */
export function storedIcSettings(json: string | undefined): InternalControlSettings {
  if (json === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { scale, bands } = parsed as InternalControlSettings;
    return { ...(scale !== undefined ? { scale } : {}), ...(bands !== undefined ? { bands } : {}) };
  } catch {
    return {};
  }
}

export function withStoredIcSettings(workbook: Workbook, settings: ValidationSettings): ValidationSettings {
  const stored = storedIcSettings(workbook.store?.[IC_STORE_KEY]);
  if (Object.keys(stored).length === 0) return settings;
  return { ...settings, internalControl: { ...stored, ...settings.internalControl } };
}
