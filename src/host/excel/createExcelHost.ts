/**
 * WorkbookHost inside Excel, through Office.js. Every operation is one Excel.run batch; `run` is a
 * parameter so tests can hand in a fake Excel, and the requirement-set check likewise.
 */
import type { Workbook } from '../../core/model/workbook';
import type { CellMark, CellWrite, ReadOptions, ReportSheet, WorkbookHost } from '../port';
import { listWrites, undoWrite, writeCells } from './cellWrites';
import { queueReadStore, storeValue, writeStoreValue } from './settingsStore';
import { clearMarks } from './clearMarks';
import { queueListMarkParts } from './markStore';
import { mapOfficeErrors } from './officeErrors';
import { DEFAULT_WORKBOOK_NAME, readWorkbook } from './readWorkbook';
import { detectSupport, officeIsSetSupported, type ApiSupport, type IsSetSupported } from './requirements';
import { activeCell, activeSheetName, selectCell, sheetExists } from './sheetNavigation';
import { writeMarks, type ExcelMarkResult } from './writeMarks';
import { writeReportSheet } from './writeReportSheet';

export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * While the user is typing in a cell, Excel fails a batch at once unless it may wait
 * (Excel.RunOptions.delayForCellEdit): with it, "Kontrollera" runs as soon as the cell is left.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export interface ExcelHostOptions {
  /** ExcelApi requirement-set check; Office.context.requirements by default. */
  isSetSupported?: IsSetSupported;
}

export interface ExcelHost extends WorkbookHost {
  readonly kind: 'excel';
  writeMarks(marks: CellMark[]): Promise<ExcelMarkResult>;
  /** The requirement sets found, decided on first use. */
  support(): ApiSupport;
}

const excelRun: ExcelRun = (runOptions, batch) => Excel.run(runOptions, batch);

export function createExcelHost(excel: ExcelRun = excelRun, options: ExcelHostOptions = {}): ExcelHost {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => excel(RUN_OPTIONS, batch);
  let support: ApiSupport | undefined;
  const apis = () => (support ??= detectSupport(options.isSetSupported ?? officeIsSetSupported));
  let name = DEFAULT_WORKBOOK_NAME;

  return {
    kind: 'excel',
    get name() {
      return name;
    },
    support: apis,
    readWorkbook: (readOptions?: ReadOptions): Promise<Workbook> =>
      mapOfficeErrors('read', () =>
        run(async (context) => {
          const workbook = await readWorkbook(context, apis(), readOptions);
          name = workbook.name;
          return workbook;
        }),
      ),
    activeSheetName: () => mapOfficeErrors('read', () => run((context) => activeSheetName(context))),
    activeCell: () => mapOfficeErrors('read', () => run((context) => activeCell(context))),
    selectCell: (sheet: string, cell: string) => mapOfficeErrors('read', () => run((context) => selectCell(context, sheet, cell))),
    writeMarks: (marks: CellMark[]) => mapOfficeErrors('write', () => run((context) => writeMarks(context, apis(), marks))),
    clearMarks: () => mapOfficeErrors('write', () => run((context) => clearMarks(context, apis()))),
    hasMarks: () =>
      mapOfficeErrors('read', () =>
        run(async (context) => {
          if (!apis().customXml) return false;
          const parts = queueListMarkParts(context);
          await context.sync();
          return parts.items.length > 0;
        }),
      ),
    writeCells: (writes: CellWrite[], label: string) => mapOfficeErrors('write', () => run((context) => writeCells(context, apis(), writes, label))),
    undoWrite: (id?: string) => mapOfficeErrors('write', () => run((context) => undoWrite(context, id))),
    listWrites: () => mapOfficeErrors('read', () => run((context) => listWrites(context))),
    readStore: (key: string) =>
      mapOfficeErrors('read', () =>
        run(async (context) => {
          const read = queueReadStore(context, key);
          await context.sync();
          return storeValue(read);
        }),
      ),
    writeStore: (key: string, value: string | undefined) => mapOfficeErrors('write', () => run((context) => writeStoreValue(context, key, value))),
    sheetExists: (sheetName: string) => mapOfficeErrors('read', () => run((context) => sheetExists(context, sheetName))),
    writeReportSheet: (sheet: ReportSheet, writeOptions: { replace: boolean }) =>
      mapOfficeErrors('write', () => run((context) => writeReportSheet(context, apis(), sheet, writeOptions))),
  };
}
