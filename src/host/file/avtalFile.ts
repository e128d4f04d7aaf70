/**
 * The avtalsleverantörer list as a file of its own (.xlsx or .csv, one leverantör per row,
 * org.nr optional) — for ledgers from CSV or SIE, which have no sheet to hold it.
 */
import { csvSheet, decodeExportText, findAvtalList, readAvtalSheet, sniffLedgerFile, type PartyListResult } from '../../core/ledger';
import { readWorkbookBuffer } from './readWorkbookBuffer';
import { isWorkbookReadError } from './WorkbookReadError';

/** A name that stands for a file rather than a sheet. */
export function isAvtalFileName(name: string): boolean {
  return /\.(xlsx|xlsm|csv|txt)$/i.test(name.trim());
}

export async function readAvtalFile(bytes: Uint8Array, name: string): Promise<PartyListResult> {
  const source = `filen ${name}`;
  const kind = sniffLedgerFile(bytes);
  if (kind === 'csv') return readAvtalSheet(csvSheet('Avtalsleverantörer', decodeExportText(bytes).text), source);
  if (kind !== 'workbook') return { ok: false, reason: `${name}: avtalslistan ska vara en .xlsx- eller .csv-fil med en leverantör per rad.` };
  try {
    const workbook = await readWorkbookBuffer(bytes, name);
    // A sheet called Avtalsleverantörer if there is one, else the first visible sheet.
    const named = findAvtalList(workbook);
    if (named.ok) return { ok: true, list: { ...named.list, source: `${source}, ${named.list.source}` } };
    const sheet = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
    return readAvtalSheet(sheet, source);
  } catch (e) {
    if (!isWorkbookReadError(e)) throw e;
    return { ok: false, reason: `${name}: ${e.message}` };
  }
}
