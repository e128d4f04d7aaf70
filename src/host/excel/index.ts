/** The Excel (Office.js) adapter of the WorkbookHost port, used by the task pane inside Excel. */
export { createExcelHost, type ExcelHost, type ExcelHostOptions, type ExcelRun } from './createExcelHost';
export type { ExcelMarkResult } from './writeMarks';
export { MARKS_NAMESPACE } from './markLedger';
