/** The sheet the user is on, whether a sheet exists, and showing a finding's cell. */
import { HostError } from '../port';
import { messages } from './messages';
import { splitSheetReference } from './sheetReference';

export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  await context.sync();
  return ws.name;
}

/** The selected cell (the top-left one of a selected range), without "$"; ExcelApi 1.7. */
export async function activeCell(context: Excel.RequestContext): Promise<{ sheet: string; cell: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load('address');
  await context.sync();
  // "Blad1!C5" or "'Mitt blad'!C5".
  const { sheet, ref } = splitSheetReference(cell.address);
  if (sheet === undefined) return { sheet: await activeSheetName(context), cell: ref.replace(/\$/g, '') };
  return { sheet, cell: ref.replace(/\$/g, '') };
}

export async function sheetExists(context: Excel.RequestContext, name: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load('name');
  await context.sync();
  return !ws.isNullObject;
}

/** Activates the sheet and selects the cell (or range, "B3:D3"). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const address = cell.replace(/\$/g, '').trim();
  if (!/^[A-Za-z]{1,3}\d{1,7}(:[A-Za-z]{1,3}\d{1,7})?$/.test(address)) throw new HostError('not-supported', messages.invalidCell(cell));
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('visibility');
  await context.sync();
  if (ws.isNullObject) throw new HostError('not-supported', messages.sheetMissing(sheet));
  if (ws.visibility !== 'Visible') throw new HostError('not-supported', messages.sheetHidden(sheet));
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
