/**
 * A parsed SIE file as a ledger sheet, one row per #TRANS under the header words the column
 * mapper knows. SIE has no supplier or invoice field: a verification with a "Faktura …" text on
 * one of its transactions is a supplier invoice, its #VER text names the leverantör and that text
 * gives the fakturanummer. Problem lines become rows with the line in Text and no konto, so the
 * ledger reader lists them as unreadable.
 */
import type { Cell, Sheet } from '../../model/workbook';
import { sheetFromGrid } from '../../model/workbook';
import type { SieFile, SieTrans, SieVer } from './sieParse';

export const SIE_COLUMNS = ['Verifikationsnummer', 'Datum', 'Konto', 'Kontonamn', 'Belopp', 'Leverantör', 'Fakturanummer', 'Text'] as const;

/** "Faktura 2025-00123", "Fakturanr: 123", "faktura nr 45". */
const INVOICE_TEXT = /^\s*faktura(?:\s*nr|nummer)?[\s.:#]+(\S.*?)\s*$/i;
/** SIE amounts: a point for decimals, a minus in front. */
const SIE_AMOUNT = /^-?\d+(?:\.\d+)?$/;

export function invoiceFromText(text: string): string | undefined {
  return INVOICE_TEXT.exec(text)?.[1];
}

/** The leverantör and fakturanummer of a verification, when it is a supplier invoice. */
export function supplierInvoice(ver: SieVer): { supplier: string; invoice: string } | undefined {
  for (const t of ver.trans) {
    const invoice = invoiceFromText(t.text);
    if (invoice !== undefined && ver.text.trim() !== '') return { supplier: ver.text.trim(), invoice };
  }
  return undefined;
}

/**
 * The payable side (class 2, e.g. leverantörsskulder 2440) carries no leverantör: it mirrors the
 * cost lines, and naming the supplier there too would report every double payment twice.
 */
const isLiability = (account: string) => account.startsWith('2');

export function sieSheet(name: string, sie: SieFile): Sheet {
  const text = (v: string): Cell => (v === '' ? { value: null, type: 'empty' } : { value: v, type: 'text' });
  const grid: Cell[][] = [SIE_COLUMNS.map((c) => text(c))];
  for (const ver of sie.vers) {
    const party = supplierInvoice(ver);
    const verification = ver.series + ver.number;
    for (const t of ver.trans) grid.push(transRow(ver, t, verification, party && !isLiability(t.account) ? party : undefined, sie.accounts, text));
  }
  for (const p of sie.problems) {
    grid.push(SIE_COLUMNS.map((c) => (c === 'Text' ? text(`rad ${p.line}: ${p.reason}${p.text ? ` (${p.text})` : ''}`) : text(''))));
  }
  return sheetFromGrid(name, grid);
}

function transRow(
  ver: SieVer,
  t: SieTrans,
  verification: string,
  party: { supplier: string; invoice: string } | undefined,
  accounts: Map<string, string>,
  text: (v: string) => Cell,
): Cell[] {
  // An amount that is not SIE's number form stays text, so the reader reports it with the line.
  const amount: Cell = SIE_AMOUNT.test(t.amount) ? { value: Number(t.amount), type: 'number' } : text(t.amount);
  const values: Record<(typeof SIE_COLUMNS)[number], Cell> = {
    Verifikationsnummer: text(verification),
    Datum: text(t.date || ver.date),
    Konto: text(t.account),
    Kontonamn: text(accounts.get(t.account) ?? ''),
    Belopp: amount,
    Leverantör: text(party?.supplier ?? ''),
    Fakturanummer: text(party?.invoice ?? ''),
    Text: text(t.text || ver.text),
  };
  return SIE_COLUMNS.map((c) => values[c]);
}
