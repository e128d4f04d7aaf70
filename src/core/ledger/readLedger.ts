/**
 * A ledger sheet -> its transactions. Every row below the header with any content either becomes
 * an entry or is listed as unreadable with the reason, so nothing disappears without a word.
 */
import { cellText } from '../recognize/cellKinds';
import { EMPTY_CELL, type Cell, type DateSystem, type Sheet } from '../model/workbook';
import { memoized } from './memo';
import { cellAmount } from './ledgerAmount';
import { findLedgerHeader, type LedgerColumns, type LedgerHeader } from './ledgerColumns';
import { cellDate, civilFromDay } from '../model/excelDate';
import { isAutoApproved } from './autoApprovedValue';

export interface LedgerEntry {
  /** Sheet row number (1-based), what findings and the stickprov point back to. */
  row: number;
  /** Account digits, e.g. "4611". */
  account: string;
  amount: number;
  /** Booking date as a whole-day number (the serial in the 1900 date system, see excelDate), and its year. */
  day: number;
  year: number;
  verification: string | undefined;
  supplier: string | undefined;
  orgNr: string | undefined;
  invoice: string | undefined;
  attestant: string | undefined;
  orderer: string | undefined;
  autoApproved: boolean;
  text: string | undefined;
}

export interface UnreadableRow {
  row: number;
  /** The cell that could not be read. */
  col: number;
  /** Swedish reason, e.g. 'belopp "ca 500" är inte ett tal'. */
  reason: string;
}

export interface Ledger {
  sheet: string;
  header: LedgerHeader;
  columns: LedgerColumns;
  entries: LedgerEntry[];
  unreadable: UnreadableRow[];
}

export type LedgerResult = { ok: true; ledger: Ledger } | { ok: false; message: string };

/** `system` is the date system of the workbook the sheet belongs to. */
export function readLedger(sheet: Sheet, system: DateSystem): LedgerResult {
  const header = findLedgerHeader(sheet);
  if (!header) {
    return { ok: false, message: `Bladet ${sheet.name} ser inte ut som en huvudbok: hittar ingen rubrikrad med konto, belopp och datum.` };
  }
  const { columns } = header;
  const entries: LedgerEntry[] = [];
  const unreadable: UnreadableRow[] = [];
  // A ledger spans some hundred days over a million rows: each day's year is worked out once.
  const years = new Map<number, number>();
  const yearOf = (day: number) => {
    let y = years.get(day);
    if (y === undefined) years.set(day, (y = civilFromDay(day).year));
    return y;
  };
  // One string per account, so the checks' lookups by account hash each account once, not per row.
  const accounts = new Map<string | number, string>();
  const accountOf = (cell: Cell) => {
    const raw = typeof cell.value === 'number' || typeof cell.value === 'string' ? cell.value : undefined;
    if (raw === undefined) return undefined;
    let account = accounts.get(raw);
    if (account === undefined) {
      const digits = accountDigits(cell);
      if (digits === undefined) return undefined;
      account = accounts.get(digits) ?? digits;
      accounts.set(raw, account);
    }
    return account;
  };
  const auto = memoized((text) => isAutoApproved({ value: text, type: 'text' }));
  const autoOf = (cell: Cell | undefined) => (cell?.type === 'text' ? auto(String(cell.value)) : isAutoApproved(cell));
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    if (isBlankRow(sheet, r)) continue;
    const read = readRow(sheet, r, columns, { system, yearOf, accountOf, autoOf });
    if ('reason' in read) unreadable.push(read);
    else entries.push(read);
  }
  return { ok: true, ledger: { sheet: sheet.name, header, columns, entries, unreadable } };
}

function isBlankRow(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r - 1];
  if (!row) return true;
  for (const cell of row) {
    if (cell && cell.type !== 'empty' && (cell.type !== 'text' || String(cell.value).trim() !== '')) return false;
  }
  return true;
}

/** The entry, or the cell that cannot be read and why. */
interface RowReaders {
  system: DateSystem;
  yearOf: (day: number) => number;
  accountOf: (cell: Cell) => string | undefined;
  autoOf: (cell: Cell | undefined) => boolean;
}

function readRow(sheet: Sheet, r: number, columns: LedgerColumns, readers: RowReaders): LedgerEntry | UnreadableRow {
  const cells = sheet.rows[r - 1] ?? [];
  const accountCell = cellIn(cells, columns.account)!;
  const amountCell = cellIn(cells, columns.amount)!;
  const dateCell = cellIn(cells, columns.date)!;
  const account = readers.accountOf(accountCell);
  if (account === undefined) return problem(r, columns.account, 'konto', accountCell);
  const amount = cellAmount(amountCell);
  if (amount === undefined) return problem(r, columns.amount, 'belopp', amountCell);
  const day = cellDate(dateCell, readers.system);
  if (day === undefined) return problem(r, columns.date, 'datum', dateCell);
  return {
    row: r,
    account,
    amount,
    day,
    year: readers.yearOf(day),
    verification: textOf(cellIn(cells, columns.verification)),
    supplier: textOf(cellIn(cells, columns.supplier)),
    orgNr: textOf(cellIn(cells, columns.orgNr)),
    invoice: textOf(cellIn(cells, columns.invoice)),
    attestant: textOf(cellIn(cells, columns.attestant)),
    orderer: textOf(cellIn(cells, columns.orderer)),
    autoApproved: readers.autoOf(cellIn(cells, columns.autoApproved)),
    text: textOf(cellIn(cells, columns.text)),
  };
}

/** No closure per row: a million rows would allocate a million of them. */
function cellIn(cells: ReadonlyArray<Cell | null | undefined>, col: number | undefined): Cell | undefined {
  return col === undefined ? undefined : (cells[col - 1] ?? EMPTY_CELL);
}

function problem(row: number, col: number, what: string, cell: Cell): UnreadableRow {
  const text = cellText(cell);
  return { row, col, reason: text === '' ? `${what} saknas` : `${what} "${text}" går inte att läsa` };
}

/** "4611", 4611 or "4611 Resor, tjänsteresor" (number and name in one column) -> "4611". */
function accountDigits(cell: Cell): string | undefined {
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) && cell.value > 0 ? String(cell.value) : undefined;
  if (typeof cell.value !== 'string') return undefined;
  const m = /^\s*(\d{2,})(?:\s|$|[-–:])/.exec(cell.value);
  return m ? m[1] : undefined;
}

function textOf(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  const t = cellText(cell);
  return t === '' ? undefined : t;
}
