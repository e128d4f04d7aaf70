/**
 * .xlsx bytes -> the plain Workbook model without ExcelJS: the package is read from its ZIP
 * directory, each part unpacked in chunks (stream/unpackPart.ts: the platform's inflate where
 * there is one, else fflate) and parsed as it streams — the worksheets and shared strings by a
 * byte scanner (stream/xmlScanner.ts), the small parts by saxes — and only what the model holds
 * is kept. Same checks and Swedish messages as readWorkbookBuffer's ExcelJS path, same model
 * (tests/host/file/streamReader.test.ts compares the two). No Node built-ins, so the browser
 * mode can bundle it.
 */
import type { Sheet, Workbook } from '../../core/model/workbook';
import { EXCELJS_LIMITS, type ReadLimits } from './limits';
import { MARK_BACKUP_SHEET, STORE_SHEET } from './markBackupSheet';
import { readErrors } from './readErrors';
import { refuseNonXlsx } from './refuseNonXlsx';
import { addStoreRow, isStoreHeader } from './storeSheet';
import { openPackage, type PackageParts } from './stream/packageParts';
import { CellBudget } from './stream/cellBudget';
import { SharedStringsBuilder } from './stream/sharedStringsPart';
import { SheetBuilder } from './stream/sheetPart';
import { stylesHandler } from './stream/stylesPart';
import { relsHandler, workbookHandler, type WorkbookPart } from './stream/workbookPart';
import { scanXmlPart } from './stream/scanPart';
import { parseXmlPart, type XmlHandler } from './stream/xmlPart';
import { isWorkbookReadError } from './WorkbookReadError';
import { markedCellsOfBackupSheet, type MarkedCell } from './markedCells';
import { restoreMarkedFills } from './markedFills';

export async function readXlsxStream(data: ArrayBuffer | Uint8Array, name: string, limits: ReadLimits = EXCELJS_LIMITS): Promise<Workbook> {
  return (await readXlsxPackage(data, name, limits)).workbook;
}

/** The model, and the cells Periodkoll's mark backups list (marks a later session can clear). */
export async function readXlsxPackage(data: ArrayBuffer | Uint8Array, name: string, limits: ReadLimits = EXCELJS_LIMITS): Promise<{ workbook: Workbook; marks: MarkedCell[] }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > limits.fileBytes) throw readErrors.fileTooLarge(bytes.length, limits.fileBytes);
  refuseNonXlsx(bytes, name);
  try {
    return await readPackage(await openPackage(bytes, limits), name, limits.cells);
  } catch (e) {
    if (isWorkbookReadError(e)) throw e;
    throw readErrors.unreadable(e);
  }
}

async function readPackage(pkg: PackageParts, name: string, maxCells: number): Promise<{ workbook: Workbook; marks: MarkedCell[] }> {
  const book: WorkbookPart = { sheets: [], dateSystem: 1900, definedNames: {} };
  await parse(pkg, 'xl/workbook.xml', workbookHandler(book));
  const rels = new Map<string, string>();
  await parse(pkg, 'xl/_rels/workbook.xml.rels', relsHandler(rels, 'xl'));
  const strings: string[] = [];
  const formats: Array<string | undefined> = [];
  const fills: Array<string | undefined> = [];
  const stylesPath = [...rels.values()].find((p) => p.endsWith('/styles.xml')) ?? 'xl/styles.xml';
  const stringsPath = [...rels.values()].find((p) => p.endsWith('/sharedStrings.xml')) ?? 'xl/sharedStrings.xml';
  await parse(pkg, stylesPath, stylesHandler(formats, fills));
  const stringsPart = pkg.part(stringsPath);
  if (stringsPart) await scanXmlPart(pkg.bytes, stringsPart, [pkg.unpacked], new SharedStringsBuilder(strings));

  const worksheets = book.sheets.filter((s) => isWorksheetPath(rels.get(s.rid)));
  if (worksheets.length === 0) throw readErrors.noWorksheets();
  // Every <c> of every sheet counts, Periodkoll's own too (as xlsxPackage.ts counts for ExcelJS),
  // each as its tag is scanned: a cell bomb is refused while it is unpacked, before the model
  // holds more cells than the limit allows.
  const cells = new CellBudget(maxCells);
  const sheets: Sheet[] = [];
  let store: Map<string, string> | undefined;
  let marks: MarkedCell[] = [];
  let backup: Sheet | undefined;
  for (const entry of worksheets) {
    const own = entry.state === 'veryHidden' && (entry.name === MARK_BACKUP_SHEET || entry.name === STORE_SHEET);
    const builder = new SheetBuilder({ strings, formats, fills, dateSystem: book.dateSystem, cells });
    const part = pkg.part(rels.get(entry.rid) as string);
    if (!part) throw readErrors.unreadable();
    // Sheet XML counts against both budgets: the worksheet bytes (a size the cell limit stands
    // for) first, then everything unpacked.
    await scanXmlPart(pkg.bytes, part, [pkg.worksheetXml, pkg.unpacked], builder);
    const sheet = builder.sheet(entry.name, entry.state === 'hidden' || entry.state === 'veryHidden');
    // Periodkoll's own hidden sheets are not the user's data; the settings store is read from its.
    if (!own) sheets.push(sheet);
    else if (entry.name === STORE_SHEET) store = readStore(sheet);
    // Row 1 is the backup sheet's header; each further row is a marked cell.
    else {
      marks = markedCellsOfBackupSheet(sheet);
      backup = sheet;
    }
  }
  if (backup) restoreMarkedFills(sheets, backup);
  if (cells.refusal) throw cells.refusal;
  if (sheets.length === 0) throw readErrors.noWorksheets();
  const workbook: Workbook = { name, sheets };
  if (book.dateSystem === 1904) workbook.dateSystem = 1904;
  if (Object.keys(book.definedNames).length > 0) workbook.definedNames = book.definedNames;
  if (store && store.size > 0) workbook.store = Object.fromEntries(store);
  return { workbook, marks };
}

async function parse(pkg: PackageParts, path: string, handler: XmlHandler): Promise<void> {
  const part = pkg.part(path);
  if (part) await parseXmlPart(pkg.bytes, part, [pkg.unpacked], handler);
}

/** Chartsheets and dialog sheets are listed with the sheets but hold no cells. */
function isWorksheetPath(path: string | undefined): path is string {
  return path !== undefined && /^xl\/worksheets\/[^/]+\.xml$/.test(path);
}

/** The settings store from its sheet's plain text cells (storeSheet.ts). */
function readStore(sheet: Sheet): Map<string, string> {
  const store = new Map<string, string>();
  const plain = (r: number, c: number) => {
    const cell = sheet.rows[r - 1]?.[c - 1];
    return cell && cell.formula === undefined ? cell.value : undefined;
  };
  if (!isStoreHeader(plain(1, 1), plain(1, 2))) return store;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = sheet.rows[r - 1];
    if (!cells) continue;
    const values: unknown[] = [undefined];
    for (let c = 1; c <= cells.length; c++) values.push(plain(r, c) ?? undefined);
    addStoreRow(store, values);
  }
  return store;
}
