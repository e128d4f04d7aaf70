/**
 * The sheet Excel shows when it opens the file. The file stores it twice, both by position:
 * the workbook view's active tab (an index into the sheet list) and each sheet's "tab selected"
 * flag. Two selected tabs would open the file with sheets grouped — where one typed value lands
 * on every grouped sheet — so making a sheet the opening one also unselects the others.
 */
import type ExcelJS from 'exceljs';

type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** Name of the sheet the file opens on, as loaded; undefined when the file does not say. */
export function openingSheetName(excel: ExcelJS.Workbook): string | undefined {
  const index = excel.views?.[0]?.activeTab;
  return index === undefined ? undefined : excel.worksheets[index]?.name;
}

/**
 * Points the active tab at `name` again (positions shift when sheets are added or removed);
 * with `select`, also makes it the only selected tab.
 */
export function setOpeningSheet(excel: ExcelJS.Workbook, name: string, options: { select: boolean }): void {
  const index = excel.worksheets.findIndex((ws) => ws.name === name);
  // Excel cannot open on a hidden sheet.
  if (index < 0 || excel.worksheets[index].state !== 'visible') return;
  if (!excel.views || excel.views.length === 0) {
    excel.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  }
  const view = excel.views[0];
  view.activeTab = index;
  // The first tab shown in the tab bar must not lie past the active one, or it opens scrolled away.
  if (view.firstSheet !== undefined && view.firstSheet > index) view.firstSheet = index;
  if (!options.select) return;
  for (const ws of excel.worksheets) {
    const views = (ws.views ?? []) as SheetView[];
    if (views.length === 0) {
      if (ws.name === name) ws.views = [{ tabSelected: true } as SheetView];
      continue;
    }
    views[0].tabSelected = ws.name === name;
  }
}
