/**
 * The "Stickprov <datum>" sheet: the parameters that reproduce the sample (seed, accounts, size,
 * stratification, weighting, population and sum), then every sampled ledger row with its own
 * columns, a link back to the row, and empty columns for the reviewer. Built once here so Excel
 * and the downloaded copy get the same sheet. The ledger's texts go in as plain strings, which
 * hosts write inert.
 */
import { formatSwedishFigure } from '../numbers/swedishNumber';
import { countWord } from '../text/countWord';
import { a1 } from '../model/address';
import { cellAt, type DateSystem, type Sheet, type Workbook } from '../model/workbook';
import type { ReportCell, ReportSheet } from '../report/reportSheet';
import type { ControlResult } from './controlLedger';
import { cellDate, dateSystemOf, isoDateOf, serialFromDay } from '../model/excelDate';
import type { Ledger, LedgerEntry } from './readLedger';
import type { Sample } from './stickprov';

export const REVIEW_COLUMNS = ['Granskad av', 'Datum', 'OK/Avvikelse', 'Kommentar'] as const;
/** Header of the first column, the link back to the ledger row. */
export const LINK_HEADER = 'Rad i huvudboken';

const AMOUNT_FORMAT = '#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd';
/** How many strata the parameter block spells out before it says "…". */
const STRATA_SHOWN = 40;

/** "Stickprov 2025-03-14"; the date is the caller's (core has no clock). */
export function stickprovSheetName(date: Date): string {
  return `Stickprov ${isoDateOf(date)}`;
}

/** `system` is the date system of the workbook the sheet is written to, which holds the ledger. */
export function buildStickprovSheet(sheet: Sheet, ledger: Ledger, sample: Sample, meta: { date: Date; name?: string }, system: DateSystem): ReportSheet {
  const name = meta.name ?? stickprovSheetName(meta.date);
  const rows: ReportCell[][] = [[{ text: 'Stickprov – Periodkoll', bold: true }], ...parameterRows(ledger, sample, meta.date), []];
  const columns = ledger.header.cells;
  rows.push([LINK_HEADER, ...columns.map((c) => c.text), ...REVIEW_COLUMNS].map((text) => ({ text, bold: true as const })));

  const wanted = new Set(sample.rows);
  const entries = new Map<number, LedgerEntry>();
  for (const e of ledger.entries) if (wanted.has(e.row)) entries.set(e.row, e);
  const firstCol = columns[0]?.col ?? ledger.columns.account;
  for (const row of sample.rows) {
    const entry = entries.get(row)!;
    rows.push([
      { text: `Rad ${row}`, link: { sheet: ledger.sheet, cell: a1(row, firstCol) } },
      ...columns.map((c) => ledgerCell(sheet, ledger, entry, c.col, system)),
      ...REVIEW_COLUMNS.map(() => null),
    ]);
  }
  const widths = [16, ...columns.map((c) => Math.min(40, Math.max(10, c.text.length + 2))), 16, 12, 14, 40];
  return { name, rows, widths };
}

/** The Stickprov sheet of a control run on `workbook`; undefined when the run drew no sample. */
export function stickprovSheetOf(workbook: Workbook, result: ControlResult, meta: { date: Date; name?: string }): ReportSheet | undefined {
  const sheet = workbook.sheets.find((s) => s.name === result.ledger.sheet);
  if (!result.sample || !sheet) return undefined;
  return buildStickprovSheet(sheet, result.ledger, result.sample, meta, dateSystemOf(workbook));
}

function parameterRows(ledger: Ledger, sample: Sample, date: Date): ReportCell[][] {
  const r = sample.request;
  const drawn = countWord(sample.requested, 'rad', 'rader');
  const size = 'n' in r.size ? drawn : `${formatSwedishFigure(r.size.share * 100, 2, '%')} av populationen = ${drawn}`;
  const rows: ReportCell[][] = [
    ['Huvudbok', ledger.sheet],
    ['Datum', isoDateOf(date)],
    ['Seed', sample.seed],
    ['Konton', r.accounts ? r.accounts.text : 'alla konton'],
    ['Urvalsstorlek', size],
    ['Stratifiering', r.stratify ? 'per konto (proportionell fördelning, minst en rad per konto)' : 'ingen'],
    ['Viktat', r.weighted ? 'ja, beloppsviktat urval (MUS)' : 'nej'],
    ['Population', sample.population],
    ['Summa', { value: sample.sum, numberFormat: AMOUNT_FORMAT }],
    ['Dragna rader', sample.rows.length],
  ];
  if (sample.strata) {
    const parts = sample.strata.slice(0, STRATA_SHOWN).map((s) => `${s.account}: ${s.sample} av ${s.population}`);
    if (sample.strata.length > STRATA_SHOWN) parts.push(`… (${sample.strata.length} konton)`);
    rows.push(['Fördelning per konto', parts.join('; ')]);
  }
  return rows;
}

/** A ledger cell as the reviewer should see it: amounts and dates as numbers with their format. */
function ledgerCell(sheet: Sheet, ledger: Ledger, entry: LedgerEntry, col: number, system: DateSystem): ReportCell {
  if (col === ledger.columns.amount) return { value: entry.amount, numberFormat: AMOUNT_FORMAT };
  const cell = cellAt(sheet, entry.row, col);
  if (col === ledger.columns.date || col === ledger.columns.invoiceDate) {
    const day = cellDate(cell, system);
    if (day !== undefined) return { value: serialFromDay(day, system), numberFormat: DATE_FORMAT };
  }
  if (cell.value === null || cell.type === 'empty') return null;
  return typeof cell.value === 'number' ? cell.value : String(cell.value);
}
