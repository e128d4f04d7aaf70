/**
 * Recognising a ledger sheet (a transaction export) by its header row: konto, belopp and datum
 * are required; verifikation, leverantör, organisationsnummer, fakturanummer, fakturadatum,
 * attestant, beställare, automatic approval and text are used when present.
 */
import { cellText } from '../recognize/cellKinds';
import { cellAt, type Sheet } from '../model/workbook';
import { compactLabel, hasAny } from '../text/normalize';

export type LedgerRole =
  | 'account'
  | 'amount'
  | 'date'
  | 'verification'
  | 'supplier'
  | 'orgNr'
  | 'invoice'
  | 'invoiceDate'
  | 'attestant'
  | 'orderer'
  | 'autoApproved'
  | 'text';

export type LedgerColumns = Partial<Record<LedgerRole, number>> & { account: number; amount: number; date: number };

export interface LedgerHeader {
  row: number;
  columns: LedgerColumns;
  /** Every non-empty header cell, left to right, with its text as written. */
  cells: Array<{ col: number; text: string }>;
}

/** Exports put a title or a filter description above the header; look this far down. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The role of one header (compact form), tested most specific first: "Automatiskt attesterad"
 * before attestant, "Fakturadatum" before datum, "Leverantörens org.nr" before leverantör.
 */
function roleOf(h: string): LedgerRole | undefined {
  if (h === '') return undefined;
  if (hasAny(h, ['automatisktattest', 'automatiskattest', 'autoattest', 'automatattest'])) return 'autoApproved';
  if (hasAny(h, ['organisationsn', 'orgnr', 'orgnummer'])) return 'orgNr';
  if (hasAny(h, ['fakturadatum', 'fakturadag'])) return 'invoiceDate';
  if (hasAny(h, ['fakturanummer', 'fakturanr', 'fakturaid'])) return 'invoice';
  if (['verifikation', 'verifikationsnummer', 'verifikationsnr', 'vernr', 'ver', 'vernummer', 'verifikat', 'verifikatnr'].includes(h)) return 'verification';
  if (['konto', 'kontonr', 'kontonummer', 'baskonto', 'kto', 'ktonr'].includes(h)) return 'account';
  if (h.startsWith('belopp') || ['nettobelopp', 'bokförtbelopp', 'summa', 'beloppkr'].includes(h)) return 'amount';
  if (h === 'datum' || hasAny(h, ['bokföringsdatum', 'bokfdatum', 'bokföringsdag', 'verifikationsdatum', 'verdatum', 'transaktionsdatum', 'registreringsdatum'])) return 'date';
  if (h.startsWith('leverantör') && !hasAny(h, ['nummer', 'nr', 'id'])) return 'supplier';
  if (['levnamn', 'motpart'].includes(h)) return 'supplier';
  if (hasAny(h, ['attestant', 'attesteradav', 'attesterare', 'beslutsattest'])) return 'attestant';
  if (hasAny(h, ['beställare'])) return 'orderer';
  if (['text', 'beskrivning', 'verifikationstext', 'transaktionstext', 'fakturatext', 'vertext', 'specifikation', 'benämning'].includes(h)) return 'text';
  return undefined;
}

/** The header of a ledger sheet, or undefined when the sheet is not a ledger. */
export function findLedgerHeader(sheet: Sheet): LedgerHeader | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const found: Partial<Record<LedgerRole, number>> = {};
    const cells: LedgerHeader['cells'] = [];
    // Up to the row's last stored cell: a stray value in XFD1 must not cost 16,384 cells a row.
    const last = Math.min(sheet.colCount, sheet.rows[r - 1]?.length ?? 0);
    for (let c = 1; c <= last; c++) {
      const text = cellText(cellAt(sheet, r, c));
      if (text === '') continue;
      cells.push({ col: c, text });
      const role = roleOf(compactLabel(text));
      if (role && found[role] === undefined) found[role] = c;
    }
    // Without a booking date, an invoice date still dates the row.
    if (found.date === undefined && found.invoiceDate !== undefined) found.date = found.invoiceDate;
    const { account, amount, date } = found;
    if (account !== undefined && amount !== undefined && date !== undefined) {
      return { row: r, columns: { ...found, account, amount, date }, cells };
    }
  }
  return undefined;
}

/** The Swedish name of each role, for messages about missing columns. */
export const ROLE_WORD: Record<LedgerRole, string> = {
  account: 'konto',
  amount: 'belopp',
  date: 'datum',
  verification: 'verifikationsnummer',
  supplier: 'leverantör',
  orgNr: 'organisationsnummer',
  invoice: 'fakturanummer',
  invoiceDate: 'fakturadatum',
  attestant: 'attestant',
  orderer: 'beställare',
  autoApproved: 'automatiskt attesterad',
  text: 'text',
};
