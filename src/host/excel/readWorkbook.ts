/**
 * The whole workbook (or the chosen sheets) through Office.js, reading only:
 *   round trip 1 – the sheets, their visibility, the workbook name, date system and defined names;
 *   round trip 2 – each sheet's used range (position and size) and protection;
 *   round trip 3 – the cells of every used range (values, value types, A1 and R1C1 formulas,
 *                  number formats) and the merged areas, in one batch when it fits the payload
 *                  limit, else one more round trip per chunk;
 *   one more only when error cells show in a language the adapter does not know;
 *   and one more only when a sheet holds a genomförandeplan, for its Uppföljning cells' fills
 *   (ExcelApi 1.9; an older Excel reads Rött / Grönt as text only).
 * Nothing is written, activated or selected.
 */
import type { Sheet, Workbook } from '../../core/model/workbook';
import { rangeA1 } from '../../core/model/address';
import { HostError, type ReadOptions } from '../port';
import { DATE_SYSTEM_PROPERTY, loadedDateSystem } from './dateSystem';
import { messages } from './messages';
import { MAX_READ_CELLS } from './payload';
import { resolveErrorLanguage } from './errorLanguage';
import { readChunks } from './readChunks';
import { readFollowUpFills } from './readFollowUpFills';
import { planChunks, type UsedArea } from './readPlan';
import { canUse, type ApiSupport } from './requirements';

export const DEFAULT_WORKBOOK_NAME = 'Arbetsbok';

export async function readWorkbook(context: Excel.RequestContext, support: ApiSupport, options: ReadOptions = {}): Promise<Workbook> {
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load('items/name,items/visibility');
  const readsDateSystem = canUse(support, 'dateSystem', wb);
  const workbookProps = [...(support.workbookInfo ? ['name'] : []), ...(readsDateSystem ? [DATE_SYSTEM_PROPERTY] : [])];
  if (workbookProps.length > 0) wb.load(workbookProps.join(','));
  const names = support.workbookInfo ? wb.names.load('items/name,items/formula') : undefined;
  await context.sync();

  const chosen = chooseSheets(worksheets.items, options.sheets);
  const probes = chosen.map((ws) => {
    ws.protection.load('protected');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { ws, used };
  });
  await context.sync();

  const sheets: Sheet[] = [];
  const areas: UsedArea[] = [];
  probes.forEach(({ ws, used }, i) => {
    const sheet: Sheet = { name: ws.name, rows: [], rowCount: 0, colCount: 0, merges: [] };
    if (ws.visibility !== 'Visible') sheet.hidden = true;
    if (ws.protection.protected) sheet.protected = true;
    sheets.push(sheet);
    if (!used.isNullObject && used.rowCount > 0 && used.columnCount > 0) {
      areas.push({ sheet: i, name: ws.name, top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, cols: used.columnCount });
    }
  });

  refuseHugeAreas(areas);
  // Any Range shows which Range members the loaded library defines.
  const range = probes[0]?.used;
  const plan = planChunks(areas, !!range && canUse(support, 'mergedAreas', range));
  const unknownErrors = await readChunks(context, chosen, sheets, plan, options.onProgress);
  if (unknownErrors.length > 0 && range && canUse(support, 'valuesAsJson', range)) await resolveErrorLanguage(context, chosen, unknownErrors);

  for (const sheet of sheets) setExtent(sheet);
  // After the extent: fills of empty cells are kept for the plan, not counted as used (as in a file).
  if (support.cellProperties) await readFollowUpFills(context, support, chosen, sheets);
  const workbook: Workbook = { name: (support.workbookInfo && wb.name) || DEFAULT_WORKBOOK_NAME, sheets };
  if (names) workbook.definedNames = definedNames(names.items);
  if (readsDateSystem && loadedDateSystem(wb) === 1904) workbook.dateSystem = 1904;
  return workbook;
}

function refuseHugeAreas(areas: UsedArea[]): void {
  const cells = areas.reduce((n, a) => n + a.rows * a.cols, 0);
  if (cells <= MAX_READ_CELLS) return;
  const largest = areas.reduce((a, b) => (b.rows * b.cols > a.rows * a.cols ? b : a));
  const range = rangeA1(largest.top, largest.left, largest.top + largest.rows - 1, largest.left + largest.cols - 1);
  throw new HostError('not-supported', messages.tooManyCells(largest.name, range));
}

/** The workbook's sheets in order; only the named ones (ignoring case) when names are given. */
function chooseSheets(all: Excel.Worksheet[], wanted: string[] | undefined): Excel.Worksheet[] {
  if (!wanted) return all;
  const exact = new Set(wanted);
  const folded = new Set(wanted.map((n) => n.toLocaleLowerCase('sv')));
  return all.filter((ws) => exact.has(ws.name) || folded.has(ws.name.toLocaleLowerCase('sv')));
}

/** Last row and column holding a stored cell, as the file adapter counts them. */
function setExtent(sheet: Sheet): void {
  let rowCount = 0;
  let colCount = 0;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, c + 1);
    });
  });
  sheet.rowCount = rowCount;
  sheet.colCount = colCount;
}

/** Workbook-scoped names -> reference text without "=", like the file adapter (Excel's own _xlnm.* left out). */
function definedNames(items: Excel.NamedItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    if (!item.name || item.name.startsWith('_xlnm.')) continue;
    const formula = typeof item.formula === 'string' ? item.formula : String(item.formula ?? '');
    out[item.name] = formula.startsWith('=') ? formula.slice(1).trim() : formula.trim();
  }
  return out;
}
