/** The ledger sheet to control: the one asked for by name, or else the first sheet that reads as a ledger. */
import type { Sheet, Workbook } from '../model/workbook';
import { findLedgerHeader } from './ledgerColumns';

export type LedgerSheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string };

export function findLedgerSheet(workbook: Workbook, name?: string): LedgerSheetResult {
  if (name !== undefined) {
    const wanted = name.trim().toLowerCase();
    const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (sheet) return { ok: true, sheet };
    return { ok: false, message: `Bladet ${name} finns inte. Blad i arbetsboken: ${workbook.sheets.map((s) => s.name).join(', ')}.` };
  }
  const sheet = workbook.sheets.find((s) => !s.hidden && findLedgerHeader(s) !== undefined);
  if (sheet) return { ok: true, sheet };
  return { ok: false, message: 'Hittar ingen huvudbok i arbetsboken (ett blad med rubrikerna konto, belopp och datum). Ange bladet.' };
}

/** The visible sheets that read as ledgers, in workbook order (the pane's sheet picker). */
export function ledgerSheetNames(workbook: Workbook): string[] {
  return workbook.sheets.filter((s) => !s.hidden && findLedgerHeader(s) !== undefined).map((s) => s.name);
}
