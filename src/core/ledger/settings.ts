/**
 * Settings of the control steps on a ledger, with defaults for a Swedish kommun or region
 * (Kommun-Bas / Regions-Bas: class 1 balance accounts, 11–12 anläggningstillgångar; classes 4–7
 * verksamhetens kostnader).
 */
import { accountSet, type AccountSet } from './accountSet';

/**
 * Prisbasbelopp per year (kronor), fixed each autumn by the government's "Förordning om
 * prisbasbelopp och förhöjt prisbasbelopp för år …" (for 2026 SFS 2025:872: 59 200 kr); the
 * series 2023–2026 as tabulated on basbelopp.se. Add a year here or pass `prisbasbelopp`.
 */
export const PRISBASBELOPP: Readonly<Record<number, number>> = Object.freeze({
  2023: 52_500,
  2024: 57_300,
  2025: 58_800,
  2026: 59_200,
});

export interface LedgerSettings {
  /** Same leverantör and belopp within this many days counts as a possible double payment. */
  duplicateDays: number;
  /** Automatically approved invoices above this amount (kr) are listed. */
  autoThreshold: number;
  /** A beställare's or leverantör's automatically approved sum changing by this factor (up or down) is listed. */
  changeFactor: number;
  /** Capitalisation threshold (kr) for every year; absent: half the year's prisbasbelopp. */
  capitalisation?: number;
  prisbasbelopp: Readonly<Record<number, number>>;
  operatingAccounts: AccountSet;
  investmentAccounts: AccountSet;
  /** Sheet or defined name with the avtalsleverantörer; absent: a sheet or name called Avtalsleverantörer, if any. */
  avtal?: string;
}

export const DEFAULT_LEDGER_SETTINGS: Readonly<LedgerSettings> = Object.freeze({
  duplicateDays: 30,
  autoThreshold: 10_000,
  changeFactor: 2,
  prisbasbelopp: PRISBASBELOPP,
  operatingAccounts: accountSet('4000-7999'),
  investmentAccounts: accountSet('1100-1299'),
});

export function ledgerSettings(overrides: Partial<LedgerSettings> = {}): LedgerSettings {
  const out: LedgerSettings = { ...DEFAULT_LEDGER_SETTINGS };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * The capitalisation threshold of a year: the setting, else half the prisbasbelopp of that year
 * (or of the nearest year in the table, which the summary states).
 */
export function capitalisationThreshold(settings: LedgerSettings, year: number): { amount: number; basis: string } {
  if (settings.capitalisation !== undefined) return { amount: settings.capitalisation, basis: 'angiven gräns' };
  const years = Object.keys(settings.prisbasbelopp).map(Number).sort((a, b) => a - b);
  const known = years.includes(year) ? year : (years.filter((y) => y < year).pop() ?? years[0]);
  const amount = settings.prisbasbelopp[known] / 2;
  return { amount, basis: known === year ? `halva prisbasbeloppet ${year}` : `halva prisbasbeloppet ${known} (${year} saknas i tabellen)` };
}
